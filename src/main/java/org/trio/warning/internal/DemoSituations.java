package org.trio.warning.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoKeys;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.SituationOutcome;
import org.trio.warning.SituationStage;

/**
 * The demo's signals and situations: about 7 % of the apprentices under contract have a situation — new (to triage),
 * in progress (triaged, actions done with their reports, others planned, some late) or closed — with one to three
 * signals from trainers, CJE calls, maîtres and apprentices; the calls left undone raise their overdue signals; recent
 * signals have notified the team; some high scores have been reviewed.
 */
@Component
class DemoSituations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int SHARE_PER_THOUSAND = 70;
    /** The CFA of the demo accounts shows more situations, and one of each stage first. */
    private static final int DEMO_CFA_SHARE_PER_THOUSAND = 150;

    private static final SituationStage[] DEMO_CFA_FIRST_STAGES = {
        SituationStage.NEW,
        SituationStage.IN_PROGRESS,
        SituationStage.CLOSED,
        SituationStage.IN_PROGRESS,
        SituationStage.NEW,
        SituationStage.IN_PROGRESS
    };
    private static final SignalCategory[] PEOPLE_CATEGORIES = {
        SignalCategory.ABSENCES,
        SignalCategory.ABSENCES,
        SignalCategory.ABSENCES,
        SignalCategory.ABSENCES,
        SignalCategory.ABSENCES,
        SignalCategory.COMPANY_CONFLICT,
        SignalCategory.COMPANY_CONFLICT,
        SignalCategory.COMPANY_CONFLICT,
        SignalCategory.COMPANY_CONFLICT,
        SignalCategory.BEHAVIOUR,
        SignalCategory.BEHAVIOUR,
        SignalCategory.BEHAVIOUR,
        SignalCategory.PEDAGOGY,
        SignalCategory.PEDAGOGY,
        SignalCategory.PEDAGOGY,
        SignalCategory.ORIENTATION,
        SignalCategory.ORIENTATION,
        SignalCategory.SOCIAL,
        SignalCategory.SOCIAL,
        SignalCategory.OTHER
    };

    /** The actions of a showcase situation: a family call done, then an interview (ADCP) and a visit (CJE) planned. */
    private static final SituationAction.Kind[] SHOWCASE_KINDS = {
        SituationAction.Kind.FAMILY_CALL, SituationAction.Kind.FAMILY_INTERVIEW, SituationAction.Kind.COMPANY_VISIT
    };

    private static final String SITUATION_COLUMNS = "id, apprentice_id, network_id, cfa_id, site_id, opened_on,"
            + " opened_at, stage, priority, assessment, social_assessment, triaged_by, triaged_at, outcome, closing_note,"
            + " closed_on, closed_by";
    private static final String SIGNAL_COLUMNS = "id, apprentice_id, network_id, cfa_id, site_id, situation_id,"
            + " category, origin, summary, detail, evidence_label, evidence_url, observed_on, raised_at, raised_by,"
            + " raised_by_staff_id, dedup_key, acknowledged";
    private static final String ACTION_COLUMNS = "id, situation_id, kind, description, confidential, owner_staff_id,"
            + " due_date, status, decided_by, decided_at, report, result, done_on, reported_by, report_sent_to";
    private static final String NOTIFICATION_COLUMNS =
            "recipient_staff_id, apprentice_id, title, body, link, created_at, read_at";
    private static final String REVIEW_COLUMNS =
            "apprentice_id, cfa_id, reviewed_on, reviewed_at, reviewer, score," + " factors, decision, note";

    private final ReferentialManagement referential;
    private final WarningSettings settings;
    private final WarningTexts texts;

    DemoSituations(ReferentialManagement referential, WarningSettings settings, WarningTexts texts) {
        this.referential = referential;
        this.settings = settings;
        this.texts = texts;
    }

    /** The staff of a CFA by function, and names of staff members already looked up. */
    private final class Staff {

        private final Map<String, List<StaffInfo>> byFunction = new HashMap<>();
        private final Map<Long, String> names = new HashMap<>();

        List<StaffInfo> of(long cfa, StaffFunction function) {
            List<StaffInfo> staff =
                    byFunction.computeIfAbsent(cfa + ":" + function, key -> referential.staffOfCfa(cfa, function));
            staff.forEach(member -> names.put(member.id(), member.fullName()));
            return staff;
        }

        /** The first of a function (the demo account's person when the CFA has the demo accounts). */
        @Nullable
        Long first(long cfa, StaffFunction function) {
            List<StaffInfo> staff = of(cfa, function);
            return staff.isEmpty() ? null : staff.get(0).id();
        }

        String name(@Nullable Long id) {
            if (id == null) {
                return texts.get("warning.origin.staff");
            }
            return names.computeIfAbsent(
                    id,
                    key -> referential.staffMember(key).map(StaffInfo::fullName).orElse("—"));
        }

        SignalRouting.Team team(long cfa, @Nullable Long tutor) {
            return new SignalRouting.Team(
                    ids(cfa, StaffFunction.DIRECTOR),
                    ids(cfa, StaffFunction.SECRETARIAT),
                    ids(cfa, StaffFunction.DEPUTY_PEDAGOGY),
                    ids(cfa, StaffFunction.DEPUTY_SOCIAL),
                    ids(cfa, StaffFunction.PLACEMENT_ADVISOR),
                    tutor);
        }

        private List<Long> ids(long cfa, StaffFunction function) {
            return of(cfa, function).stream().map(StaffInfo::id).toList();
        }
    }

    /** Rows waiting for COPY and the ids to give them. */
    private static final class Batch {
        final List<Object[]> situations = new ArrayList<>();
        final List<Object[]> signals = new ArrayList<>();
        final List<Object[]> actions = new ArrayList<>();
        final List<Object[]> notifications = new ArrayList<>();
        final List<Object[]> pendingNotices = new ArrayList<>();
        long nextSituation;
        long nextSignal;
        long nextAction;
    }

    void generate(
            DemoContext context,
            List<WarningDemoData.Followed> inForce,
            List<long[]> lateCalls,
            Map<Long, Long> advisorOfContract,
            List<WarningDemoData.WithoutContract> withoutContract) {
        SplittableRandom random = context.random("warning-situations");
        LocalDate today = context.today();
        Staff staff = new Staff();
        Batch batch = new Batch();
        batch.nextSituation = context.reserveIds("warning.situation", 0);
        batch.nextSignal = context.reserveIds("warning.signal", 0);
        batch.nextAction = context.reserveIds("warning.situation_action", 0);
        Map<Long, long[]> open = new HashMap<>();
        Map<Long, WarningDemoData.Followed> byApprentice = new HashMap<>();
        long demoCfa = ((long[]) context.shared(org.trio.platform.demo.DemoKeys.CFAS))[0];
        Long demoTutor = context.has(DemoKeys.DEMO_TUTOR) ? context.shared(DemoKeys.DEMO_TUTOR) : null;
        Long demoApprentice = context.has(DemoKeys.DEMO_APPRENTICE) ? context.shared(DemoKeys.DEMO_APPRENTICE) : null;
        boolean tutorServed = false;
        int demoCfaSituations = 0;
        for (WarningDemoData.Followed followed : inForce) {
            byApprentice.put(followed.contract().apprenticeId(), followed);
            boolean inDemoCfa = followed.cfaId() == demoCfa;
            // The demo trainer follows one situation of a tutored apprentice (not the demo apprentice's).
            boolean forTutor = inDemoCfa
                    && !tutorServed
                    && demoTutor != null
                    && demoTutor.equals(followed.tutorStaffId())
                    && !Long.valueOf(followed.contract().apprenticeId()).equals(demoApprentice);
            if (!forTutor && random.nextInt(1000) >= (inDemoCfa ? DEMO_CFA_SHARE_PER_THOUSAND : SHARE_PER_THOUSAND)) {
                continue;
            }
            tutorServed |= forTutor;
            SituationStage forced = forTutor
                    ? SituationStage.IN_PROGRESS
                    : inDemoCfa && demoCfaSituations < DEMO_CFA_FIRST_STAGES.length
                            ? DEMO_CFA_FIRST_STAGES[demoCfaSituations]
                            : null;
            if (inDemoCfa) {
                demoCfaSituations++;
            }
            situation(batch, staff, random, followed, advisorOfContract, today, open, forced);
            if (batch.signals.size() >= 20_000) {
                flush(context, batch, today);
            }
        }
        for (long[] call : lateCalls) {
            LocalDate due = LocalDate.ofEpochDay(call[2]);
            WarningDemoData.Followed followed = byApprentice.get(call[1]);
            if (followed == null || !TimeRules.callOverdue(due, today, 7)) {
                continue;
            }
            overdue(batch, staff, followed, call[0], due, advisorOfContract.get(call[3]), today, open);
        }
        for (WarningDemoData.WithoutContract young : withoutContract) {
            noContract(batch, staff, young, today, open);
        }
        flush(context, batch, today);
        context.syncIdentity("warning.situation");
        context.syncIdentity("warning.signal");
        context.syncIdentity("warning.situation_action");
    }

    private void situation(
            Batch batch,
            Staff staff,
            SplittableRandom random,
            WarningDemoData.Followed followed,
            Map<Long, Long> advisorOfContract,
            LocalDate today,
            Map<Long, long[]> open,
            @Nullable SituationStage forced) {
        long apprentice = followed.contract().apprenticeId();
        long cfa = followed.cfaId();
        int roll = random.nextInt(100);
        SituationStage stage = forced != null
                ? forced
                : roll < 25 ? SituationStage.NEW : roll < 70 ? SituationStage.IN_PROGRESS : SituationStage.CLOSED;
        LocalDate opened = switch (stage) {
            case NEW -> today.minusDays(random.nextInt(10));
            case IN_PROGRESS -> today.minusDays(10 + random.nextInt(50));
            case CLOSED -> today.minusDays(60 + random.nextInt(60));
        };
        if (opened.isBefore(followed.contract().startDate())) {
            opened = followed.contract().startDate().plusDays(random.nextInt(5));
            if (opened.isAfter(today)) {
                return;
            }
            if (stage == SituationStage.CLOSED) {
                stage = SituationStage.IN_PROGRESS;
            }
        }
        long situation = batch.nextSituation++;
        Long adcp = staff.first(cfa, StaffFunction.DEPUTY_PEDAGOGY);
        Long ase = staff.first(cfa, StaffFunction.DEPUTY_SOCIAL);
        Long advisor = advisorOfContract.get(followed.contract().id());
        LocalDate closed = stage == SituationStage.CLOSED ? opened.plusDays(20 + random.nextInt(30)) : null;
        if (closed != null && closed.isAfter(today)) {
            closed = today;
        }
        LocalDate lastDay = closed == null ? today : closed;
        int count = 1 + random.nextInt(3);
        boolean social = false;
        for (int i = 0; i < count; i++) {
            SignalCategory category = PEOPLE_CATEGORIES[random.nextInt(PEOPLE_CATEGORIES.length)];
            social |= category.isSocial();
            LocalDate observed = i == 0
                    ? opened
                    : opened.plusDays(
                            random.nextInt((int) Math.max(1, lastDay.toEpochDay() - opened.toEpochDay() + 1)));
            SignalOrigin origin = DemoPhrases.origin(category, random);
            Long by = switch (origin) {
                case TRAINER -> followed.tutorStaffId();
                case COMPANY_CALL -> advisor;
                case STAFF -> adcp;
                default -> null;
            };
            String author = switch (origin) {
                case MENTOR -> texts.get("warning.demo.mentor");
                case APPRENTICE -> texts.get("warning.demo.apprentice");
                default -> staff.name(by);
            };
            boolean acknowledged = stage != SituationStage.NEW && (i < count - 1 || random.nextInt(5) > 0);
            Object[] signal = {
                batch.nextSignal++,
                apprentice,
                followed.networkId(),
                cfa,
                followed.siteId(),
                situation,
                category.name(),
                origin.name(),
                DemoPhrases.pick(DemoPhrases.SUMMARIES.get(category), random),
                DemoPhrases.pick(DemoPhrases.DETAILS, random),
                null,
                null,
                observed,
                observed.atTime(9 + random.nextInt(8), random.nextInt(60)).atOffset(ZoneOffset.UTC),
                author,
                by,
                null,
                acknowledged
            };
            batch.signals.add(signal);
            notice(batch, staff, signal, category, followed.cfaId(), followed.tutorStaffId(), by, today);
        }
        Situation.Priority priority = null;
        String assessment = null;
        String socialAssessment = null;
        String triagedBy = null;
        OffsetDateTime triagedAt = null;
        if (stage != SituationStage.NEW) {
            priority = Situation.Priority.values()[random.nextInt(3)];
            assessment = DemoPhrases.pick(DemoPhrases.ASSESSMENTS, random);
            socialAssessment = social ? texts.get("warning.demo.socialAssessment") : null;
            Long triager = social ? ase : random.nextBoolean() ? adcp : advisor;
            triagedBy = staff.name(triager);
            triagedAt = opened.plusDays(2).atTime(14, 0).atOffset(ZoneOffset.UTC);
            actions(
                    batch,
                    staff,
                    random,
                    situation,
                    followed,
                    stage,
                    opened,
                    today,
                    social,
                    triagedBy,
                    advisor,
                    forced == SituationStage.IN_PROGRESS);
        }
        SituationOutcome outcome = stage == SituationStage.CLOSED
                ? (random.nextInt(100) < 85 ? SituationOutcome.RESOLVED : SituationOutcome.REORIENTATION)
                : null;
        batch.situations.add(new Object[] {
            situation,
            apprentice,
            followed.networkId(),
            cfa,
            followed.siteId(),
            opened,
            opened.atTime(9, 0).atOffset(ZoneOffset.UTC),
            stage.name(),
            priority == null ? null : priority.name(),
            assessment,
            socialAssessment,
            triagedBy,
            triagedAt,
            outcome == null ? null : outcome.name(),
            outcome == null ? null : DemoPhrases.CLOSING_NOTES.get(outcome == SituationOutcome.RESOLVED ? 0 : 2),
            closed,
            closed == null ? null : triagedBy
        });
        if (stage != SituationStage.CLOSED) {
            open.put(apprentice, new long[] {situation});
        }
    }

    private void actions(
            Batch batch,
            Staff staff,
            SplittableRandom random,
            long situation,
            WarningDemoData.Followed followed,
            SituationStage stage,
            LocalDate opened,
            LocalDate today,
            boolean social,
            String decidedBy,
            @Nullable Long advisor,
            boolean showcase) {
        long cfa = followed.cfaId();
        int count = showcase ? 3 + (social ? 1 : 0) : 1 + random.nextInt(2) + (social ? 1 : 0);
        for (int i = 0; i < count; i++) {
            boolean socialAction = social && i == count - 1;
            SituationAction.Kind kind = socialAction
                    ? SituationAction.Kind.SOCIAL_WORKER
                    : showcase ? SHOWCASE_KINDS[i] : SituationAction.Kind.values()[random.nextInt(4)];
            Long owner = switch (kind) {
                case COMPANY_VISIT -> advisor != null ? advisor : staff.first(cfa, StaffFunction.PLACEMENT_ADVISOR);
                case TRAINERS_MEETING ->
                    followed.tutorStaffId() != null
                            ? followed.tutorStaffId()
                            : staff.first(cfa, StaffFunction.DEPUTY_PEDAGOGY);
                case FAMILY_CALL, SOCIAL_WORKER -> staff.first(cfa, StaffFunction.DEPUTY_SOCIAL);
                default -> staff.first(cfa, StaffFunction.DEPUTY_PEDAGOGY);
            };
            if (owner == null) {
                continue;
            }
            LocalDate decided = opened.plusDays(2);
            boolean done = stage == SituationStage.CLOSED || (i == 0 && (showcase || random.nextInt(3) > 0));
            LocalDate due = done ? decided.plusDays(3 + random.nextInt(10)) : today.plusDays(random.nextInt(30) - 10);
            if (due.isBefore(decided)) {
                due = decided.plusDays(1);
            }
            LocalDate doneOn = done ? (due.isAfter(today) ? today : due) : null;
            String description = socialAction
                    ? texts.get("warning.demo.socialAction")
                    : DemoPhrases.ACTION_DESCRIPTIONS.get(Math.min(kind.ordinal(), 3));
            String report = done
                    ? (socialAction
                            ? texts.get("warning.demo.socialReport")
                            : DemoPhrases.REPORTS.get(Math.min(kind.ordinal(), 3)))
                    : null;
            batch.actions.add(new Object[] {
                batch.nextAction++,
                situation,
                kind.name(),
                description,
                socialAction,
                owner,
                due,
                done ? "DONE" : "PLANNED",
                decidedBy,
                decided.atTime(15, 0).atOffset(ZoneOffset.UTC),
                report,
                done ? SituationAction.Result.values()[random.nextInt(2)].name() : null,
                doneOn,
                done ? staff.name(owner) : null,
                done ? texts.get("warning.report.sent.team", 6) : null
            });
        }
    }

    private void overdue(
            Batch batch,
            Staff staff,
            WarningDemoData.Followed followed,
            long callId,
            LocalDate due,
            @Nullable Long advisor,
            LocalDate today,
            Map<Long, long[]> open) {
        long apprentice = followed.contract().apprenticeId();
        LocalDate observed = due.plusDays(8).isAfter(today) ? today : due.plusDays(8);
        long[] situation = open.get(apprentice);
        if (situation == null) {
            situation = new long[] {batch.nextSituation++};
            open.put(apprentice, situation);
            batch.situations.add(new Object[] {
                situation[0],
                apprentice,
                followed.networkId(),
                followed.cfaId(),
                followed.siteId(),
                observed,
                observed.atTime(6, 0).atOffset(ZoneOffset.UTC),
                SituationStage.NEW.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null
            });
        }
        Object[] signal = {
            batch.nextSignal++,
            apprentice,
            followed.networkId(),
            followed.cfaId(),
            followed.siteId(),
            situation[0],
            SignalCategory.CALL_OVERDUE.name(),
            SignalOrigin.RULE.name(),
            texts.get(
                    "warning.rule.call-overdue",
                    due.format(DAY),
                    advisor == null ? texts.get("warning.call.unassigned") : staff.name(advisor)),
            null,
            texts.get("warning.rule.call-overdue.evidence"),
            "/warning/contracts/" + followed.contract().id() + "/calls",
            observed,
            observed.atTime(6, 0).atOffset(ZoneOffset.UTC),
            texts.get("warning.rule.name"),
            null,
            "CALL_OVERDUE:" + callId,
            false
        };
        batch.signals.add(signal);
        notice(
                batch,
                staff,
                signal,
                SignalCategory.CALL_OVERDUE,
                followed.cfaId(),
                followed.tutorStaffId(),
                null,
                today);
    }

    /** The no-contract signal the daily rule would have raised, with the same key, on the day it was due. */
    private void noContract(
            Batch batch, Staff staff, WarningDemoData.WithoutContract young, LocalDate today, Map<Long, long[]> open) {
        FollowUp.Enrolment enrolment = young.enrolment();
        TimeRules.NoContractRun run = young.run();
        LocalDate observed = young.due().isAfter(today) ? today : young.due();
        long apprentice = enrolment.apprenticeId();
        long[] situation = open.get(apprentice);
        if (situation == null) {
            situation = new long[] {batch.nextSituation++};
            open.put(apprentice, situation);
            batch.situations.add(new Object[] {
                situation[0],
                apprentice,
                enrolment.networkId(),
                enrolment.cfaId(),
                enrolment.siteId(),
                observed,
                observed.atTime(6, 0).atOffset(ZoneOffset.UTC),
                SituationStage.NEW.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null
            });
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(run.since(), observed) + 1;
        Object[] signal = {
            batch.nextSignal++,
            apprentice,
            enrolment.networkId(),
            enrolment.cfaId(),
            enrolment.siteId(),
            situation[0],
            SignalCategory.NO_CONTRACT.name(),
            SignalOrigin.RULE.name(),
            texts.get(
                    run.afterContract() ? "warning.rule.no-contract.after" : "warning.rule.no-contract.never",
                    run.since().format(DAY),
                    days),
            null,
            texts.get("warning.rule.no-contract.evidence"),
            "/warning/apprentices/" + apprentice,
            observed,
            observed.atTime(6, 0).atOffset(ZoneOffset.UTC),
            texts.get("warning.rule.name"),
            null,
            "NO_CONTRACT:" + enrolment.enrolmentId() + ":" + run.since(),
            false
        };
        batch.signals.add(signal);
        notice(
                batch,
                staff,
                signal,
                SignalCategory.NO_CONTRACT,
                enrolment.cfaId(),
                enrolment.tutorStaffId(),
                null,
                today);
    }

    /** Remembers the notifications of a recent signal; they are written once the apprentices' names are known. */
    private void notice(
            Batch batch,
            Staff staff,
            Object[] signal,
            SignalCategory category,
            long cfa,
            @Nullable Long tutor,
            @Nullable Long by,
            LocalDate today) {
        LocalDate observed = (LocalDate) signal[12];
        if (observed.isBefore(today.minusDays(14))) {
            return;
        }
        for (SignalRouting.Recipient recipient : SignalRouting.route(category, staff.team(cfa, tutor), by)) {
            batch.pendingNotices.add(new Object[] {recipient, signal, category});
        }
    }

    private void flush(DemoContext context, Batch batch, LocalDate today) {
        Set<Long> apprentices = new HashSet<>();
        batch.pendingNotices.forEach(notice -> apprentices.add((Long) ((Object[]) notice[1])[1]));
        Map<Long, String> names = new HashMap<>();
        referential.apprentices(apprentices).forEach((id, info) -> names.put(id, info.fullName()));
        for (Object[] notice : batch.pendingNotices) {
            SignalRouting.Recipient recipient = (SignalRouting.Recipient) notice[0];
            Object[] signal = (Object[]) notice[1];
            SignalCategory category = (SignalCategory) notice[2];
            String name = names.getOrDefault((Long) signal[1], "#" + signal[1]);
            String purpose = recipient.purpose().name().toLowerCase(Locale.ROOT);
            String title = category.isSocial()
                    ? texts.get("warning.notify.signal.social.title", name)
                    : texts.get("warning.notify.signal.title", texts.get(category.messageKey()), name);
            String body = category.isSocial()
                    ? texts.get("warning.notify.signal.social.body." + purpose, name)
                    : texts.get(
                            "warning.notify.signal.body." + purpose, name, texts.get(category.messageKey()), signal[8]);
            OffsetDateTime at = (OffsetDateTime) signal[13];
            boolean read = at.toLocalDate().isBefore(today.minusDays(3)) && ((Long) signal[0]) % 2 == 0;
            batch.notifications.add(new Object[] {
                recipient.staffId(),
                signal[1],
                title,
                body,
                "/warning/situations/" + signal[5],
                at,
                read ? at.plusHours(5) : null
            });
        }
        context.copy("warning.situation", SITUATION_COLUMNS, batch.situations);
        context.copy("warning.signal", SIGNAL_COLUMNS, batch.signals);
        context.copy("warning.situation_action", ACTION_COLUMNS, batch.actions);
        context.copy("warning.notification", NOTIFICATION_COLUMNS, batch.notifications);
        batch.situations.clear();
        batch.signals.clear();
        batch.actions.clear();
        batch.notifications.clear();
        batch.pendingNotices.clear();
    }

    /** Some apprentices at high risk without a situation were reviewed by the ADCP: "seen, no action". */
    void reviews(DemoContext context, LocalDate today) {
        SplittableRandom random = context.random("warning-reviews");
        Staff staff = new Staff();
        record AtRisk(long apprenticeId, long cfaId, long networkId, int score, int socialPoints, String factors) {}
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Integer> thresholds = new HashMap<>();
        context
                .jdbc()
                .sql("select apprentice_id, cfa_id, network_id, score, social_points, factors from warning.risk_score r"
                        + " where not exists (select 1 from warning.situation s where s.apprentice_id = r.apprentice_id"
                        + " and s.stage <> 'CLOSED') order by apprentice_id")
                .query(AtRisk.class)
                .stream()
                .forEach(risk -> {
                    int threshold = thresholds.computeIfAbsent(
                            risk.networkId(), network -> settings.threshold(Threshold.HIGH_RISK_SCORE, network, today));
                    if (risk.score() - risk.socialPoints() < threshold || random.nextInt(10) >= 3) {
                        return;
                    }
                    Set<RiskFactor> factors = RiskScoring.decode(risk.factors());
                    factors.removeIf(RiskFactor::isSocial);
                    LocalDate day = today.minusDays(random.nextInt(20));
                    rows.add(new Object[] {
                        risk.apprenticeId(),
                        risk.cfaId(),
                        day,
                        day.atTime(11, 0).atOffset(ZoneOffset.UTC),
                        staff.name(staff.first(risk.cfaId(), StaffFunction.DEPUTY_PEDAGOGY)),
                        risk.score() - risk.socialPoints(),
                        RiskScoring.encode(factors),
                        RiskReview.Decision.NO_ACTION.name(),
                        texts.get("warning.demo.reviewNote")
                    });
                });
        context.copy("warning.risk_review", REVIEW_COLUMNS, rows);
    }
}
