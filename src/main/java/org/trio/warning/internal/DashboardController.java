package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.access.AccessPolicy;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.document.ExportFormat;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.Paging;
import org.trio.shared.DateRange;

/**
 * The direction's dashboard of the early warning: open situations by age, late actions, apprentices at high risk
 * without a situation, calls due this week; charts and lists, exported to XLSX (all lists) or CSV (one list).
 */
@Controller
@PreAuthorize(Roles.DIRECTION)
class DashboardController {

    /** Ages of open situations, in days: up to 14, 30, 60, beyond. */
    static final int[] AGE_LIMITS = {14, 30, 60};

    private static final int LIST_SIZE = 20;

    private final WarningQueries queries;
    private final WarningSettings settings;
    private final Names names;
    private final AccessPolicy policy;
    private final TableExports exports;
    private final WarningTexts texts;
    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardController(
            WarningQueries queries,
            WarningSettings settings,
            Names names,
            AccessPolicy policy,
            TableExports exports,
            WarningTexts texts,
            JdbcClient jdbc,
            Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.names = names;
        this.policy = policy;
        this.exports = exports;
        this.texts = texts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/warning/dashboard")
    String dashboard(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        ApprenticeScope scope = policy.scopeOf(user);
        boolean social = Actor.readsSocial(user.role());
        int threshold = settings.threshold(Threshold.HIGH_RISK_SCORE, user.networkId(), today);
        long[] ages = ages(scope, today);
        model.addAttribute("today", today);
        model.addAttribute("ageLabels", ageLabels());
        model.addAttribute("ages", ages);
        model.addAttribute("ageData", join(ages));
        model.addAttribute("openSituations", java.util.Arrays.stream(ages).sum());
        List<WarningQueries.ActionRow> late = queries.lateActions(scope, today, LIST_SIZE);
        model.addAttribute("lateActionCount", queries.countLateActions(scope, today));
        model.addAttribute("lateActions", late);
        List<WarningQueries.RiskRow> risks = queries.risks(scope, social, threshold, true, new Paging(0, LIST_SIZE));
        model.addAttribute("highRiskCount", queries.countRisks(scope, social, threshold, true));
        model.addAttribute("highRisks", risks.subList(0, Math.min(LIST_SIZE, risks.size())));
        model.addAttribute("threshold", threshold);
        model.addAttribute("social", social);
        // the calls still to make this week, from today to Sunday (those due earlier are late, counted apart), as the
        // list of calls (period WEEK) the figure links to
        DateRange rest = new DateRange(today, TimeRules.weekOf(today).end());
        Map<String, Long> byAdvisor = callsByAdvisor(scope, rest);
        model.addAttribute("week", rest);
        model.addAttribute(
                "callsThisWeek",
                byAdvisor.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("callLabels", String.join("|", byAdvisor.keySet()));
        model.addAttribute(
                "callData",
                join(byAdvisor.values().stream().mapToLong(Long::longValue).toArray()));
        model.addAttribute("lateCalls", queries.countCalls(scope, null, WarningQueries.CallPeriod.LATE, today));
        Map<String, Long> byCategory = signalsByCategory(scope, social, today);
        model.addAttribute("categoryLabels", String.join("|", byCategory.keySet()));
        model.addAttribute(
                "categoryData",
                join(byCategory.values().stream().mapToLong(Long::longValue).toArray()));
        model.addAttribute(
                "apprentices",
                names.apprentices(
                        java.util.stream.Stream.concat(
                                        late.stream().map(WarningQueries.ActionRow::apprenticeId),
                                        risks.stream().map(WarningQueries.RiskRow::apprenticeId))
                                .collect(Collectors.toSet()),
                        id -> id));
        model.addAttribute("staffNames", names.staff(late, WarningQueries.ActionRow::ownerStaffId));
        return "warning/dashboard";
    }

    @GetMapping(path = "/warning/dashboard", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user, @RequestParam String format, @RequestParam(defaultValue = "situations") String list) {
        LocalDate today = LocalDate.now(clock);
        ApprenticeScope scope = policy.scopeOf(user);
        boolean social = Actor.readsSocial(user.role());
        int threshold = settings.threshold(Threshold.HIGH_RISK_SCORE, user.networkId(), today);
        List<WarningQueries.SituationRow> situations =
                queries.situations(scope, social, new WarningQueries.SituationFilter(null, null, false), today, null);
        List<WarningQueries.ActionRow> late = queries.lateActions(scope, today, Integer.MAX_VALUE);
        List<WarningQueries.RiskRow> risks = queries.risks(scope, social, threshold, true, null);
        List<WarningQueries.CallRow> calls = queries.calls(scope, null, WarningQueries.CallPeriod.WEEK, today, null);
        Map<Long, String> apprentices = new HashMap<>();
        apprentices.putAll(names.apprentices(situations, WarningQueries.SituationRow::apprenticeId));
        apprentices.putAll(names.apprentices(late, WarningQueries.ActionRow::apprenticeId));
        apprentices.putAll(names.apprentices(risks, WarningQueries.RiskRow::apprenticeId));
        apprentices.putAll(names.apprentices(calls, WarningQueries.CallRow::apprenticeId));
        Map<Long, String> staff = new HashMap<>(names.staff(late, WarningQueries.ActionRow::ownerStaffId));
        staff.putAll(names.staff(calls, WarningQueries.CallRow::advisorStaffId));
        Map<Long, String> employers = names.employers(calls, WarningQueries.CallRow::employerId);
        Table<WarningQueries.SituationRow> situationTable = Table.<WarningQueries.SituationRow>titled(
                        texts.get("warning.dashboard.situations"))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .date(texts.get("warning.col.openedOn"), WarningQueries.SituationRow::openedOn)
                .integer(texts.get("warning.col.ageDays"), row -> row.ageDays(today))
                .text(
                        texts.get("warning.col.stage"),
                        row -> texts.get(row.stage().messageKey()))
                .text(
                        texts.get("warning.col.priority"),
                        row -> row.priority() == null
                                ? ""
                                : texts.get(row.priority().messageKey()))
                .integer(texts.get("warning.col.lateActions"), WarningQueries.SituationRow::lateActions)
                .rows(situations);
        Table<WarningQueries.ActionRow> actionTable = Table.<WarningQueries.ActionRow>titled(
                        texts.get("warning.dashboard.late"))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .text(
                        texts.get("warning.col.action"),
                        row -> texts.get(row.kind().messageKey()))
                .text(texts.get("warning.col.owner"), row -> staff.get(row.ownerStaffId()))
                .date(texts.get("warning.col.due"), WarningQueries.ActionRow::dueDate)
                .rows(late);
        Table<WarningQueries.RiskRow> riskTable = Table.<WarningQueries.RiskRow>titled(
                        texts.get("warning.dashboard.risk"))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .integer(texts.get("warning.col.score"), row -> row.visibleScore(social))
                .text(
                        texts.get("warning.col.factors"),
                        row -> row.factorSet(social).stream()
                                .map(factor -> texts.get(factor.messageKey()))
                                .collect(Collectors.joining(", ")))
                .rows(risks);
        Table<WarningQueries.CallRow> callTable = Table.<WarningQueries.CallRow>titled(
                        texts.get("warning.dashboard.calls"))
                .date(texts.get("warning.col.due"), WarningQueries.CallRow::dueDate)
                .text(texts.get("warning.col.employer"), row -> employers.get(row.employerId()))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .text(
                        texts.get("warning.col.advisor"),
                        row -> row.advisorStaffId() == null
                                ? texts.get("warning.call.unassigned")
                                : staff.get(row.advisorStaffId()))
                .rows(calls);
        String base = texts.get("warning.dashboard.export");
        if (ExportFormat.parse(format).orElse(null) == ExportFormat.XLSX) {
            return exports.respondWorkbook(base, List.of(situationTable, actionTable, riskTable, callTable));
        }
        Table<?> one = switch (list) {
            case "late" -> actionTable;
            case "risk" -> riskTable;
            case "calls" -> callTable;
            default -> situationTable;
        };
        return exports.respond(format, base + "-" + list, one);
    }

    private long[] ages(ApprenticeScope scope, LocalDate today) {
        long[] counts = new long[AGE_LIMITS.length + 1];
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("day", today);
        jdbc.sql("select (:day - s.opened_on) as age from warning.situation s where s.stage <> 'CLOSED' and "
                        + WarningQueries.in(scope, "s"))
                .params(params)
                .query(Integer.class)
                .list()
                .forEach(age -> counts[bucket(age)]++);
        return counts;
    }

    static int bucket(int ageDays) {
        for (int i = 0; i < AGE_LIMITS.length; i++) {
            if (ageDays <= AGE_LIMITS[i]) {
                return i;
            }
        }
        return AGE_LIMITS.length;
    }

    private List<String> ageLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= AGE_LIMITS.length; i++) {
            labels.add(texts.get("warning.dashboard.age." + i));
        }
        return labels;
    }

