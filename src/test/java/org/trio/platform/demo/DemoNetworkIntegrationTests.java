package org.trio.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioApplication;
import org.trio.TrioIntegrationTest;
import org.trio.shared.Identifiers;
import org.trio.shared.SchoolYear;

/**
 * The demo network as a newcomer gets it: built on the first start only, the same from the same seed, and still there
 * after a restart on the same data folder. The restart test starts Trio twice more, on a folder of its own, with the
 * test profile's size (400 apprentices) and seed.
 */
@TrioIntegrationTest
class DemoNetworkIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataRunner runner;

    private static long count(JdbcClient db, String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void generatesTheDemoNetworkOnlyOnce() throws Exception {
        assertThat(count(jdbc, "select count(*) from platform.demo_run")).isEqualTo(1);
        long networks = count(jdbc, "select count(*) from referential.network");
        long lastApprentice = count(jdbc, "select max(id) from referential.apprentice");
        long lastEmployer = count(jdbc, "select max(id) from referential.employer");

        runner.run(new DefaultApplicationArguments());

        assertThat(count(jdbc, "select count(*) from platform.demo_run")).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from referential.network")).isEqualTo(networks);
        assertThat(count(jdbc, "select max(id) from referential.apprentice")).isEqualTo(lastApprentice);
        assertThat(count(jdbc, "select max(id) from referential.employer")).isEqualTo(lastEmployer);
    }

    @Test
    void buildsTheSameNetworkFromTheSameSeedAndKeepsItAcrossARestart(@TempDir Path folder) {
        String dataDir = folder.resolve("postgres").toString();
        long marker;
        List<String> network;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcClient db = first.getBean(JdbcClient.class);
            LocalDate today = db.sql("select reference_date from platform.demo_run")
                    .query(LocalDate.class)
                    .single();
            assertsTheShapeOfTheNetwork(db, today);
            assertsValidIdentifiers(db);
            long employers = count(db, "select count(*) from referential.employer");
            network = fingerprint(db, employers);

            LocalDate sharedDay = jdbc.sql("select reference_date from platform.demo_run")
                    .query(LocalDate.class)
                    .single();
            // the shared test database was generated with the same seed and size: the same network, if on the same day
            assumeThat(sharedDay).isEqualTo(today);
            assertThat(fingerprint(jdbc, employers)).isEqualTo(network);

            marker = db.sql("insert into referential.certifying_institution (name) values ('Gardé au redémarrage')"
                            + " returning id")
                    .query(Long.class)
                    .single();
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient db = second.getBean(JdbcClient.class);
            assertThat(count(db, "select count(*) from platform.demo_run")).isEqualTo(1);
            assertThat(count(db, "select count(*) from referential.certifying_institution where id = ?", marker))
                    .isEqualTo(1);
            assertThat(fingerprint(db, count(db, "select count(*) from referential.employer")))
                    .isEqualTo(network);
            assertThat(count(db, "select count(*) from access.account where username = 'direction@demo.trio'"))
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        return new SpringApplicationBuilder(TrioApplication.class)
                .profiles("test")
                .run("--trio.embedded-db.data-dir=" + dataDir, "--server.port=0", "--spring.jmx.enabled=false");
    }

    private static void assertsTheShapeOfTheNetwork(JdbcClient db, LocalDate today) {
        assertThat(count(db, "select count(*) from referential.network")).isEqualTo(1);
        assertThat(count(db, "select count(*) from referential.cfa")).isEqualTo(7);
        assertThat(count(db, "select count(*) from referential.site where kind = 'SITE'"))
                .isEqualTo(7);
        assertThat(count(db, "select count(*) from referential.site where kind = 'UFA'"))
                .isEqualTo(5);
        assertThat(db.sql("select distinct diploma_type from referential.programme")
                        .query(String.class)
                        .list())
                .contains("CAP", "BP", "BAC_PRO", "BTS", "LICENCE_PRO", "MASTER", "ENGINEER");
        // the size asked for (the test profile's 400; 3,000 by default) over the current and previous school years, and
        // the 62 leavers of two and three years ago whom the insertion rates follow
        int current = SchoolYear.of(today).startYear();
        assertThat(db.sql("select distinct school_year from contract.enrolment order by 1")
                        .query(Integer.class)
                        .list())
                .containsExactly(current - 3, current - 2, current - 1, current);
        assertThat(count(db, "select count(*) from referential.apprentice")).isEqualTo(400 + 62);
        assertThat(count(
                        db,
                        "select count(distinct apprentice_id) from contract.enrolment where school_year in (?, ?)",
                        current - 1,
                        current))
                .isEqualTo(400);
        assertThat(count(db, "select count(*) from referential.employer")).isGreaterThanOrEqualTo(40);
        assertThat(count(db, "select count(*) from referential.mentor")).isGreaterThanOrEqualTo(40);
    }

    private static void assertsValidIdentifiers(JdbcClient db) {
        List<String> uais = db.sql("""
                        select uai from referential.cfa union all select uai from referential.site
                        union all select uai from referential.certifying_institution where uai is not null""").query(String.class).list();
        assertThat(uais).hasSizeGreaterThanOrEqualTo(12);
        assertThat(uais)
                .allSatisfy(uai -> assertThat(Identifiers.checkUai(uai)).as(uai).isEmpty());
        List<String> sirets = db.sql("""
                        select siret from referential.cfa union all select siret from referential.site
                        union all select siret from referential.certifying_institution
                        union all select siret from referential.employer""").query(String.class).list().stream()
                .filter(siret -> siret != null)
                .toList();
        assertThat(sirets).hasSizeGreaterThan(40);
        assertThat(sirets)
                .allSatisfy(siret ->
                        assertThat(Identifiers.checkSiret(siret)).as(siret).isEmpty());
        List<String> ines = db.sql("select ine from referential.apprentice where ine is not null")
                .query(String.class)
                .list();
        assertThat(ines)
                .allSatisfy(ine -> assertThat(Identifiers.checkIne(ine)).as(ine).isEmpty());
    }

    /**
     * The generated organisations, the first employers (SIRET and name) and the apprentices' birth dates and sexes, in
     * order of creation: what tests do not change in the shared database.
     */
    private static List<String> fingerprint(JdbcClient db, long employers) {
        return db.sql("""
                        (select 'cfa ' || name || ' ' || uai || ' ' || siret from referential.cfa order by id limit 7)
                        union all
                        (select 'site ' || name || ' ' || kind || ' ' || uai from referential.site order by id limit 12)
                        union all
                        (select 'certificateur ' || name || ' ' || coalesce(uai, '') from referential.certifying_institution
                          order by id limit 5)
                        union all
                        (select 'employeur ' || siret || ' ' || name from referential.employer order by id limit ?)
                        union all
                        (select 'apprentis ' || md5(string_agg(birth_date || sex, ',' order by id))
                           from (select id, birth_date, sex from referential.apprentice order by id limit 400) a)""").param(employers).query(String.class).list();
    }
}
