package org.trio.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded PostgreSQL: skipped when a datasource is configured or when disabled; otherwise started on a data folder
 * that keeps its data from one start to the next.
 */
class EmbeddedPostgresEnvironmentTests {

    private final EmbeddedPostgresEnvironment processor = new EmbeddedPostgresEnvironment(supplier -> supplier.get());

    @Test
    void startsNothingWhenTheDatasourceUrlIsSet() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org:5432/trio")
                .withProperty(EmbeddedPostgresEnvironment.DATA_DIR, "target/never-created");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example.org:5432/trio");
        assertThat(environment.getProperty("trio.embedded-db.active")).isNull();
        assertThat(environment.getPropertySources().contains("trioEmbeddedPostgres"))
                .isFalse();
        assertThat(Path.of("target/never-created")).doesNotExist();
    }

    @Test
    void startsNothingWhenTheEmbeddedDatabaseIsDisabled() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("trio.embedded-db.enabled", "false")
                .withProperty(EmbeddedPostgresEnvironment.DATA_DIR, "target/never-created");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(environment.getProperty("trio.embedded-db.active")).isNull();
    }

    @Test
    void keepsItsDataInTheDataFolderFromOneStartToTheNext(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");

        String firstUrl = start(data);
        try (Connection connection = DriverManager.getConnection(firstUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (word text)");
            statement.execute("insert into kept values ('toujours là')");
        }
        EmbeddedPostgresEnvironment.release(data.toString());
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        assertThat(data.resolve("PG_VERSION")).exists();

        String secondUrl = start(data);
        try (Connection connection = DriverManager.getConnection(secondUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select word from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("toujours là");
        } finally {
            EmbeddedPostgresEnvironment.release(data.toString());
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
    }

    private String start(Path data) {
        MockEnvironment environment =
                new MockEnvironment().withProperty(EmbeddedPostgresEnvironment.DATA_DIR, data.toString());
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("trio.embedded-db.active")).isEqualTo("true");
        return environment.getProperty("spring.datasource.url");
    }
}
