package org.trio.warning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.trio.contract.ImportedTraining;
import org.trio.contract.TrainingRecords;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.NewStaffMember;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.support.TestOrganisations;

/**
 * A CFA of the test's own in the demo network, whose people and trainings are recorded through the other modules'
 * facades (the referential, and the contract module's {@link TrainingRecords}, which records enrolments and contracts
 * as the national file states them, without events): the rules and lists of a test on this CFA only see its rows.
 */
final class WarningNetwork {

    private static final SplittableRandom RANDOM = new SplittableRandom();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ReferentialManagement referential;
    private final TrainingRecords trainings;
    final long network;
    final long cfa;
    final ProgrammeInfo programme;

    WarningNetwork(ReferentialManagement referential, TrainingRecords trainings) {
        this.referential = referential;
        this.trainings = trainings;
        this.cfa = TestOrganisations.aNewCfa(referential);
        this.network = referential.cfa(cfa).orElseThrow().networkId();
        this.programme = referential.programmesOfNetwork(network).get(0);
    }

    /** A new apprentice of the CFA (a letter-only first name, as names may hold no digit). */
    long apprentice(@Nullable String email) {
        int n = SEQUENCE.incrementAndGet();
        return referential.registerApprentice(new NewApprentice(
                cfa,
                null,
                "Alerte",
                null,
                "Essai" + letters(n),
                null,
                null,
                LocalDate.of(2007, 5, 1 + n % 28),
                null,
                null,
                null,
                "M",
                null,
                null,
                null,
                null,
                null,
                null,
                email,
                "1"));
    }

    /** A legal representative of the apprentice with an e-mail address. */
    void legalRepresentative(long apprentice, String email) {
        referential.registerLegalRepresentative(
                new NewLegalRepresentative(apprentice, 1, "Alerte", "Claire", "Mère", email, null, null, null));
    }

    long employer() {
        return referential.registerEmployer(new NewEmployer(
                DemoIdentifiers.siret(RANDOM),
                "Entreprise d'alerte " + SEQUENCE.incrementAndGet(),
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

    /** A staff member of the CFA with the function (and an e-mail address, for the notifications). */
    long staff(StaffFunction function) {
        int n = SEQUENCE.incrementAndGet();
        return referential.registerStaffMember(new NewStaffMember(
                network,
                cfa,
                null,
                "Equipe" + letters(n),
                function.name().substring(0, 1) + function.name().substring(1).toLowerCase(java.util.Locale.ROOT),
                "equipe." + n + "." + cfa + "@exemple.fr",
                null,
                function,
                function.name()));
    }

    /**
     * Records the apprentice's training at the CFA, first year of the network's first programme, with these contracts
     * (an existing training of the same school year is updated, as a new import of the file would); returns the
     * enrolment.
     */
    long train(long apprentice, LocalDate start, LocalDate end, List<ImportedTraining.Contract> contracts) {
        return trainings.record(new ImportedTraining(
                apprentice,
                programme.id(),
                cfa,
                null,
                start.getMonthValue() >= 8 ? start.getYear() : start.getYear() - 1,
                1,
                start.minusMonths(1),
                start,
                end,
                24,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                contracts));
    }

    static ImportedTraining.Contract contract(
            long employer, LocalDate start, LocalDate end, @Nullable LocalDate rupture) {
        return new ImportedTraining.Contract(employer, start, end, rupture, rupture == null ? null : "Abandon", null);
    }

    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            name.append((char) ('a' + rest % 26));
        }
        return name.toString();
    }
}
