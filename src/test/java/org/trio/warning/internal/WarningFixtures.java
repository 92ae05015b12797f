package org.trio.warning.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.trio.contract.ContractInfo;
import org.trio.contract.EnrolmentInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.ProgrammeInfo;

/**
 * Rows of this module's own copy of enrolments and contracts for tests: ids far above the demo network's, in a CFA and
 * network of their own (or a CFA of the test's own, {@link WarningNetwork}), so that a test's rules and lists only see
 * its rows.
 */
final class WarningFixtures {

    private static final AtomicLong NEXT = new AtomicLong(9_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000);

    private final FollowUp followUp;
    final long network;
    final long cfa;

    WarningFixtures(FollowUp followUp) {
        this(followUp, NEXT.incrementAndGet(), NEXT.incrementAndGet());
    }

    /** Rows in a CFA that exists in the referential (its staff are then the team of these apprentices). */
    WarningFixtures(FollowUp followUp, long network, long cfa) {
        this.followUp = followUp;
        this.network = network;
        this.cfa = cfa;
    }

    static long id() {
        return NEXT.incrementAndGet();
    }

    /** An enrolment of a new apprentice; returns the enrolment. */
    FollowUp.Enrolment enrolment(
            DiplomaType diploma, int programmeYear, String diplomaHeld, LocalDate start, LocalDate end) {
        long enrolment = id();
        long apprentice = id();
        EnrolmentInfo info = new EnrolmentInfo(
                enrolment,
                apprentice,
                1L,
                null,
                network,
                cfa,
                null,
                start.getMonthValue() >= 8 ? start.getYear() : start.getYear() - 1,
                programmeYear,
                start.minusDays(20),
                start,
                end,
                24,
                false,
                null,
                null,
                null,
                null,
                diplomaHeld,
                null,
                null,
                null,
                null,
                null);
        followUp.saveEnrolment(info, programme(diploma));
        return followUp.enrolment(enrolment).orElseThrow();
    }

    /** A contract of the enrolment's apprentice, broken the day given or running to its end. */
    FollowUp.Contract contract(
            FollowUp.Enrolment enrolment, LocalDate start, LocalDate end, @Nullable LocalDate rupture) {
        long contract = id();
        followUp.saveContract(new ContractInfo(
                contract,
                enrolment.enrolmentId(),
                enrolment.apprenticeId(),
                id(),
                id(),
                null,
                "11",
                start.minusDays(10),
                start,
                start,
                end,
                rupture,
                false));
        return followUp.contract(contract).orElseThrow();
    }

    private ProgrammeInfo programme(DiplomaType diploma) {
        return new ProgrammeInfo(
                1L, network, "50023210", "RNCP12345", "Programme", "Prog", diploma, 3, "Fluides", 24, null, null, true);
    }
}
