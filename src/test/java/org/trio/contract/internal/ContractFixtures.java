package org.trio.contract.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.NewEnrolment;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.EmployerInfo;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.NewMentor;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;

/** Builders of the rows the contract tests need, created through the modules' facades in the demo network. */
@Component
class ContractFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** An employer with two qualified maîtres. */
    record Company(EmployerInfo employer, long mentor1, long mentor2) {}

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final JdbcClient jdbc;
    private final SplittableRandom random = new SplittableRandom(7);

    ContractFixtures(ReferentialManagement referential, EnrolmentManagement enrolments, JdbcClient jdbc) {
        this.referential = referential;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
    }

    /** The CFA of the demo staff accounts. */
    long demoCfa() {
        return jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
    }

    ProgrammeInfo cap() {
        long network = referential.cfa(demoCfa()).orElseThrow().networkId();
        return referential.programmesOfNetwork(network).stream()
                .filter(programme -> programme.level() == 3 && programme.theoreticalDurationMonths() == 24)
                .findFirst()
                .orElseThrow();
    }

    /** An apprentice born on that day, held by the demo CFA, with a legal representative. */
    long apprentice(LocalDate birth) {
        int n = SEQUENCE.incrementAndGet();
        long id = referential.registerApprentice(new NewApprentice(
                demoCfa(),
                null,
                "Testeur",
                null,
                "Camille" + letters(n),
                null,
                null,
                birth,
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
                null,
                null));
        referential.registerLegalRepresentative(
                new NewLegalRepresentative(id, 1, "Testeur", "Dominique", "Mère", null, null, null, null));
        return id;
    }

    long enrol(long apprentice, LocalDate start, LocalDate end) {
        return enrol(apprentice, start, end, start.getMonthValue() >= 8 ? start.getYear() : start.getYear() - 1, 1);
    }

    /** The enrolment of one school year (and year of the programme) of a session. */
    long enrol(long apprentice, LocalDate start, LocalDate end, int schoolYear, int programmeYear) {
        return enrolments.enrol(new NewEnrolment(
                apprentice,
                cap().id(),
                null,
                demoCfa(),
                null,
                schoolYear,
                programmeYear,
                start.minusMonths(2),
                start,
                end,
                24,
                false,
                null,
                "1021",
                null,
                "11",
                "01",
                null));
    }

    Company company() {
        String siret = DemoIdentifiers.siret(random);
        long employer = referential.registerEmployer(new NewEmployer(
                siret,
                "Plomberie Test " + SEQUENCE.incrementAndGet(),
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
        long mentor1 = referential.registerMentor(new NewMentor(
                employer,
                "Maître",
                "Alain",
                LocalDate.of(1975, 3, 1),
                null,
                null,
                "Plombier",
                "31",
                (short) 3,
                (short) 10,
                null,
                null));
        long mentor2 = referential.registerMentor(new NewMentor(
                employer,
                "Second",
                "Bruno",
                LocalDate.of(1980, 3, 1),
                null,
                null,
                "Plombier",
                "49",
                (short) 4,
                (short) 6,
                null,
                null));
        return new Company(referential.employer(employer).orElseThrow(), mentor1, mentor2);
    }

    static ContractForm contract(Company company, LocalDate start, LocalDate end) {
        return new ContractForm(
                company.employer().siret(),
                company.mentor1(),
                null,
                "11",
                null,
                "1",
                start.minusDays(10),
                start,
                start,
                end,
                new BigDecimal("35"),
                null);
    }

    long motive(String kind, String label) {
        return jdbc.sql("select id from contract.rupture_motive where kind = ? and label = ? and cfa_id is null")
                .params(kind, label)
                .query(Long.class)
                .single();
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        int value = n;
        do {
            text.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        return text.toString();
    }
}
