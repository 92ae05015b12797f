package org.trio.contract.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.trio.contract.AnalysisPeriod;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;
import org.trio.referential.DiplomaType;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;

/**
 * The demo enrolments (one per school year of each apprentice's path, with a referent trainer), contracts, amendments
 * and ruptures — distributed like the seed's 2021-2022 figures: probabilities by diploma type, months, motives; the
 * six months after each rupture (support actions, new contracts, reorientations, abandons), the NPEC of the demo
 * programmes, and the status runs of every enrolment, all loaded through {@code COPY}. The demo maître's demo
 * apprentice keeps a contract in force today.
 */
@Component
class ContractDemoData implements DemoDataContributor {

    private static final String ENROLMENT_COLUMNS = "id, apprentice_id, programme_id, cohort_id, network_id, cfa_id,"
            + " site_id, school_year, programme_year, registration_date, training_start, training_end,"
            + " theoretical_duration_months, distance_learning, tutor_staff_id, previous_situation, previous_uai,"
            + " situation_before_contract, highest_diploma_held, school_regime, exclusion_date, exclusion_cause";
    private static final String CONTRACT_COLUMNS = "id, enrolment_id, apprentice_id, employer_id, mentor1_id,"
            + " contract_type, contract_mode, conclusion_date, start_date, practical_training_start, end_date,"
            + " original_end_date, rupture_date, weekly_hours";
    private static final String AMENDMENT_COLUMNS = "id, contract_id, apprentice_id, amendment_type, conclusion_date,"
            + " effective_date, previous_end_date, new_end_date, previous_mentor1_id, new_mentor1_id,"
            + " previous_weekly_hours, new_weekly_hours, note";
    private static final String RUPTURE_COLUMNS = "id, contract_id, apprentice_id, enrolment_id, school_year,"
            + " rupture_date, initiative, legal_mode, company_days, company_days_estimated, mediator_contact_date,"
            + " employer_informed_date, representative_id, representative_signed, expressed_motive_id,"
            + " validated_motive_id, analysis_period, closure_reason";
    private static final String CONTINUATION_COLUMNS = "id, rupture_id, apprentice_id, enrolment_id, cfa_id, site_id,"
            + " former_employer_id, start_date, end_date, outcome, outcome_date, outcome_contract_id,"
            + " employer_improvements, employer_hosts_again, employer_followed_on";
    private static final String ACTION_COLUMNS = "id, continuation_id, apprentice_id, action_date, kind, note, result";
    private static final String STATUS_COLUMNS = "enrolment_id, apprentice_id, school_year, cfa_id, site_id,"
            + " programme_id, programme_year, status, start_date, end_date, before_start";
    private static final String[] ACTION_KINDS = {"CV", "LETTER", "WORKSHOP", "EMPLOYER_PROPOSAL", "MEDIATION"};
    private static final String[] IMPROVEMENTS = {
        "Présenter l'équipe et le poste dès le premier jour", "Fixer des points réguliers avec le maître",
        "Donner des tâches formatrices, pas seulement de la manutention",
                "Prévenir le CFA dès les premières difficultés"
    };
    private static final int BATCH = 20_000;

    private final ReferentialManagement referential;

    ContractDemoData(ReferentialManagement referential) {
        this.referential = referential;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        new Generation(context, referential).run();
    }

    /** One generation run. */
    private static final class Generation {

        private final DemoContext context;
        private final ReferentialManagement referential;
        private final SplittableRandom random;
        private final SplittableRandom ruptureRandom;
        private final LocalDate today;
        private final List<Object[]> enrolments = new ArrayList<>();
        private final List<Object[]> contracts = new ArrayList<>();
        private final List<Object[]> amendments = new ArrayList<>();
        private final List<Object[]> ruptures = new ArrayList<>();
        private final List<Object[]> continuations = new ArrayList<>();
        private final List<Object[]> actions = new ArrayList<>();
        private final List<Object[]> statuses = new ArrayList<>();
        private final long[] expressedMotives;
        private final long[] validatedMotives;
        private Map<Long, ProgrammeInfo> programmes;
        private Map<String, long[]> employers;
        private Map<Long, long[]> mentors;
        private Map<Long, Long> representatives;
        private long nextEnrolment;
        private long nextContract;
        private long nextAmendment;
        private long nextRupture;
        private long nextContinuation;
        private long nextAction;

        Generation(DemoContext context, ReferentialManagement referential) {
            this.context = context;
            this.referential = referential;
            this.random = context.random("enrolments");
            this.ruptureRandom = context.random("ruptures");
            this.today = context.today();
            this.expressedMotives = motives("EXPRESSED");
            this.validatedMotives = motives("VALIDATED");
        }

