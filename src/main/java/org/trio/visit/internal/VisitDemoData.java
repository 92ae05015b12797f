package org.trio.visit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffInfo;
import org.trio.visit.DueVisit;

/**
 * Demo visits for the contracts of the same sample of apprentices as the livrets (all up to 5,000, one in twenty
 * above, always the demo accounts'): the due visits of the policy; most closed windows with a visit done and its
 * report (risk mostly low, actions when it is not), some missed (overdue, a few planned late); visits planned in the
 * windows open now. The demo apprentice has a report to acknowledge and a visit to confirm.
 */
@Component
class VisitDemoData implements DemoDataContributor {

    private static final String[][] REPORT_TEXTS = {
        {
            "Bien accueilli dans une équipe de quatre compagnons ; intégré aux pauses et aux réunions de chantier.",
            "Façonnage et pose de réseaux, raccordement d'appareils : conforme au bloc « Réaliser » du référentiel.",
            "Outillage individuel fourni, EPI complets, véhicule de l'entreprise pour les trajets.",
            "Maître d'apprentissage disponible, points réguliers en fin de semaine.",
            "Assidu et ponctuel au CFA comme en entreprise."
        },
        {
            "Intégration correcte mais l'apprenti reste souvent seul sur les petits chantiers.",
            "Missions surtout de manutention ; peu d'activités du référentiel cette période.",
            "Chaussures de sécurité non fournies ; caisse à outils partagée.",
            "Peu de temps d'échange avec le maître, occupé par la gestion de l'entreprise.",
            "Deux absences non justifiées au CFA ce trimestre."
        }
    };
    private static final String[] ACTIONS = {
        "Fournir les chaussures de sécurité et la tenue de travail",
        "Planifier un point hebdomadaire entre le maître et l'apprenti",
        "Confier la réalisation complète d'une salle de bains avec accompagnement",
        "Justifier les absences auprès du secrétariat du CFA",
        "Revoir la lecture de plans en séance de soutien au CFA"
    };
    private static final String[] OWNERS = {"EMPLOYER", "MENTOR", "MENTOR", "APPRENTICE", "TUTOR"};

    private final ContractManagement contracts;
    private final DuePlanner planner;
    private final ReferentialManagement referential;
    private final AccessPolicy access;

