package org.trio.visit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.platform.mail.Mailer;
import org.trio.shared.InvalidInputException;
import org.trio.visit.DueVisit;
import org.trio.visit.OverdueVisit;
import org.trio.visit.RiskLevel;
import org.trio.visit.VisitActionClosed;
import org.trio.visit.VisitManagement;
import org.trio.visit.VisitReportAcknowledged;
import org.trio.visit.VisitReportFiled;
import org.trio.visit.VisitScheduled;

/**
 * Company visits: planned by the CFA for the contract's due visits, confirmed by the maître and the apprentice,
 * reported (with the actions decided), acknowledged and commented by the trio; every step tells the trio by e-mail
 * and publishes its event, in the same transaction.
 */
@Service
@Transactional
class VisitService implements VisitManagement {

    private static final Log log = LogFactory.getLog(VisitService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Visits visits;
    private final Reports reports;
    private final VisitActions actions;
    private final DuePlanner planner;
    private final ContractManagement contracts;
    private final VisitTrio trio;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    VisitService(
            Visits visits,
            Reports reports,
            VisitActions actions,
            DuePlanner planner,
            ContractManagement contracts,
            VisitTrio trio,
            Mailer mailer,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit) {
        this.visits = visits;
        this.reports = reports;
        this.actions = actions;
        this.planner = planner;
        this.contracts = contracts;
        this.trio = trio;
        this.mailer = mailer;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    long employerOf(long contractId) {
        return contracts.contract(contractId).map(ContractInfo::employerId).orElse(-1L);
    }

    FollowedContract contract(long contractId) {
        return planner.followed(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Visit visit(long visitId) {
        return visits.findById(visitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Report report(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    VisitAction action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    long schedule(CurrentUser user, long contractId, VisitForms.ScheduleForm form) {
        FollowedContract contract = contract(contractId);
        String rule = form.ruleCode() == null || form.ruleCode().isBlank() ? null : form.ruleCode();
        if (rule != null
                && planner.plan(contractId).stream()
                        .noneMatch(due -> due.ruleCode().equals(rule))) {
            throw InvalidInputException.of("ruleCode", "visit.schedule.unknownRule");
        }
        if (form.plannedOn().isBefore(contract.start()) || form.plannedOn().isAfter(contract.lastDay())) {
            throw InvalidInputException.of("plannedOn", "visit.schedule.outsideContract");
        }
        Instant now = clock.instant();
        Visit visit = visits.save(new Visit(
                contract,
                rule,
                form.mode(),
                form.plannedOn(),
                form.plannedTime(),
                user.role().isStaff() ? user.personId() : null,
                form.visitorName().strip(),
                now));
        events.publishEvent(
                new VisitScheduled(visit.id, contractId, contract.apprenticeId(), rule, form.mode(), form.plannedOn()));
        mail(
                contract,
                user,
                "Visite en entreprise prévue le " + DAY.format(form.plannedOn()),
                "Une visite en entreprise est prévue le " + DAY.format(form.plannedOn())
                        + (form.plannedTime() == null ? "" : " à " + form.plannedTime()) + " avec "
                        + form.visitorName().strip() + ". Confirmez-la dans Trio (rubrique Visites).");
        return visit.id;
    }

    void confirm(CurrentUser user, long visitId) {
        visit(visitId).confirm(user.role(), clock.instant());
    }

    void cancel(long visitId) {
        visit(visitId).cancel();
    }

    long fileReport(CurrentUser user, long visitId, VisitForms.ReportForm form) {
        Visit visit = visit(visitId);
        FollowedContract contract = contract(visit.contractId);
        LocalDate today = LocalDate.now(clock);
        if (form.visitedOn().isAfter(today)) {
            throw InvalidInputException.of("visitedOn", "visit.report.future");
        }
        if (form.visitedOn().isBefore(contract.start())) {
            throw InvalidInputException.of("visitedOn", "visit.report.beforeContract");
        }
        List<VisitForms.ActionLine> lines = form.filledActions();
        for (int i = 0; i < lines.size(); i++) {
            VisitForms.ActionLine line = lines.get(i);
            if (line.description() == null || line.description().isBlank()) {
                throw InvalidInputException.of(null, "visit.action.descriptionRequired", i + 1);
            }
            if (line.owner() == null) {
                throw InvalidInputException.of(null, "visit.action.ownerRequired", i + 1);
            }
            if (line.dueOn() == null) {
                throw InvalidInputException.of(null, "visit.action.dueRequired", i + 1);
            }
            if (line.dueOn().isBefore(form.visitedOn())) {
                throw InvalidInputException.of(null, "visit.action.dueBeforeVisit", i + 1);
            }
        }
        visit.done(form.visitedOn());
        Instant now = clock.instant();
        Report report = reports.save(new Report(visit, form, user.displayName(), now));
        for (VisitForms.ActionLine line : lines) {
            actions.save(new VisitAction(report, visit, line.description().strip(), line.owner(), line.dueOn()));
        }
        events.publishEvent(new VisitReportFiled(
                report.id,
                visit.id,
                visit.contractId,
                visit.apprenticeId,
                visit.ruleCode,
                form.visitedOn(),
                form.riskLevel(),
                lines.size()));
        mail(
                contract,
                user,
                "Compte rendu de la visite du " + DAY.format(form.visitedOn()),
                "Le compte rendu de la visite en entreprise du " + DAY.format(form.visitedOn()) + " est disponible"
                        + (lines.isEmpty() ? "" : ", avec " + lines.size() + " action(s) décidée(s)")
                        + ". Prenez-en connaissance dans Trio et confirmez votre lecture.");
        return report.id;
    }

    void acknowledge(CurrentUser user, long reportId) {
        Report report = report(reportId);
        if (user.role() != Role.APPRENTICE && user.role() != Role.MENTOR) {
            throw InvalidInputException.of(null, "visit.acknowledge.role");
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql("insert into visit.acknowledgement (report_id, role, person_id, name, acknowledged_at)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(reportId, user.role().name(), user.personId(), user.displayName(), now.atOffset(ZoneOffset.UTC))
                .update();
        if (inserted > 0) {
            audit.recordRowChange(
                    "visit.acknowledgement",
                    reportId + " " + user.role().name(),
                    report.apprenticeId,
                    Map.of(),
                    Map.of("report_id", reportId, "role", user.role().name(), "name", user.displayName()));
            events.publishEvent(new VisitReportAcknowledged(
                    reportId,
                    report.contractId,
                    report.apprenticeId,
                    user.role().name(),
                    now));
        }
    }

    void comment(CurrentUser user, long reportId, String body) {
        Report report = report(reportId);
        long id = jdbc.sql("insert into visit.report_comment (report_id, author_role, author_person_id, author_name,"
                        + " body, posted_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(
                        reportId,
                        user.role().name(),
                        user.personId(),
                        user.displayName(),
                        body.strip(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        audit.recordRowChange(
                "visit.report_comment",
                id,
                report.apprenticeId,
                Map.of(),
                Map.of("report_id", reportId, "author_name", user.displayName(), "body", body.strip()));
        mail(
                contract(report.contractId),
                user,
                "Commentaire sur le compte rendu de visite",
                user.displayName() + " a commenté le compte rendu de la visite du " + DAY.format(report.visitedOn)
                        + " :\n\n" + body.strip());
    }

    void closeAction(CurrentUser user, long actionId, String note) {
        VisitAction action = action(actionId);
        LocalDate today = LocalDate.now(clock);
        action.close(user.displayName(), note, today);
        events.publishEvent(
                new VisitActionClosed(action.id, action.reportId, action.contractId, action.apprenticeId, today));
    }

    private void mail(FollowedContract contract, CurrentUser author, String subject, String text) {
        for (VisitTrio.Member member : trio.of(contract)) {
            boolean isAuthor = member.role() == author.role() && Objects.equals(member.personId(), author.personId());
            if (isAuthor || member.email() == null || member.email().isBlank()) {
                continue;
            }
            try {
                mailer.send(member.email(), "Trio · " + subject, text, contract.cfaId());
            } catch (IllegalArgumentException unusable) {
                log.warn("Courriel de visite non envoyé : " + unusable.getMessage());
            }
        }
    }

    // Reads for other modules

    @Override
    public List<DueVisit> dueVisits(long contractId) {
        return planner.plan(contractId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverdueVisit> overdueVisits(long cfaId, LocalDate asOf) {
        return jdbc.sql(VisitQueries.OVERDUE + " and d.cfa_id = :cfa order by d.window_end, d.contract_id")
                .param("asOf", asOf)
                .param("cfa", cfaId)
                .query(OverdueVisit.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean trialPeriodVisitDone(long contractId, LocalDate asOf) {
        return jdbc.sql("select exists (select 1 from visit.visit where contract_id = ? and rule_code = 'TRIAL'"
                        + " and status = 'DONE' and done_on <= ?)")
                .params(contractId, asOf)
                .query(Boolean.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RiskLevel> latestRiskLevel(long contractId) {
        return jdbc.sql("select risk_level from visit.report where contract_id = ? order by visited_on desc, id desc"
                        + " limit 1")
                .param(contractId)
                .query(RiskLevel.class)
                .optional();
    }
}