        private long[] motives(String kind) {
            return context
                    .jdbc()
                    .sql("select id from contract.rupture_motive where kind = ? and cfa_id is null order by position")
                    .param(kind)
                    .query(Long.class)
                    .list()
                    .stream()
                    .mapToLong(Long::longValue)
                    .toArray();
        }

        void run() {
            List<DemoPath> paths = context.shared(DemoKeys.PATHS);
            Map<Long, long[]> trainers = context.shared(DemoKeys.TRAINERS_OF_CFA);
            employers = context.shared(DemoKeys.EMPLOYERS_BY_SECTOR);
            mentors = context.shared(DemoKeys.MENTORS_OF_EMPLOYER);
            representatives = context.shared(DemoKeys.LEGAL_REPRESENTATIVE_OF);
            long network = context.shared(DemoKeys.NETWORK);
            long firstCfa = ((long[]) context.shared(DemoKeys.CFAS))[0];
            programmes = referential.programmes(
                    paths.stream().map(DemoPath::programmeId).distinct().toList());
            fundingLevels();
            nextEnrolment = context.reserveIds("contract.enrolment", paths.size() * 2);
            nextContract = context.reserveIds("contract.apprenticeship_contract", paths.size());
            nextAmendment = context.reserveIds("contract.amendment", paths.size() / 10 + 1);
            nextRupture = context.reserveIds("contract.rupture", paths.size() / 5 + 1);
            nextContinuation = context.reserveIds("contract.continuation", paths.size() / 5 + 1);
            nextAction = context.reserveIds("contract.support_action", paths.size() / 2 + 1);
            for (DemoPath path : paths) {
                long[] cfaTrainers = trainers.get(path.cfaId());
                long tutor = cfaTrainers[random.nextInt(cfaTrainers.length)];
                boolean demo = path.cfaId() == firstCfa
                        && path.minorAtEntry()
                        && !context.has(DemoKeys.DEMO_MENTOR)
                        && path.entrySchoolYear() == context.currentSchoolYear().startYear();
                Long mentor = path(path, network, tutor, demo);
                if (demo) {
                    context.share(DemoKeys.DEMO_MENTOR, mentor);
                    context.share(DemoKeys.DEMO_EMPLOYER, lastContractEmployer());
                    context.share(DemoKeys.DEMO_APPRENTICE, path.apprenticeId());
                    context.share(DemoKeys.DEMO_TUTOR, tutor);
                }
                if (enrolments.size() >= BATCH) {
                    flush();
                }
            }
            flush();
            for (String table : List.of(
                    "contract.enrolment",
                    "contract.apprenticeship_contract",
                    "contract.amendment",
                    "contract.rupture",
                    "contract.continuation",
                    "contract.support_action")) {
                context.syncIdentity(table);
            }
            context.jdbc().sql("analyze contract.status_period").update();
        }

        private long lastContractEmployer() {
            return (Long) contracts.get(contracts.size() - 1)[3];
        }