    private Map<String, Long> callsByAdvisor(ApprenticeScope scope, DateRange days) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("from", days.start());
        params.put("to", days.end());
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select advisor_staff_id, count(*) from warning.planned_call where status = 'PLANNED'"
                        + " and due_date between :from and :to and " + WarningQueries.in(scope, "")
                        + " group by advisor_staff_id order by advisor_staff_id nulls last")
                .params(params)
                .query((rs, row) -> counts.put((Long) rs.getObject(1), rs.getLong(2)))
                .list();
        Map<Long, String> staff = names.staff(counts.keySet(), id -> id);
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((advisor, count) -> byName.merge(
                advisor == null ? texts.get("warning.call.unassigned") : staff.get(advisor), count, Long::sum));
        return byName;
    }

    private Map<String, Long> signalsByCategory(ApprenticeScope scope, boolean social, LocalDate today) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("from", today.minusDays(90));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        jdbc.sql("select category, count(*) from warning.signal where observed_on >= :from and "
                        + WarningQueries.in(scope, "") + (social ? "" : " and category <> 'SOCIAL'")
                        + " group by category order by count(*) desc, category")
                .params(params)
                .query((rs, row) -> byCategory.put(
                        texts.get("warning.category." + rs.getString(1).toLowerCase(Locale.ROOT)), rs.getLong(2)))
                .list();
        return byCategory;
    }

    private static String join(long @Nullable [] values) {
        if (values == null) {
            return "";
        }
        return java.util.Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
    }
}
