package org.trio.booklet.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.booklet.CompetencyInfo;
import org.trio.booklet.EvaluationLevel;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.CompanyStay;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffInfo;

/**
 * Demo livrets: the competency referentials of four diplomas, and for the contracts of a sample of apprentices (all of
 * them up to 5,000, one in twenty above, always those of the demo accounts) a livret with the missions validated
 * (some late, a few awaiting), period returns after most stays in the company, the maître's and the trainer's replies
 * and their evaluations. The demo apprentice's last stay is left without its return, so their home has it to do.
 */
@Component
class BookletDemoData implements DemoDataContributor {

    private static final String[] ACTIVITIES = {
        "Pose de réseaux d'alimentation en cuivre et PER dans une maison individuelle.",
        "Remplacement d'un chauffe-eau électrique et de son groupe de sécurité.",
        "Montage de murs en blocs béton au rez-de-chaussée, avec le chef d'équipe.",
        "Raccordement des évacuations d'une salle de bains, essais d'étanchéité.",
        "Coffrage et coulage d'un linteau, puis ferraillage d'une dalle.",
        "Mise en service d'une chaudière gaz à condensation avec le technicien.",
        "Dépannage de robinetterie chez des particuliers, relevés pour un devis.",
        "Préparation du chantier, réception du matériel, rangement du camion."
    };
    private static final String[] DIFFICULTIES = {
        "Les trajets jusqu'au chantier sont longs (plus d'une heure).",
        "J'ai eu du mal avec la lecture des plans d'exécution.",
        "Je n'ai pas encore reçu mes chaussures de sécurité.",
        "Beaucoup de manutention cette période, j'ai eu mal au dos."
    };
    private static final String[] MENTOR_REPLIES = {
        "Bon travail sur cette période, continue comme ça.",
        "Attention au rangement du poste en fin de journée.",
        "On reverra ensemble la lecture des plans la semaine prochaine.",
        "Très bonne implication, tu gagnes en autonomie."
    };
    private static final String[] TUTOR_REPLIES = {
        "Merci pour ce retour détaillé ; nous travaillerons ces points en atelier.",
        "Pense à noter les références des matériaux utilisés pour le dossier.",
        "Nous en parlerons lors de la prochaine visite en entreprise."
    };
    private static final String MISSION = "Participer à l'installation et à la rénovation des réseaux et des appareils"
            + " sur les chantiers de l'entreprise, sous la responsabilité du maître d'apprentissage : préparation du"
            + " poste, façonnage et pose, essais et mise en service, puis prise en charge progressive de petits"
            + " chantiers en autonomie.";

    private final ReferentialManagement referential;
    private final CompetencyReferentials referentials;
    private final ContractManagement contracts;
    private final EnrolmentManagement enrolments;
    private final CalendarManagement calendars;
    private final AccessPolicy access;

