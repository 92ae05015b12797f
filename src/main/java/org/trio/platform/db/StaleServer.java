package org.trio.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Stops a PostgreSQL left running on the data folder by a previous Trio that was killed without shutting down, so
 * that the next start does not fail on "another server might be running".
 */
final class StaleServer {

    private static final Log log = LogFactory.getLog(StaleServer.class);

    private StaleServer() {}

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).strip());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
                log.warn("Arrêt d'un PostgreSQL resté actif (pid " + pid + ") sur " + dataDirectory);
                process.destroy();
                process.onExit().join();
            });
        } catch (IOException | NumberFormatException e) {
            log.warn("Fichier postmaster.pid illisible dans " + dataDirectory + " : " + e.getMessage());
        }
    }
}
