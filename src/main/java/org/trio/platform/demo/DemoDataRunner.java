package org.trio.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demo network on the first start (when {@code trio.demo.enabled}, the default) and never again: a row in
 * {@code platform.demo_run} remembers it. From the command line, {@code --trio.demo.only=true} generates (at the size
 * of {@code trio.demo.apprentices}) and exits; {@code --trio.demo.force=true} generates even if a run exists.
 */
@Component
class DemoDataRunner implements ApplicationRunner, Ordered {

    private static final Log log = LogFactory.getLog(DemoDataRunner.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final EntityManager entities;
    private final Clock clock;
    private final ConfigurableApplicationContext application;
    private final boolean enabled;
    private final boolean only;
    private final boolean force;
    private final long seed;
    private final int apprentices;

    DemoDataRunner(
            List<DemoDataContributor> contributors,
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transactions,
            EntityManager entities,
            Clock clock,
            ConfigurableApplicationContext application,
            @Value("${trio.demo.enabled:true}") boolean enabled,
            @Value("${trio.demo.only:false}") boolean only,
            @Value("${trio.demo.force:false}") boolean force,
            @Value("${trio.demo.seed:20260901}") long seed,
            @Value("${trio.demo.apprentices:3000}") int apprentices) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.entities = entities;
        this.clock = clock;
        this.application = application;
        this.enabled = enabled;
        this.only = only;
        this.force = force;
        this.seed = seed;
        this.apprentices = apprentices;
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public void run(ApplicationArguments args) {
        if ((enabled || only) && (force || !alreadyGenerated())) {
            generate();
        }
        if (only) {
            System.exit(SpringApplication.exit(application, () -> 0));
        }
    }

    private boolean alreadyGenerated() {
        return jdbc.sql("select count(*) from platform.demo_run")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void generate() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        DemoContext context = new DemoContext(seed, apprentices, today, jdbc, dataSource);
        transactions.executeWithoutResult(status -> {
            // One transaction of thousands of rows: queries must not dirty-check every entity read so far (entities
            // all have identity keys, so new ones are inserted at once); changes are flushed after each contributor.
            entities.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
            contributors.stream()
                    .sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(contributor -> {
                        long start = System.nanoTime();
                        contributor.contribute(context);
                        // What a contributor saved through JPA is written now and forgotten by the session, so that
                        // the next contributor's queries do not dirty-check thousands of finished entities.
                        entities.flush();
                        entities.clear();
                        log.info("Démonstration : " + contributor.getClass().getSimpleName() + " en "
                                + (System.nanoTime() - start) / 1_000_000 + " ms");
                    });
            jdbc.sql("insert into platform.demo_run (seed, apprentices, reference_date, generated_at)"
                            + " values (?, ?, ?, ?)")
                    .params(seed, apprentices, today, OffsetDateTime.now(clock))
                    .update();
        });
        log.info("Réseau de démonstration créé (" + apprentices + " apprentis, graine " + seed + ") en "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