    VisitDemoData(
            ContractManagement contracts, DuePlanner planner, ReferentialManagement referential, AccessPolicy access) {
        this.contracts = contracts;
        this.planner = planner;
        this.referential = referential;
        this.access = access;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public void contribute(DemoContext context) {
        Writer writer = new Writer(context);
        long demoApprentice = context.shared(DemoKeys.DEMO_APPRENTICE);
        List<PolicyRule> rules = planner.rules();
        for (long apprentice : sample(context)) {
            for (ContractInfo contract : contracts.contractsOf(apprentice)) {
                if (!contract.startDate().isAfter(context.today())) {
                    planner.followed(contract.id())
                            .ifPresent(followed -> writer.contract(
                                    followed, planner.compute(followed, rules), apprentice == demoApprentice));
                }
            }
            writer.flushIfFull();
        }
        writer.flush();
        for (String table : List.of("visit.due_visit", "visit.visit", "visit.report", "visit.action")) {
            context.syncIdentity(table);
        }
    }

    private Set<Long> sample(DemoContext context) {
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        Set<Long> sample = new LinkedHashSet<>();
        sample.add(context.<Long>shared(DemoKeys.DEMO_APPRENTICE));
        sample.addAll(linked(Role.MENTOR, context.shared(DemoKeys.DEMO_MENTOR)));
        sample.addAll(linked(Role.TUTOR, context.shared(DemoKeys.DEMO_TUTOR)));
        int stride = paths.size() <= 5000 ? 1 : 20;
        for (int i = 0; i < paths.size(); i += stride) {
            sample.add(paths.get(i).apprenticeId());
        }
        return sample;
    }

    private Set<Long> linked(Role role, long personId) {
        return access.scopeOf(new CurrentUser(0, "", "", role, null, null, null, personId))
                .apprenticeIds();
    }

    /** Builds the rows and loads them in batches. */
    private final class Writer {

        private static final int BATCH = 20_000;
        private final DemoContext context;
        private final SplittableRandom random;
        private final ZoneId zone = ZoneId.of("Europe/Paris");
        private final Map<Long, String> names = new HashMap<>();
        private final List<Object[]> due = new ArrayList<>();
        private final List<Object[]> visits = new ArrayList<>();
        private final List<Object[]> reports = new ArrayList<>();
        private final List<Object[]> actions = new ArrayList<>();
        private final List<Object[]> acknowledgements = new ArrayList<>();
        private long nextDue;
        private long nextVisit;
        private long nextReport;
        private long nextAction;

        Writer(DemoContext context) {
            this.context = context;
            this.random = context.random("visits");
            nextDue = context.reserveIds("visit.due_visit", 0);
            nextVisit = context.reserveIds("visit.visit", 0);
            nextReport = context.reserveIds("visit.report", 0);
            nextAction = context.reserveIds("visit.action", 0);
        }

        void contract(FollowedContract contract, List<DueVisit> dueVisits, boolean demoApprentice) {
            LocalDate today = context.today();
            String visitor = contract.tutorStaffId() == null ? "Formateur référent" : name(contract.tutorStaffId());
            boolean planned = false;
            boolean reported = false;
            int position = 0;
            for (DueVisit dueVisit : dueVisits) {
                due.add(new Object[] {
                    nextDue++,
                    contract.contractId(),
                    contract.apprenticeId(),
                    contract.cfaId(),
                    contract.siteId(),
                    contract.tutorStaffId(),
                    dueVisit.ruleCode(),
                    dueVisit.label(),
                    dueVisit.windowStart(),
                    dueVisit.windowEnd(),
                    position++
                });
                if (dueVisit.windowEnd().isBefore(today)) {
                    if (demoApprentice || random.nextInt(100) < 78) {
                        long span = ChronoUnit.DAYS.between(dueVisit.windowStart(), dueVisit.windowEnd());
                        LocalDate on = dueVisit.windowStart().plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
                        done(contract, dueVisit.ruleCode(), on, visitor, demoApprentice);
                        reported = true;
                    } else if (random.nextInt(100) < 30) {
                        visit(contract, dueVisit.ruleCode(), today.plusDays(3 + random.nextInt(20)), visitor, false);
                        planned = true;
                    }
                } else if (!dueVisit.windowStart().isAfter(today)) {
                    long left = ChronoUnit.DAYS.between(today, dueVisit.windowEnd());
                    if (demoApprentice && !reported && dueVisit.windowStart().isBefore(today.minusDays(3))) {
                        done(contract, dueVisit.ruleCode(), today.minusDays(3), visitor, true);
                        reported = true;
                    } else if (demoApprentice || random.nextInt(100) < 50) {
                        if (left >= 3) {
                            visit(
                                    contract,
                                    dueVisit.ruleCode(),
                                    today.plusDays(3 + random.nextLong(left - 2)),
                                    visitor,
                                    false);
                            planned = true;
                        }
                    } else if (random.nextInt(100) < 20
                            && dueVisit.windowStart().isBefore(today.minusDays(10))) {
                        done(contract, dueVisit.ruleCode(), today.minusDays(1 + random.nextInt(9)), visitor, false);
                    }
                }
            }
            if (demoApprentice && !planned && !today.plusDays(7).isAfter(contract.lastDay())) {
                visit(contract, null, today.plusDays(7), visitor, false);
            }
        }

        private long visit(FollowedContract contract, String rule, LocalDate on, String visitor, boolean done) {
            long id = nextVisit++;
            String mode = random.nextInt(10) < 7 ? "ON_SITE" : random.nextBoolean() ? "VIDEO" : "PHONE";
            visits.add(new Object[] {
                id,
                contract.contractId(),
                contract.apprenticeId(),
                contract.cfaId(),
                contract.siteId(),
                rule,
                mode,
                on,
                LocalTime.of(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30),
                contract.tutorStaffId(),
                visitor,
                done ? "DONE" : "PLANNED",
                done ? on : null,
                done ? at(on.minusDays(3), 20) : null,
                at(on.minusDays(10), 8)
            });
            return id;
        }

        private void done(FollowedContract contract, String rule, LocalDate on, String visitor, boolean demo) {
            long visit = visit(contract, rule, on, visitor, true);
            int draw = random.nextInt(100);
            String risk = demo ? "MEDIUM" : draw < 70 ? "LOW" : draw < 92 ? "MEDIUM" : "HIGH";
            String[] texts = REPORT_TEXTS[risk.equals("LOW") ? 0 : 1];
            long report = nextReport++;
            reports.add(new Object[] {
                report,
                visit,
                contract.contractId(),
                contract.apprenticeId(),
                on,
                texts[0],
                texts[1],
                texts[2],
                texts[3],
                texts[4],
                risk.equals("LOW") ? null : "Écart entre les missions confiées et la formation.",
                risk,
                at(on.plusDays(1), 18),
                visitor
            });
            if (!risk.equals("LOW")) {
                for (int i = 0; i < 1 + random.nextInt(2); i++) {
                    int kind = random.nextInt(ACTIONS.length);
                    LocalDate dueOn = on.plusDays(14 + random.nextInt(30));
                    boolean closed = !demo && dueOn.isBefore(context.today().minusDays(5)) && random.nextInt(10) < 6;
                    actions.add(new Object[] {
                        nextAction++,
                        report,
                        contract.contractId(),
                        contract.apprenticeId(),
                        contract.cfaId(),
                        contract.siteId(),
                        ACTIONS[kind],
                        OWNERS[kind],
                        dueOn,
                        closed ? dueOn.minusDays(2) : null,
                        closed ? visitor : null,
                        closed ? "Fait." : null
                    });
                }
            }
            if (!demo && random.nextInt(10) < 6) {
                acknowledgements.add(new Object[] {
                    report, "MENTOR", contract.mentor1Id(), mentorName(contract.mentor1Id()), at(on.plusDays(3), 12)
                });
                acknowledgements.add(new Object[] {
                    report, "APPRENTICE", contract.apprenticeId(), "Apprenti(e)", at(on.plusDays(2), 19)
                });
            }
        }

        private String name(long staff) {
            return names.computeIfAbsent(
                    staff,
                    id -> referential.staffMember(id).map(StaffInfo::fullName).orElse("Formateur référent"));
        }

        private String mentorName(long mentor) {
            return names.computeIfAbsent(
                    -mentor,
                    id -> referential
                            .mentor(mentor)
                            .map(found -> found.fullName())
                            .orElse("Maître d'apprentissage"));
        }

        private Instant at(LocalDate day, int hour) {
            return day.atTime(hour, 0).atZone(zone).toInstant();
        }

        void flushIfFull() {
            if (due.size() + visits.size() > BATCH) {
                flush();
            }
        }

        void flush() {
            context.copy(
                    "visit.due_visit",
                    "id, contract_id, apprentice_id, cfa_id, site_id, tutor_staff_id, rule_code, label, window_start,"
                            + " window_end, position",
                    due);
            context.copy(
                    "visit.visit",
                    "id, contract_id, apprentice_id, cfa_id, site_id, rule_code, mode, planned_on, planned_time,"
                            + " visitor_staff_id, visitor_name, status, done_on, mentor_confirmed_at, created_at",
                    visits);
            context.copy(
                    "visit.report",
                    "id, visit_id, contract_id, apprentice_id, visited_on, integration, missions, means, relationship,"
                            + " attendance, difficulties, risk_level, filed_at, filed_by",
                    reports);
            context.copy(
                    "visit.action",
                    "id, report_id, contract_id, apprentice_id, cfa_id, site_id, description, owner, due_on,"
                            + " closed_on, closed_by, closing_note",
                    actions);
            context.copy(
                    "visit.acknowledgement", "report_id, role, person_id, name, acknowledged_at", acknowledgements);
            due.clear();
            visits.clear();
            reports.clear();
            actions.clear();
            acknowledgements.clear();
        }
    }
}
