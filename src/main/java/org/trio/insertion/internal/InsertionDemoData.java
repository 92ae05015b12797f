package org.trio.insertion.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.trio.contract.EnrolmentManagement;
import org.trio.contract.NewEnrolment;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCohort;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * Former apprentices of the first demo CFA, so that the insertion rates have a history: for two of its programmes, the
 * final-year promotions of three and two school years ago (16 and 15 leavers: under 20 each, 31 together, to show the
 * pooling of two cohorts), registered through the referential and contract facades, with their situations at every
 * horizon already reached.
 */
@Component
class InsertionDemoData implements DemoDataContributor {

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;

    InsertionDemoData(ReferentialManagement referential, EnrolmentManagement enrolments) {
        this.referential = referential;
        this.enrolments = enrolments;
    }

    @Override
    public int order() {
        return 750;
    }

    @Override
    public void contribute(DemoContext context) {
        long cfa = ((long[]) context.shared(DemoKeys.CFAS))[0];
        Map<Long, Long> mainSites = context.shared(DemoKeys.MAIN_SITE_OF_CFA);
        long site = mainSites.get(cfa);
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        Set<Long> programmes = new LinkedHashSet<>();
        paths.stream().filter(path -> path.cfaId() == cfa).forEach(path -> programmes.add(path.programmeId()));
        SplittableRandom random = context.random("insertion");
        int current = context.currentSchoolYear().startYear();
        programmes.stream().limit(2).forEach(programmeId -> {
            ProgrammeInfo programme = referential.programme(programmeId).orElseThrow();
            int finalYear = Math.max(1, Math.min(5, (programme.theoreticalDurationMonths() + 11) / 12));
            promotion(context, random, cfa, site, programme, finalYear, current - 3, 16);
            promotion(context, random, cfa, site, programme, finalYear, current - 2, 15);
        });
    }

    private void promotion(
            DemoContext context,
            SplittableRandom random,
            long cfa,
            long site,
            ProgrammeInfo programme,
            int finalYear,
            int year,
            int size) {
        LocalDate start = LocalDate.of(year, Month.SEPTEMBER, 1);
        LocalDate end = LocalDate.of(year + 1, Month.JUNE, 30);
        long cohort = referential.registerCohort(new NewCohort(
                programme.id(),
                site,
                year,
                finalYear,
                programme.shortLabel() + " " + finalYear + "e année " + year,
                start,
                end));
        for (int i = 0; i < size; i++) {
            String sex = random.nextBoolean() ? "F" : "M";
            long apprentice = referential.registerApprentice(new NewApprentice(
                    cfa,
                    site,
                    context.names().lastName(random),
                    null,
                    context.names().firstName(random, sex),
                    null,
                    null,
                    LocalDate.of(year - 18, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    null,
                    null,
                    null,
                    sex,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            long enrolment = enrolments.enrol(new NewEnrolment(
                    apprentice,
                    programme.id(),
                    cohort,
                    cfa,
                    site,
                    year,
                    finalYear,
                    start.minusWeeks(3),
                    start,
                    end,
                    programme.theoreticalDurationMonths(),
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            situations(context, random, enrolment, apprentice, programme.id(), cfa, year, end);
        }
    }

    private static void situations(
            DemoContext context,
            SplittableRandom random,
            long enrolment,
            long apprentice,
            long programme,
            long cfa,
            int year,
            LocalDate exit) {
        boolean studies = random.nextInt(100) < 20;
        int searchMonths = random.nextInt(5);
        String contract = random.nextInt(100) < 55 ? "PERMANENT" : random.nextBoolean() ? "FIXED_TERM" : "TEMPORARY";
        boolean matches = random.nextInt(100) < 75;
        for (int horizon : InsertionService.HORIZONS) {
            LocalDate due = exit.plusMonths(horizon);
            if (due.isAfter(context.today())) {
                return;
            }
            String situation;
            if (studies && horizon <= 12) {
                situation = "FURTHER_STUDIES";
            } else {
                int draw = random.nextInt(100);
                situation = draw < 62 + horizon ? "EMPLOYED" : draw < 90 ? "JOB_SEEKER" : "OTHER";
            }
            boolean employed = situation.equals("EMPLOYED");
            context.jdbc()
                    .sql("insert into insertion.situation (enrolment_id, apprentice_id, programme_id, cfa_id,"
                            + " school_year, exit_date, horizon_months, situation, contract_type, job_matches_diploma,"
                            + " job_search_months, source, recorded_on, recorded_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'cje@demo.trio')")
                    .params(
                            enrolment,
                            apprentice,
                            programme,
                            cfa,
                            year,
                            exit,
                            horizon,
                            situation,
                            employed ? contract : null,
                            employed ? matches : null,
                            employed ? searchMonths : null,
                            horizon == 6 ? "SURVEY" : "ADVISOR",
                            due.plusDays(random.nextInt(20)).isAfter(context.today())
                                    ? context.today()
                                    : due.plusDays(random.nextInt(20)))
                    .update();
        }
    }
}
