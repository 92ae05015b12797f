package org.trio.support;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.ImportedTraining;
import org.trio.contract.NewEnrolment;
import org.trio.contract.TrainingRecords;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCohort;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewSite;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteKind;

/**
 * A CFA of its own with one site, for tests that need apprentices enrolled in cohorts with contracts and known counts:
 * everything is created through the referential's and the contract's facades (contracts as the national file records
 * them, so without maître nor event).
 */
public final class TestTrainings {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final TrainingRecords records;
    private final ContractManagement contracts;
    public final long network;
    public final long cfa;
    public final long site;
    private @Nullable Long employer;

    public TestTrainings(
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            TrainingRecords records,
            ContractManagement contracts) {
        this.referential = referential;
        this.enrolments = enrolments;
        this.records = records;
        this.contracts = contracts;
        this.network = referential.networkIds().get(0);
        this.cfa = TestOrganisations.aNewCfa(referential);
        this.site = referential.registerSite(new NewSite(
                cfa,
                "Site d'essai",
                SiteKind.SITE,
                null,
                DemoIdentifiers.uai("077", RANDOM),
                null,
                null,
                "77000",
                "Melun",
                null));
    }

    /** The network's programmes lasting 24 months, in the referential's order. */
    public List<ProgrammeInfo> twoYearProgrammes() {
        return referential.programmesOfNetwork(network).stream()
                .filter(programme -> programme.theoreticalDurationMonths() == 24)
                .toList();
    }

    /** A first-year cohort of the programme at the site, from 1 September to 30 June. */
    public long cohort(long programmeId, int schoolYear) {
        return referential.registerCohort(new NewCohort(
                programmeId,
                site,
                schoolYear,
                1,
                "Promotion " + schoolYear,
                LocalDate.of(schoolYear, 9, 1),
                LocalDate.of(schoolYear + 1, 6, 30)));
    }

    /** A new apprentice of the CFA, with an e-mail address when one is given. */
    public long apprentice(String firstName, @Nullable String email) {
        return referential.registerApprentice(new NewApprentice(
                cfa,
                site,
                "Essai",
                null,
                firstName,
                null,
                null,
                LocalDate.of(2006, 3, 1 + RANDOM.nextInt(28)),
                null,
                null,
                null,
                "F",
                null,
                null,
                null,
                null,
                null,
                null,
                email,
                null));
    }

    /** Enrols the apprentice in the cohort for its school year (training of 24 months); returns the enrolment. */
    public long enrol(long apprentice, long programmeId, long cohort, int schoolYear) {
        return enrolments.enrol(new NewEnrolment(
                apprentice,
                programmeId,
                cohort,
                cfa,
                site,
                schoolYear,
                1,
                LocalDate.of(schoolYear, 8, 20),
                LocalDate.of(schoolYear, 9, 1),
                LocalDate.of(schoolYear + 2, 6, 30),
                24,
                false,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /**
     * Records a contract of the enrolled apprentice (through the national file's route: no maître, no event), broken on
     * the day given or running to its end; returns it.
     */
    public ContractInfo contract(
            long apprentice,
            long programmeId,
            int schoolYear,
            LocalDate start,
            LocalDate end,
            @Nullable LocalDate rupture) {
        records.record(new ImportedTraining(
                apprentice,
                programmeId,
                cfa,
                site,
                schoolYear,
                1,
                LocalDate.of(schoolYear, 8, 20),
                LocalDate.of(schoolYear, 9, 1),
                LocalDate.of(schoolYear + 2, 6, 30),
                24,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new ImportedTraining.Contract(employer(), start, end, rupture, null, null))));
        return contracts.contractsOf(apprentice).stream()
                .filter(contract -> contract.startDate().equals(start))
                .findFirst()
                .orElseThrow();
    }

    /** The employer of the contracts (one per fixture). */
    public long employer() {
        if (employer == null) {
            employer = referential.registerEmployer(new NewEmployer(
                    DemoIdentifiers.siret(RANDOM),
                    "Entreprise d'essai " + RANDOM.nextInt(1_000_000),
                    "4322A",
                    null,
                    5,
                    "11",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return employer;
    }
}
