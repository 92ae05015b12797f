package org.trio.contract.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;

/**
 * The demo enrolments (one per school year of each apprentice's path, with a referent trainer) and contracts (most
 * apprentices sign with an employer of their trade at entry).
 */
@Component
class ContractDemoData implements DemoDataContributor {

    private static final String ENROLMENT_COLUMNS = "id, apprentice_id, programme_id, cohort_id, network_id, cfa_id,"
            + " site_id, school_year, programme_year, registration_date, training_start, training_end,"
            + " theoretical_duration_months, distance_learning, tutor_staff_id, previous_situation, previous_uai,"
            + " situation_before_contract, highest_diploma_held, school_regime";
    private static final String CONTRACT_COLUMNS = "id, enrolment_id, apprentice_id, employer_id, mentor1_id,"
            + " contract_type, conclusion_date, start_date, practical_training_start, end_date, weekly_hours";
    private static final int BATCH = 20_000;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        SplittableRandom random = context.random("enrolments");
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        Map<Long, long[]> trainers = context.shared(DemoKeys.TRAINERS_OF_CFA);
        Map<String, long[]> employers = context.shared(DemoKeys.EMPLOYERS_BY_SECTOR);
        Map<Long, long[]> mentors = context.shared(DemoKeys.MENTORS_OF_EMPLOYER);
        long network = context.shared(DemoKeys.NETWORK);
        long firstCfa = ((long[]) context.shared(DemoKeys.CFAS))[0];
        long nextEnrolment = context.reserveIds("contract.enrolment", paths.size() * 2);
        long nextContract = context.reserveIds("contract.apprenticeship_contract", paths.size());
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        Map<Long, Integer> tutorLoad = new HashMap<>();
        for (DemoPath path : paths) {
            long[] cfaTrainers = trainers.get(path.cfaId());
            long tutor = cfaTrainers[random.nextInt(cfaTrainers.length)];
            tutorLoad.merge(tutor, 1, Integer::sum);
            LocalDate entry =
                    LocalDate.of(path.entrySchoolYear(), Month.SEPTEMBER, 1).plusDays(random.nextInt(30));
            LocalDate end = LocalDate.of(path.entrySchoolYear(), Month.JUNE, 30).plusMonths(path.durationMonths());
            long firstEnrolmentOfPath = nextEnrolment;
            for (int i = 0; i < path.cohortIds().length; i++) {
                int schoolYear = path.firstSchoolYear() + i;
                int programmeYear = path.firstProgrammeYear() + i;
                boolean entryYear = schoolYear == path.entrySchoolYear();
                enrolments.add(new Object[] {
                    nextEnrolment++,
                    path.apprenticeId(),
                    path.programmeId(),
                    path.cohortIds()[i],
                    network,
                    path.cfaId(),
                    path.siteId(),
                    schoolYear,
                    programmeYear,
                    entry.minusDays(10 + random.nextInt(60)),
                    entry,
                    end,
                    path.durationMonths(),
                    false,
                    tutor,
                    entryYear ? path.previousSituation() : continuingSituation(path, programmeYear - 1),
                    null,
                    entryYear ? "11" : "31",
                    path.highestDiplomaHeld(),
                    "02"
                });
            }
            long[] sectorEmployers = employers.getOrDefault(
                    path.sector(), employers.values().iterator().next());
            long employer = sectorEmployers[random.nextInt(sectorEmployers.length)];
            long mentor = mentors.get(employer)[0];
            LocalDate start = entry.minusDays(random.nextInt(20));
            contracts.add(new Object[] {
                nextContract++,
                firstEnrolmentOfPath,
                path.apprenticeId(),
                employer,
                mentor,
                "11",
                start.minusDays(5 + random.nextInt(20)),
                start,
                start.plusDays(random.nextInt(3)),
                end.plusMonths(random.nextInt(3)).minusDays(random.nextInt(15)),
                35
            });
            if (path.cfaId() == firstCfa
                    && path.minorAtEntry()
                    && !context.has(DemoKeys.DEMO_MENTOR)
                    && path.entrySchoolYear() == context.currentSchoolYear().startYear()) {
                context.share(DemoKeys.DEMO_MENTOR, mentor);
                context.share(DemoKeys.DEMO_EMPLOYER, employer);
                context.share(DemoKeys.DEMO_APPRENTICE, path.apprenticeId());
                context.share(DemoKeys.DEMO_TUTOR, tutor);
            }
            if (enrolments.size() >= BATCH) {
                flush(context, enrolments, contracts);
            }
        }
        flush(context, enrolments, contracts);
        context.syncIdentity("contract.enrolment");
        context.syncIdentity("contract.apprenticeship_contract");
    }

    private static void flush(DemoContext context, List<Object[]> enrolments, List<Object[]> contracts) {
        context.copy("contract.enrolment", ENROLMENT_COLUMNS, enrolments);
        context.copy("contract.apprenticeship_contract", CONTRACT_COLUMNS, contracts);
        enrolments.clear();
        contracts.clear();
    }

    /** SIT_N_1 of a continuing apprentice: the apprenticeship class of the year before. */
    private static String continuingSituation(DemoPath path, int previousYear) {
        return switch (path.durationMonths()) {
            case 36 -> previousYear == 1 ? "3131" : "3132";
            case 24 ->
                path.highestDiplomaHeld().equals("08")
                                || path.highestDiplomaHeld().equals("07")
                        ? "4101"
                        : path.highestDiplomaHeld().equals("04") ? "3117" : "3101";
            default -> "9999";
        };
    }
}
