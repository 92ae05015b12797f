package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.Paging;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.InvalidInputException;
import org.trio.warning.SignalCategory;

/** The CJE's calls: the list of calls due this week and late, and each contract's call sheet with its log. */
@Controller
@PreAuthorize(WarningRoles.CALLS)
class CallController {

    private final CallService calls;
    private final WarningQueries queries;
    private final FollowUp followUp;
    private final FollowUpRefresh refresh;
    private final Names names;
    private final Team team;
    private final AccessPolicy policy;
    private final TableExports exports;
    private final WarningTexts texts;
    private final Clock clock;

    CallController(
            CallService calls,
            WarningQueries queries,
            FollowUp followUp,
            FollowUpRefresh refresh,
            Names names,
            Team team,
            AccessPolicy policy,
            TableExports exports,
            WarningTexts texts,
            Clock clock) {
        this.calls = calls;
        this.queries = queries;
        this.followUp = followUp;
        this.refresh = refresh;
        this.names = names;
        this.team = team;
        this.policy = policy;
        this.exports = exports;
        this.texts = texts;
        this.clock = clock;
    }

    record CallForm(
            @Nullable Long plannedCallId,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate calledOn,

            CallLog.@Nullable Channel channel,
            @Nullable String contactName,
            @Nullable String outcome,
            @Nullable Boolean raiseSignal,
            @Nullable SignalCategory category,
            @Nullable String signalSummary) {}

    @GetMapping("/warning/calls")
    String list(
            CurrentUser user,
            @RequestParam(defaultValue = "WEEK") WarningQueries.CallPeriod period,
            @RequestParam(required = false) @Nullable String advisor,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        Long chosen = advisor(user, advisor);
        var scope = policy.scopeOf(user);
        var slice = Paging.of(page).slice(queries.calls(scope, chosen, period, today, Paging.of(page)));
        model.addAttribute("page", slice);
        model.addAttribute("period", period);
        model.addAttribute("periods", WarningQueries.CallPeriod.values());
        model.addAttribute("advisor", chosen == null ? "all" : String.valueOf(chosen));
        model.addAttribute("advisors", advisors(user));
        model.addAttribute("week", TimeRules.weekOf(today));
        model.addAttribute("today", today);
        model.addAttribute("weekCount", queries.countCalls(scope, chosen, WarningQueries.CallPeriod.WEEK, today));
        model.addAttribute("lateCount", queries.countCalls(scope, chosen, WarningQueries.CallPeriod.LATE, today));
        model.addAttribute("apprentices", names.apprentices(slice.items(), WarningQueries.CallRow::apprenticeId));
        model.addAttribute("employers", names.employers(slice.items(), WarningQueries.CallRow::employerId));
        model.addAttribute("staffNames", names.staff(slice.items(), WarningQueries.CallRow::advisorStaffId));
        return "warning/calls";
    }

    @GetMapping(path = "/warning/calls", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(defaultValue = "WEEK") WarningQueries.CallPeriod period,
            @RequestParam(required = false) @Nullable String advisor) {
        LocalDate today = LocalDate.now(clock);
        List<WarningQueries.CallRow> rows =
                queries.calls(policy.scopeOf(user), advisor(user, advisor), period, today, null);
        Map<Long, String> apprentices = names.apprentices(rows, WarningQueries.CallRow::apprenticeId);
        Map<Long, String> employers = names.employers(rows, WarningQueries.CallRow::employerId);
        Map<Long, String> staff = names.staff(rows, WarningQueries.CallRow::advisorStaffId);
        Table<WarningQueries.CallRow> table = Table.<WarningQueries.CallRow>titled(texts.get("warning.calls.title"))
                .date(texts.get("warning.col.due"), WarningQueries.CallRow::dueDate)
                .text(
                        texts.get("warning.col.reason"),
                        row -> texts.get(row.reason().messageKey()))
                .text(texts.get("warning.col.employer"), row -> employers.get(row.employerId()))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .text(
                        texts.get("warning.col.advisor"),
                        row -> row.advisorStaffId() == null ? "" : staff.get(row.advisorStaffId()))
                .bool(texts.get("warning.col.late"), row -> TimeRules.late(row.dueDate(), today))
                .rows(rows);
        return exports.respond(format, texts.get("warning.calls.export"), table);
    }

