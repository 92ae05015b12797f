package org.trio.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, and points the standard datasource
 * settings at it. Production sets {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) and this does
 * nothing.
 *
 * <p>The data folder is {@code trio.embedded-db.data-dir} (default {@code ./data/postgres}): it survives restarts. An
 * empty value gives a throw-away folder, as tests use. One server is shared by every application context of the JVM.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    static final String DATA_DIR = "trio.embedded-db.data-dir";
    static final String PORT = "trio.embedded-db.port";
    private static final Map<String, EmbeddedServer> servers = new HashMap<>();
    private static boolean fallbackHookRegistered;
    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("trio.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = environment.getProperty(DATA_DIR, "data/postgres");
        int port = environment.getProperty(PORT, Integer.class, 0);
        EmbeddedPostgres server = acquire(dataDir, port);
        log.info("PostgreSQL embarqué sur le port " + server.getPort() + " (données : "
                + (StringUtils.hasText(dataDir) ? Path.of(dataDir).toAbsolutePath() : "dossier temporaire") + ")");
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("trio.embedded-db.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("trioEmbeddedPostgres", properties));
    }

    private static synchronized EmbeddedPostgres acquire(String dataDir, int port) {
        EmbeddedServer server = servers.get(dataDir);
        if (server == null || server.stopped()) {
            // a context started again in the same JVM (tests) after the last one using this folder closed
            server = start(dataDir, port);
            servers.put(dataDir, server);
        }
        server.acquire();
        registerFallbackHook();
        return server.postgres();
    }

    /** Called when a context using the server closes; the last one stops it. */
    static synchronized void release(String dataDir) {
        EmbeddedServer server = servers.get(dataDir);
        if (server != null) {
            server.release();
        }
    }

    /**
     * Stops, at JVM exit, servers whose contexts never closed (a context that failed to start), after giving closing
     * contexts time to finish with their database.
     */
    private static void registerFallbackHook() {
        if (fallbackHookRegistered) {
            return;
        }
        fallbackHookRegistered = true;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
                            while (System.nanoTime() < deadline
                                    && servers.values().stream().anyMatch(EmbeddedServer::inUse)) {
                                try {
                                    Thread.sleep(100);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    break;
                                }
                            }
                            servers.values().forEach(EmbeddedServer::stop);
                        },
                        "trio-embedded-postgres-stop"));
    }

    private static EmbeddedServer start(String dataDir, int port) {
        try {
            boolean throwAway = !StringUtils.hasText(dataDir);
            Path directory = throwAway
                    ? Files.createTempDirectory("trio-pg")
                    : Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(directory);
            StaleServer.stopIfRunning(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwAway)
                    .setPgBinaryResolver(RootSafePgBinaryResolver.INSTANCE)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("synchronous_commit", throwAway ? "off" : "on")
                    .setServerConfig("fsync", throwAway ? "off" : "on")
                    .setServerConfig("full_page_writes", throwAway ? "off" : "on")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedServer(builder.start(), directory, throwAway);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de démarrer la base PostgreSQL embarquée", e);
        }
    }
}