    BookletDemoData(
            ReferentialManagement referential,
            CompetencyReferentials referentials,
            ContractManagement contracts,
            EnrolmentManagement enrolments,
            CalendarManagement calendars,
            AccessPolicy access) {
        this.referential = referential;
        this.referentials = referentials;
        this.contracts = contracts;
        this.enrolments = enrolments;
        this.calendars = calendars;
        this.access = access;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void contribute(DemoContext context) {
        long network = context.shared(DemoKeys.NETWORK);
        ZoneId zone = ZoneId.of("Europe/Paris");
        Instant importedAt = context.today().atStartOfDay(zone).toInstant();
        for (ProgrammeInfo programme : referential.programmesOfNetwork(network)) {
            List<CompetencyFile.Block> blocks = DemoReferentials.BY_CFD.get(programme.cfd());
            if (blocks != null) {
                referentials.replace(
                        programme.id(),
                        "Référentiel " + programme.label(),
                        "référentiel de démonstration",
                        blocks,
                        importedAt);
            }
        }
        Writer writer = new Writer(context, zone);
        for (long apprentice : sample(context, access)) {
            for (ContractInfo contract : contracts.contractsOf(apprentice)) {
                if (!contract.startDate().isAfter(context.today())) {
                    writer.booklet(contract, apprentice == (long) context.<Long>shared(DemoKeys.DEMO_APPRENTICE));
                }
            }
            writer.flushIfFull();
        }
        writer.flush();
        context.syncIdentity("booklet.booklet");
        context.syncIdentity("booklet.entry");
        context.syncIdentity("booklet.evaluation");
    }

    /** The apprentices given demo livrets and visits: all up to 5,000, else one in twenty, plus the demo accounts'. */
    static Set<Long> sample(DemoContext context, AccessPolicy access) {
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        Set<Long> sample = new LinkedHashSet<>();
        sample.add(context.<Long>shared(DemoKeys.DEMO_APPRENTICE));
        sample.addAll(linked(access, Role.MENTOR, context.shared(DemoKeys.DEMO_MENTOR)));
        sample.addAll(linked(access, Role.TUTOR, context.shared(DemoKeys.DEMO_TUTOR)));
        int stride = paths.size() <= 5000 ? 1 : 20;
        for (int i = 0; i < paths.size(); i += stride) {
            sample.add(paths.get(i).apprenticeId());
        }
        return sample;
    }

    private static Set<Long> linked(AccessPolicy access, Role role, long personId) {
        return access.scopeOf(new CurrentUser(0, "", "", role, null, null, null, personId))
                .apprenticeIds();
    }

    /** Builds the rows of the sampled livrets and loads them in batches. */
    private final class Writer {

        private static final int BATCH = 20_000;

        private final DemoContext context;
        private final ZoneId zone;
        private final SplittableRandom random;
        private final Map<Long, List<CompetencyInfo>> competencies = new HashMap<>();
        private final Map<Long, String> staffNames = new HashMap<>();
        private final List<Object[]> booklets = new ArrayList<>();
        private final List<Object[]> entries = new ArrayList<>();
        private final List<Object[]> entryCompetencies = new ArrayList<>();
        private final List<Object[]> evaluations = new ArrayList<>();
        private long nextBooklet;
        private long nextEntry;
        private long nextEvaluation;

        Writer(DemoContext context, ZoneId zone) {
            this.context = context;
            this.zone = zone;
            this.random = context.random("booklet");
            this.nextBooklet = context.reserveIds("booklet.booklet", 0);
            this.nextEntry = context.reserveIds("booklet.entry", 0);
            this.nextEvaluation = context.reserveIds("booklet.evaluation", 0);
        }

        void booklet(ContractInfo contract, boolean demoApprentice) {
            EnrolmentInfo enrolment =
                    enrolments.enrolment(contract.enrolmentId()).orElse(null);
            if (enrolment == null) {
                return;
            }
            LocalDate today = context.today();
            ApprenticeInfo apprentice =
                    referential.apprentice(contract.apprenticeId()).orElseThrow();
            MentorInfo mentor = referential.mentor(contract.mentor1Id()).orElseThrow();
            String tutor = enrolment.tutorStaffId() == null ? null : staffName(enrolment.tutorStaffId());
            String lead = referential
                    .programme(enrolment.programmeId())
                    .map(ProgrammeInfo::leadStaffId)
                    .map(this::staffName)
                    .orElse("Responsable de formation");
            long booklet = nextBooklet++;
            Instant lastActivity = null;
            LocalDate submitted = contract.startDate().minusDays(10 + random.nextInt(10));
            Instant missionSubmitted = at(submitted, 10);
            Instant missionDecided = null;
            String decision = null;
            if (contract.startDate().isBefore(today.minusDays(40)) || random.nextInt(4) > 0) {
                LocalDate decided = submitted.plusDays(1 + random.nextInt(random.nextInt(5) == 0 ? 14 : 7));
                if (!decided.isAfter(today)) {
                    missionDecided = at(decided, 16);
                    decision = "VALIDATED";
                }
            }
            LocalDate gridShared = contract.startDate().plusDays(7 + random.nextInt(14));
            List<CompetencyInfo> grid = competenciesOf(enrolment.programmeId());
            LocalDate until = contract.lastDay().isBefore(today) ? contract.lastDay() : today.minusDays(1);
            List<CompanyStay> stays = until.isBefore(contract.startDate())
                    ? List.of()
                    : calendars.companyStaysEnding(contract.id(), contract.startDate(), until);
            for (int i = 0; i < stays.size(); i++) {
                CompanyStay stay = stays.get(i);
                boolean last = i == stays.size() - 1;
                if ((demoApprentice && last) || random.nextInt(100) >= 75) {
                    continue;
                }
                LocalDate posted = stay.end().plusDays(1 + random.nextInt(5));
                if (!posted.isBefore(today)) {
                    continue;
                }
                long entry = nextEntry++;
                entries.add(new Object[] {
                    entry,
                    booklet,
                    contract.id(),
                    contract.apprenticeId(),
                    "PERIOD_RETURN",
                    null,
                    stay.start(),
                    stay.end(),
                    ACTIVITIES[random.nextInt(ACTIVITIES.length)],
                    random.nextInt(3) == 0 ? DIFFICULTIES[random.nextInt(DIFFICULTIES.length)] : null,
                    null,
                    "APPRENTICE",
                    contract.apprenticeId(),
                    apprentice.fullName(),
                    at(posted, 19)
                });
                lastActivity = at(posted, 19);
                if (!grid.isEmpty()) {
                    Set<Long> worked = new LinkedHashSet<>();
                    for (int k = 0; k < 1 + random.nextInt(3); k++) {
                        worked.add(grid.get(random.nextInt(grid.size())).id());
                    }
                    worked.forEach(competency -> entryCompetencies.add(new Object[] {entry, competency}));
                }
                LocalDate replyDay = posted.plusDays(1 + random.nextInt(4));
                if (random.nextInt(100) < 55 && replyDay.isBefore(today)) {
                    entries.add(reply(
                            booklet,
                            contract,
                            entry,
                            "MENTOR",
                            contract.mentor1Id(),
                            mentor.fullName(),
                            MENTOR_REPLIES[random.nextInt(MENTOR_REPLIES.length)],
                            at(replyDay, 12)));
                    lastActivity = at(replyDay, 12);
                }
                LocalDate tutorDay = posted.plusDays(2 + random.nextInt(6));
                if (tutor != null && random.nextInt(100) < 35 && tutorDay.isBefore(today)) {
                    entries.add(reply(
                            booklet,
                            contract,
                            entry,
                            "TUTOR",
                            enrolment.tutorStaffId(),
                            tutor,
                            TUTOR_REPLIES[random.nextInt(TUTOR_REPLIES.length)],
                            at(tutorDay, 17)));
                    lastActivity = latest(lastActivity, at(tutorDay, 17));
                }
            }
            if (!grid.isEmpty()) {
                lastActivity = latest(lastActivity, evaluate(booklet, contract, grid, mentor.fullName(), tutor));
            }
            booklets.add(new Object[] {
                booklet,
                contract.id(),
                contract.apprenticeId(),
                enrolment.programmeId(),
                enrolment.cfaId(),
                enrolment.siteId(),
                gridShared.isAfter(today) ? null : at(gridShared, 9),
                gridShared.isAfter(today) ? null : tutor == null ? lead : tutor,
                MISSION,
                missionSubmitted,
                mentor.fullName(),
                missionDecided,
                decision,
                missionDecided == null ? null : lead,
                lastActivity
            });
        }

        /** Evaluation sittings every three months, by the maître then the trainer, levels rising with time. */
        private Instant evaluate(
                long booklet, ContractInfo contract, List<CompetencyInfo> grid, String mentor, String tutor) {
            Instant last = null;
            LocalDate today = context.today();
            for (LocalDate day = contract.startDate().plusMonths(2);
                    !day.isAfter(today) && !day.isAfter(contract.lastDay());
                    day = day.plusMonths(3)) {
                long months = java.time.temporal.ChronoUnit.MONTHS.between(contract.startDate(), day);
                for (String evaluator : new String[] {"MENTOR", "TRAINER"}) {
                    LocalDate on = evaluator.equals("MENTOR") ? day : day.plusDays(9);
                    if (on.isAfter(today) || (evaluator.equals("TRAINER") && tutor == null)) {
                        continue;
                    }
                    for (CompetencyInfo competency : grid) {
                        int level = (int) Math.max(0, Math.min(3, months / 5 + random.nextInt(3) - 1));
                        evaluations.add(new Object[] {
                            nextEvaluation++,
                            booklet,
                            contract.id(),
                            contract.apprenticeId(),
                            competency.id(),
                            EvaluationLevel.values()[level].name(),
                            evaluator,
                            evaluator.equals("MENTOR") ? mentor : tutor,
                            on,
                            null,
                            at(on, 18)
                        });
                    }
                    last = latest(last, at(on, 18));
                }
            }
            return last;
        }

        private Object[] reply(
                long booklet,
                ContractInfo contract,
                long parent,
                String role,
                long person,
                String name,
                String body,
                Instant at) {
            return new Object[] {
                nextEntry++,
                booklet,
                contract.id(),
                contract.apprenticeId(),
                "REPLY",
                parent,
                null,
                null,
                null,
                null,
                body,
                role,
                person,
                name,
                at
            };
        }

        private List<CompetencyInfo> competenciesOf(long programme) {
            return competencies.computeIfAbsent(programme, referentials::competencies);
        }

        private String staffName(long staff) {
            return staffNames.computeIfAbsent(
                    staff,
                    id -> referential.staffMember(id).map(StaffInfo::fullName).orElse("Formateur"));
        }

        private Instant at(LocalDate day, int hour) {
            return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
        }

        private static Instant latest(Instant a, Instant b) {
            return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        }

        void flushIfFull() {
            if (entries.size() + evaluations.size() > BATCH) {
                flush();
            }
        }

        void flush() {
            context.copy(
                    "booklet.booklet",
                    "id, contract_id, apprentice_id, programme_id, cfa_id, site_id, grid_shared_at, grid_shared_by,"
                            + " mission, mission_submitted_at, mission_submitted_by, mission_decided_at,"
                            + " mission_decision, mission_decided_by, last_activity_at",
                    booklets);
            context.copy(
                    "booklet.entry",
                    "id, booklet_id, contract_id, apprentice_id, kind, parent_id, period_start, period_end,"
                            + " activities, difficulties, body, author_role, author_person_id, author_name, posted_at",
                    entries);
            context.copy("booklet.entry_competency", "entry_id, competency_id", entryCompetencies);
            context.copy(
                    "booklet.evaluation",
                    "id, booklet_id, contract_id, apprentice_id, competency_id, level, evaluator, evaluator_name,"
                            + " evaluated_on, comment, recorded_at",
                    evaluations);
            booklets.clear();
            entries.clear();
            entryCompetencies.clear();
            evaluations.clear();
        }
    }
}