    @GetMapping("/warning/contracts/{contractId}/calls")
    String sheet(
            CurrentUser user,
            @PathVariable long contractId,
            @RequestParam(required = false) @Nullable Long call,
            Model model) {
        FollowUp.Contract contract = readable(user, contractId);
        model.addAttribute(
                "callForm",
                new CallForm(call, LocalDate.now(clock), CallLog.Channel.PHONE, null, null, false, null, null));
        return sheet(user, contract, model);
    }

    @PostMapping("/warning/contracts/{contractId}/calls")
    String log(
            CurrentUser user,
            @PathVariable long contractId,
            @ModelAttribute("callForm") CallForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FollowUp.Contract contract = readable(user, contractId);
        if (user.role() == Role.NETWORK_ADMIN) {
            throw new org.springframework.security.access.AccessDeniedException("Lecture seule");
        }
        policy.requireWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                CallLog log = calls.log(
                        contractId,
                        form.plannedCallId(),
                        new CallService.CallReport(
                                form.calledOn(),
                                form.channel(),
                                form.contactName(),
                                form.outcome(),
                                Boolean.TRUE.equals(form.raiseSignal()),
                                form.category(),
                                form.signalSummary()),
                        Actor.of(user));
                redirect.addFlashAttribute(
                        "saved", log.signalId == null ? "warning.call.saved" : "warning.call.signalled");
                return "redirect:/warning/contracts/" + contractId + "/calls";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return sheet(user, contract, model);
    }

    private String sheet(CurrentUser user, FollowUp.Contract contract, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<WarningQueries.CallRow> planned = queries.plannedCallsOf(contract.contractId());
        model.addAttribute("contract", contract);
        model.addAttribute("planned", planned);
        model.addAttribute("logs", queries.callLogs(contract.contractId()));
        model.addAttribute("today", today);
        model.addAttribute(
                "apprenticeName",
                names.apprentices(List.of(contract), FollowUp.Contract::apprenticeId)
                        .get(contract.apprenticeId()));
        model.addAttribute(
                "employer", names.employerInfos(List.of(contract.employerId())).get(contract.employerId()));
        model.addAttribute("staffNames", names.staff(planned, WarningQueries.CallRow::advisorStaffId));
        model.addAttribute("channels", CallLog.Channel.values());
        model.addAttribute(
                "categories",
                Arrays.stream(SignalCategory.values())
                        .filter(category -> !category.isAutomatic())
                        .toList());
        model.addAttribute(
                "canLog",
                user.role() != Role.NETWORK_ADMIN
                        && policy.canWrite(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL));
        return "warning/call-sheet";
    }

    private FollowUp.Contract readable(CurrentUser user, long contractId) {
        FollowUp.Contract contract = followUp.contract(contractId)
                .or(() -> refresh.contract(contractId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        policy.requireRead(user, contract.apprenticeId(), DataCategory.PEDAGOGICAL);
        return contract;
    }

    /** A CJE sees their own calls unless they ask for all; the direction sees all unless it picks a CJE. */
    private static @Nullable Long advisor(CurrentUser user, @Nullable String advisor) {
        if (advisor == null || advisor.isBlank()) {
            return user.role() == Role.PLACEMENT_ADVISOR ? user.personId() : null;
        }
        if (advisor.equals("all")) {
            return null;
        }
        try {
            return Long.parseLong(advisor.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "CJE inconnu : " + advisor);
        }
    }

    private List<StaffInfo> advisors(CurrentUser user) {
        return user.cfaId() == null ? List.of() : team.members(user.cfaId(), StaffFunction.PLACEMENT_ADVISOR);
    }
}