        /** Generates one path; returns the maître of its (last) contract. */
        private Long path(DemoPath path, long network, long tutor, boolean demo) {
            ProgrammeInfo programme = programmes.get(path.programmeId());
            LocalDate entry =
                    LocalDate.of(path.entrySchoolYear(), Month.SEPTEMBER, 1).plusDays(random.nextInt(30));
            LocalDate end = LocalDate.of(path.entrySchoolYear(), Month.JUNE, 30).plusMonths(path.durationMonths());
            long[] sectorEmployers = employers.getOrDefault(
                    path.sector(), employers.values().iterator().next());
            long employer = sectorEmployers[random.nextInt(sectorEmployers.length)];
            long mentor = mentors.get(employer)[0];
            LocalDate start = entry.minusDays(random.nextInt(20));
            LocalDate contractEnd = end.plusMonths(random.nextInt(3)).minusDays(random.nextInt(15));
            long firstEnrolment = nextEnrolment;
            int years = path.cohortIds().length;
            long[] enrolmentIds = new long[years];
            for (int i = 0; i < years; i++) {
                enrolmentIds[i] = nextEnrolment++;
            }
            long contractId = nextContract++;
            Object[] contract = contract(
                    contractId, firstEnrolment, path.apprenticeId(), employer, mentor, "11", start, contractEnd);
            contracts.add(contract);
            List<StatusPaths.ContractRow> spans = new ArrayList<>();
            LocalDate exclusion = null;
            Long lastMentor = mentor;
            LocalDate rupture = demo ? null : ruptureDate(path, programme, start, contractEnd);
            if (rupture != null) {
                contract[12] = rupture;
                Outcome outcome =
                        rupture(path, programme, contractId, enrolmentIds, employer, start, contractEnd, rupture, end);
                spans.add(new StatusPaths.ContractRow(firstEnrolment, start, contractEnd, rupture));
                if (outcome.newContract() != null) {
                    Object[] next = outcome.newContract();
                    spans.add(new StatusPaths.ContractRow(
                            (Long) next[1], (LocalDate) next[8], (LocalDate) next[10], null));
                    lastMentor = (Long) next[4];
                }
                exclusion = outcome.exclusion();
            } else {
                spans.add(new StatusPaths.ContractRow(firstEnrolment, start, contractEnd, null));
                if (!demo) {
                    amendment(contract, path, end);
                }
                lastMentor = (Long) contract[4];
                spans.set(0, new StatusPaths.ContractRow(firstEnrolment, start, (LocalDate) contract[10], null));
            }
            List<StatusPaths.EnrolmentRow> rows = new ArrayList<>();
            for (int i = 0; i < years; i++) {
                int schoolYear = path.firstSchoolYear() + i;
                int programmeYear = path.firstProgrammeYear() + i;
                boolean entryYear = schoolYear == path.entrySchoolYear();
                LocalDate yearExclusion =
                        exclusion != null && new SchoolYear(schoolYear).contains(exclusion) ? exclusion : null;
                enrolments.add(new Object[] {
                    enrolmentIds[i],
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
                    entryYear ? "11" : "4",
                    path.highestDiplomaHeld(),
                    "02",
                    yearExclusion,
                    yearExclusion == null ? null : "Abandon après rupture"
                });
                rows.add(new StatusPaths.EnrolmentRow(
                        enrolmentIds[i],
                        path.apprenticeId(),
                        path.programmeId(),
                        schoolYear,
                        path.cfaId(),
                        path.siteId(),
                        programmeYear,
                        entry,
                        end,
                        yearExclusion));
            }
            for (StatusPaths.Row row : StatusPaths.rows(rows, spans)) {
                statuses.add(new Object[] {
                    row.enrolmentId(), row.apprenticeId(), row.schoolYear(), row.cfaId(), row.siteId(),
                    row.programmeId(), row.programmeYear(), row.status().code(), row.from(), row.to(),
                    row.beforeStart()
                });
            }
            return lastMentor;
        }

        private Object[] contract(
                long id,
                long enrolment,
                long apprentice,
                long employer,
                long mentor,
                String type,
                LocalDate start,
                LocalDate end) {
            return new Object[] {
                id,
                enrolment,
                apprentice,
                employer,
                mentor,
                type,
                "1",
                start.minusDays(5 + random.nextInt(20)),
                start,
                start.plusDays(random.nextInt(3)),
                end,
                end,
                null,
                35
            };
        }

        /** A rupture date for this path, or null: at most one rupture per path, in one of its school years. */
        private LocalDate ruptureDate(DemoPath path, ProgrammeInfo programme, LocalDate start, LocalDate contractEnd) {
            DiplomaType type = programme == null ? DiplomaType.OTHER : programme.diplomaType();
            int years = path.cohortIds().length;
            for (int i = 0; i < years; i++) {
                int schoolYear = path.firstSchoolYear() + i;
                int probability = DemoRuptures.perThousand(type) * (path.firstProgrammeYear() + i == 1 ? 12 : 7) / 10;
                if (ruptureRandom.nextInt(1000) >= probability) {
                    continue;
                }
                boolean finalYear =
                        i == years - 1 && path.firstProgrammeYear() + i >= (path.durationMonths() + 11) / 12;
                LocalDate date = DemoRuptures.date(schoolYear, finalYear, ruptureRandom);
                if (!date.isAfter(start)) {
                    date = start.plusDays(7 + ruptureRandom.nextInt(40));
                }
                if (date.isAfter(today) || date.isAfter(contractEnd)) {
                    return null;
                }
                return date;
            }
            return null;
        }

        /** What followed a rupture: a new contract, an exclusion, or nothing yet. */
        private record Outcome(Object[] newContract, LocalDate exclusion) {}

