package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.trio.access.AccessPolicy;
import org.trio.access.AccountManagement;
import org.trio.access.AuditTrail;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.platform.mail.MailReaders;
import org.trio.shared.InvalidInputException;

/**
 * The referential alone (with the shared modules {@code shared} and {@code platform}), as Spring Modulith bootstraps a
 * module: the access module it depends on is replaced by mocks, the database is an embedded PostgreSQL of its own
 * (migrated, without demo data). It checks what the module promises the others through its facade and its event.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "trio.embedded-db.data-dir=target/module-tests/referential",
            "trio.demo.enabled=false",
        })
class ReferentialModuleIntegrationTests {

    static {
        // a fresh database for every run: the folder is this class's alone
        deleteFolder(Path.of("target/module-tests/referential"));
    }

    @MockitoBean
    AccessPolicy accessPolicy;

    @MockitoBean
    AccountManagement accounts;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    MailReaders mailReaders;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    ApplicationContext context;

    @Test
    void bootstrapsTheReferentialWithoutTheModulesAboveIt() {
        assertThat(context.getBeanNamesForType(ReferentialManagement.class)).hasSize(1);
        assertThat(beanOfPackage("org.trio.contract")).isFalse();
        assertThat(beanOfPackage("org.trio.warning")).isFalse();
    }

    private boolean beanOfPackage(String prefix) {
        return Stream.of(context.getBeanDefinitionNames())
                .map(name -> context.getType(name))
                .anyMatch(type -> type != null && type.getName().startsWith(prefix));
    }

    @Test
    void publishesApprenticeRegisteredWithTheApprenticesOrganisation(Scenario scenario) {
        long network = referential.registerNetwork("Réseau du test de module");
        long cfa = referential.registerCfa(new NewCfa(
                network,
                "CFA du test de module",
                DemoIdentifiers.uai("093", new java.util.SplittableRandom(7)),
                DemoIdentifiers.siret(new java.util.SplittableRandom(7)),
                "09",
                null,
                "93000",
                "Bobigny",
                null));
        long site = referential.sitesOfCfa(cfa).stream()
                .findFirst()
                .map(SiteInfo::id)
                .orElseGet(() -> referential.registerSite(new NewSite(
                        cfa,
                        "Site du test de module",
                        SiteKind.SITE,
                        null,
                        DemoIdentifiers.uai("093", new java.util.SplittableRandom(8)),
                        null,
                        null,
                        "93000",
                        "Bobigny",
                        null)));

        scenario.stimulate(() -> referential.registerApprentice(new NewApprentice(
                        cfa,
                        site,
                        "Nguyen",
                        null,
                        "Lina",
                        null,
                        null,
                        LocalDate.of(2007, 2, 11),
                        null,
                        null,
                        null,
                        "F",
                        null,
                        null,
                        "93000",
                        "Bobigny",
                        null,
                        null,
                        null,
                        "1")))
                .andWaitForEventOfType(ApprenticeRegistered.class)
                .matching(event -> event.cfaId() == cfa)
                .toArriveAndVerify((event, apprenticeId) -> {
                    assertThat(event.apprenticeId()).isEqualTo(apprenticeId);
                    assertThat(event.networkId()).isEqualTo(network);
                    assertThat(event.siteId()).isEqualTo(site);
                    ApprenticeInfo saved = referential.apprentice(apprenticeId).orElseThrow();
                    assertThat(saved.lastName()).isEqualTo("Nguyen");
                    assertThat(saved.cfaId()).isEqualTo(cfa);
                });
    }

    @Test
    void refusesACohortEndingBeforeItStartsWithTheFieldNamed() {
        long network = referential.registerNetwork("Réseau des promotions du test de module");
        long cfa = referential.registerCfa(new NewCfa(
                network,
                "CFA des promotions",
                DemoIdentifiers.uai("094", new java.util.SplittableRandom(9)),
                DemoIdentifiers.siret(new java.util.SplittableRandom(9)),
                "09",
                null,
                null,
                null,
                null));
        long site = referential.registerSite(new NewSite(
                cfa,
                "UFA des promotions",
                SiteKind.UFA,
                "Lycée du test",
                DemoIdentifiers.uai("094", new java.util.SplittableRandom(10)),
                null,
                null,
                null,
                null,
                null));
        long programme = referential.registerProgramme(new NewProgramme(
                network, "50023322", null, "CAP Maçon", "CAP MA", DiplomaType.CAP, 3, null, 24, null, null));

        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> referential.registerCohort(new NewCohort(
                        programme, site, 2030, 1, "CAP MA 1A", LocalDate.of(2030, 9, 1), LocalDate.of(2030, 6, 30))));
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("endDate");
            assertThat(problem.code()).isEqualTo("cohort.dates.order");
        });
        assertThat(referential.cohortsOfSite(site, 2030)).isEmpty();
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