        private Outcome rupture(
                DemoPath path,
                ProgrammeInfo programme,
                long contractId,
                long[] enrolmentIds,
                long employer,
                LocalDate start,
                LocalDate contractEnd,
                LocalDate date,
                LocalDate sessionEnd) {
            long ruptureId = nextRupture++;
            int yearIndex = Math.max(
                    0, Math.min(enrolmentIds.length - 1, SchoolYear.of(date).startYear() - path.firstSchoolYear()));
            long enrolment = enrolmentIds[yearIndex];
            int schoolYear = path.firstSchoolYear() + yearIndex;
            int validated = DemoRuptures.pick(DemoRuptures.VALIDATED_WEIGHTS, ruptureRandom);
            int expressed = DemoRuptures.pick(DemoRuptures.EXPRESSED_WEIGHTS, ruptureRandom);
            int companyDays = CompanyDaysEstimate.estimate(start, date.minusDays(1), new BigDecimal("0.667"));
            AnalysisPeriod period = AnalysisPeriod.of(start, contractEnd, date);
            String mode;
            String initiative;
            LocalDate mediator = null;
            LocalDate informed = null;
            int roll = ruptureRandom.nextInt(100);
            if (companyDays <= RuptureChecks.TRIAL_COMPANY_DAYS) {
                mode = "TRIAL_PERIOD";
                initiative = roll < 55 ? "APPRENTICE" : "EMPLOYER";
            } else if (expressed == 15) {
                mode = "JUDICIAL_LIQUIDATION";
                initiative = "EMPLOYER";
            } else if (period == AnalysisPeriod.POST_EXAM && validated == 4) {
                mode = "DIPLOMA_OBTAINED";
                initiative = "APPRENTICE";
                informed = date.minusDays(35);
            } else if (roll < 60) {
                mode = "MUTUAL_AGREEMENT";
                initiative = "MUTUAL";
            } else if (roll < 78) {
                mode = "RESIGNATION_AFTER_MEDIATOR";
                initiative = "APPRENTICE";
                mediator = date.minusDays(20);
                informed = date.minusDays(12);
            } else if (roll < 95) {
                mode = "DISMISSAL_SERIOUS_MISCONDUCT";
                initiative = "EMPLOYER";
            } else {
                mode = "DISMISSAL_UNFITNESS";
                initiative = "EMPLOYER";
            }
            Long representative = representatives.get(path.apprenticeId());
            boolean minor = path.minorAtEntry() && date.isBefore(start.plusYears(1));
            String closure = ruptureRandom.nextInt(100) < 3
                    ? (ruptureRandom.nextBoolean() ? "DATA_CORRECTION" : "TRANSFER_WITHIN_NETWORK")
                    : null;
            ruptures.add(new Object[] {
                ruptureId,
                contractId,
                path.apprenticeId(),
                enrolment,
                schoolYear,
                date,
                initiative,
                mode,
                companyDays,
                true,
                mediator,
                informed,
                minor ? representative : null,
                minor && representative != null,
                expressedMotives[expressed],
                validatedMotives[validated],
                period.name(),
                closure
            });
            if (closure != null) {
                return new Outcome(null, null);
            }
            return continuation(path, ruptureId, enrolment, employer, date, sessionEnd, contractEnd, enrolmentIds);
        }

        private Outcome continuation(
                DemoPath path,
                long ruptureId,
                long enrolment,
                long formerEmployer,
                LocalDate rupture,
                LocalDate sessionEnd,
                LocalDate contractEnd,
                long[] enrolmentIds) {
            long id = nextContinuation++;
            LocalDate end = Continuation.endOf(rupture);
            int actionCount = 1 + ruptureRandom.nextInt(3);
            for (int n = 0; n < actionCount; n++) {
                LocalDate day = rupture.plusDays(7 + 14L * n + ruptureRandom.nextInt(7));
                if (!day.isAfter(today)) {
                    actions.add(new Object[] {
                        nextAction++,
                        id,
                        path.apprenticeId(),
                        day,
                        ACTION_KINDS[ruptureRandom.nextInt(ACTION_KINDS.length)],
                        null,
                        null
                    });
                }
            }
            int roll = ruptureRandom.nextInt(100);
            Object[] newContract = null;
            String outcome = null;
            LocalDate outcomeDate = null;
            LocalDate exclusion = null;
            LocalDate newStart = rupture.plusDays(20 + ruptureRandom.nextInt(100));
            if (roll < 40 && !newStart.isAfter(today) && newStart.plusMonths(6).isBefore(contractEnd)) {
                long[] sectorEmployers = employers.getOrDefault(
                        path.sector(), employers.values().iterator().next());
                long employer = sectorEmployers[ruptureRandom.nextInt(sectorEmployers.length)];
                int yearIndex = Math.max(
                        0,
                        Math.min(
                                enrolmentIds.length - 1, SchoolYear.of(newStart).startYear() - path.firstSchoolYear()));
                long contractId = nextContract++;
                newContract = contract(
                        contractId,
                        enrolmentIds[yearIndex],
                        path.apprenticeId(),
                        employer,
                        mentors.get(employer)[0],
                        "23",
                        newStart,
                        contractEnd);
                contracts.add(newContract);
                outcome = "NEW_CONTRACT";
                outcomeDate = newStart;
            } else if (!end.isAfter(today) && roll < 65) {
                outcome = "REORIENTATION";
                outcomeDate = rupture.plusMonths(2 + ruptureRandom.nextInt(3));
            } else if (!end.isAfter(today) && roll < 90 && end.isBefore(sessionEnd)) {
                outcome = "DROPOUT";
                outcomeDate = end;
                exclusion = end;
            }
            boolean followed =
                    ruptureRandom.nextInt(100) < 60 && rupture.plusMonths(1).isBefore(today);
            continuations.add(new Object[] {
                id,
                ruptureId,
                path.apprenticeId(),
                enrolment,
                path.cfaId(),
                path.siteId(),
                formerEmployer,
                rupture,
                end,
                outcome,
                outcomeDate,
                newContract == null ? null : newContract[0],
                followed ? IMPROVEMENTS[ruptureRandom.nextInt(IMPROVEMENTS.length)] : null,
                followed ? (ruptureRandom.nextInt(3) == 0 ? "NO" : "YES") : null,
                followed ? rupture.plusMonths(1) : null
            });
            return new Outcome(newContract, exclusion);
        }

        /** Some contracts get an amendment: a change of maître, or a year more after an exam failure. */
        private void amendment(Object[] contract, DemoPath path, LocalDate sessionEnd) {
            int roll = random.nextInt(1000);
            LocalDate start = (LocalDate) contract[8];
            LocalDate end = (LocalDate) contract[10];
            long employer = (Long) contract[3];
            long[] employerMentors = mentors.get(employer);
            if (roll < 30 && employerMentors.length > 1) {
                LocalDate effective = start.plusMonths(4 + random.nextInt(6));
                if (effective.isBefore(today) && effective.isBefore(end)) {
                    long previous = (Long) contract[4];
                    contract[4] = employerMentors[1];
                    amendments.add(new Object[] {
                        nextAmendment++,
                        contract[0],
                        contract[2],
                        "36",
                        effective.minusDays(10),
                        effective,
                        end,
                        end,
                        previous,
                        employerMentors[1],
                        35,
                        35,
                        "Changement de maître d'apprentissage"
                    });
                }
            } else if (roll < 40 && sessionEnd.isBefore(today)) {
                LocalDate effective = sessionEnd.minusDays(5);
                LocalDate extended = end.plusYears(1);
                if (!extended.plusDays(1).isAfter(start.plus(ContractChecks.MAX_DURATION))) {
                    contract[10] = extended;
                    amendments.add(new Object[] {
                        nextAmendment++,
                        contract[0],
                        contract[2],
                        "33",
                        effective.minusDays(3),
                        effective,
                        end,
                        extended,
                        contract[4],
                        contract[4],
                        35,
                        35,
                        "Prolongation après échec à l'examen"
                    });
                }
            }
        }

        private void fundingLevels() {
            List<Object[]> rows = new ArrayList<>();
            programmes.values().stream()
                    .filter(programme -> programme.cfd() != null)
                    .forEach(programme -> rows.add(
                            new Object[] {programme.cfd(), programme.label(), npec(programme), LocalDate.of(2019, 1, 1)
                            }));
            context.copy("contract.funding_level", "certification, label, amount, valid_from", rows);
        }

        private static int npec(ProgrammeInfo programme) {
            return switch (programme.diplomaType()) {
                case CAP -> 9_000;
                case BP -> 8_500;
                case BAC_PRO -> 8_800;
                case MC, TP -> 7_200;
                case BTS -> 8_200;
                case BUT, LICENCE_PRO -> 7_800;
                case MASTER -> 9_200;
                case ENGINEER -> 10_500;
                default -> 8_000;
            };
        }

        private void flush() {
            context.copy("contract.enrolment", ENROLMENT_COLUMNS, enrolments);
            context.copy("contract.apprenticeship_contract", CONTRACT_COLUMNS, contracts);
            context.copy("contract.amendment", AMENDMENT_COLUMNS, amendments);
            context.copy("contract.rupture", RUPTURE_COLUMNS, ruptures);
            context.copy("contract.continuation", CONTINUATION_COLUMNS, continuations);
            context.copy("contract.support_action", ACTION_COLUMNS, actions);
            context.copy("contract.status_period", STATUS_COLUMNS, statuses);
            enrolments.clear();
            contracts.clear();
            amendments.clear();
            ruptures.clear();
            continuations.clear();
            actions.clear();
            statuses.clear();
        }
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
