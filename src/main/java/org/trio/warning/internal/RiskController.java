package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.Paging;
import org.trio.shared.InvalidInputException;

/**
 * The risk view: apprentices ranked by an explainable score, each factor with its weight; a person reviews and decides.
 * Roles that may not read social data see the score without the social factor.
 */
@Controller
@PreAuthorize(WarningRoles.RISK)
class RiskController {

    private final WarningQueries queries;
    private final RiskService risk;
    private final RiskReviewService reviews;
    private final WarningSettings settings;
    private final FollowUp followUp;
    private final Names names;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TableExports exports;
    private final WarningTexts texts;
    private final Clock clock;

    RiskController(
            WarningQueries queries,
            RiskService risk,
            RiskReviewService reviews,
            WarningSettings settings,
            FollowUp followUp,
            Names names,
            AccessPolicy policy,
            AuditTrail audit,
            TableExports exports,
            WarningTexts texts,
            Clock clock) {
        this.queries = queries;
        this.risk = risk;
        this.reviews = reviews;
        this.settings = settings;
        this.followUp = followUp;
        this.names = names;
        this.policy = policy;
        this.audit = audit;
        this.exports = exports;
        this.texts = texts;
        this.clock = clock;
    }

    record ReviewForm(
            RiskReview.@Nullable Decision decision,
            @Nullable String note) {}

    @GetMapping("/warning/risk")
    String list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Integer min,
            @RequestParam(defaultValue = "false") boolean withoutSituation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        int threshold = settings.threshold(Threshold.HIGH_RISK_SCORE, user.networkId(), today);
        int minScore = min == null ? threshold : Math.max(0, min);
        boolean social = Actor.readsSocial(user.role());
        var slice = Paging.of(page)
                .slice(queries.risks(policy.scopeOf(user), social, minScore, withoutSituation, Paging.of(page)));
        model.addAttribute("page", slice);
        model.addAttribute("names", names.apprentices(slice.items(), WarningQueries.RiskRow::apprenticeId));
        model.addAttribute("min", minScore);
        model.addAttribute("threshold", threshold);
        model.addAttribute("withoutSituation", withoutSituation);
        model.addAttribute("social", social);
        model.addAttribute("maximum", settings.weights(user.networkId(), today).maximum());
        return "warning/risk";
    }

    @GetMapping(path = "/warning/risk", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) @Nullable Integer min,
            @RequestParam(defaultValue = "false") boolean withoutSituation) {
        LocalDate today = LocalDate.now(clock);
        int minScore = min == null ? settings.threshold(Threshold.HIGH_RISK_SCORE, user.networkId(), today) : min;
        boolean social = Actor.readsSocial(user.role());
        List<WarningQueries.RiskRow> rows =
                queries.risks(policy.scopeOf(user), social, minScore, withoutSituation, null);
        Map<Long, String> apprentices = names.apprentices(rows, WarningQueries.RiskRow::apprenticeId);
        audit.recordEvent("EXPORT", texts.get("warning.risk.export.audit", rows.size()));
        Table<WarningQueries.RiskRow> table = Table.<WarningQueries.RiskRow>titled(texts.get("warning.risk.title"))
                .text(texts.get("warning.col.apprentice"), row -> apprentices.get(row.apprenticeId()))
                .integer(texts.get("warning.col.score"), row -> row.visibleScore(social))
                .text(
                        texts.get("warning.col.factors"),
                        row -> String.join(
                                ", ",
                                row.factorSet(social).stream()
                                        .map(factor -> texts.get(factor.messageKey()))
                                        .toList()))
                .bool(texts.get("warning.col.openSituation"), row -> row.situationId() != null)
                .date(texts.get("warning.col.lastReview"), WarningQueries.RiskRow::lastReviewOn)
                .rows(rows);
        return exports.respond(format, texts.get("warning.risk.export"), table);
    }

    @GetMapping("/warning/risk/{apprenticeId}")
    String detail(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        policy.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        model.addAttribute("reviewForm", new ReviewForm(null, null));
        return detail(user, apprenticeId, model, true);
    }

    @PostMapping("/warning/risk/{apprenticeId}/review")
    String review(
            CurrentUser user,
            @PathVariable long apprenticeId,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        policy.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        if (user.role() == Role.NETWORK_ADMIN) {
            throw new org.springframework.security.access.AccessDeniedException("Lecture seule");
        }
        policy.requireWrite(user, apprenticeId, DataCategory.PEDAGOGICAL);
        if (!result.hasErrors()) {
            try {
                RiskReview review = reviews.review(apprenticeId, form.decision(), form.note(), Actor.of(user));
                redirect.addFlashAttribute("saved", "warning.review.saved");
                return review.situationId != null
                        ? "redirect:/warning/situations/" + review.situationId
                        : "redirect:/warning/risk/" + apprenticeId;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return detail(user, apprenticeId, model, false);
    }

    /** The direction records (or withdraws) an apprentice's objection to the score (GDPR art. 21). */
    @PostMapping("/warning/risk/{apprenticeId}/objection")
    @PreAuthorize("hasRole('CFA_DIRECTOR')")
    String objection(
            CurrentUser user,
            @PathVariable long apprenticeId,
            @RequestParam(defaultValue = "false") boolean withdraw,
            RedirectAttributes redirect) {
        policy.requireWrite(user, apprenticeId, DataCategory.IDENTITY);
        LocalDate today = LocalDate.now(clock);
        if (withdraw) {
            risk.withdrawObjection(apprenticeId, today);
            audit.recordEvent(
                    "RISK_OBJECTION", texts.get("warning.objection.audit.withdrawn", String.valueOf(apprenticeId)));
            redirect.addFlashAttribute("saved", "warning.objection.withdrawn");
        } else {
            long cfa = followUp.enrolmentOn(apprenticeId, today)
                    .map(FollowUp.Enrolment::cfaId)
                    .orElse(user.cfaId() == null ? 0L : user.cfaId());
            risk.object(apprenticeId, cfa, today, user.displayName());
            audit.recordEvent(
                    "RISK_OBJECTION", texts.get("warning.objection.audit.recorded", String.valueOf(apprenticeId)));
            redirect.addFlashAttribute("saved", "warning.objection.recorded");
        }
        return "redirect:/warning/risk/" + apprenticeId;
    }

    private String detail(CurrentUser user, long apprenticeId, Model model, boolean audited) {
        boolean social = Actor.readsSocial(user.role());
        if (social && audited) {
            policy.requireRead(user, apprenticeId, DataCategory.SOCIAL);
        }
        LocalDate today = LocalDate.now(clock);
        Long network = followUp.enrolmentOn(apprenticeId, today)
                .map(FollowUp.Enrolment::networkId)
                .orElse(user.networkId());
        RiskWeights weights = settings.weights(network, today);
        RiskScoring.Score score = risk.scoreOf(apprenticeId, today).orElse(null);
        model.addAttribute("apprenticeId", apprenticeId);
        model.addAttribute(
                "apprenticeName",
                names.apprentices(List.of(apprenticeId), id -> id).get(apprenticeId));
        model.addAttribute("score", score);
        model.addAttribute("visibleScore", score == null ? null : score.visibleTotal(social));
        model.addAttribute("present", score == null ? java.util.Set.of() : score.factors());
        model.addAttribute(
                "factors",
                java.util.Arrays.stream(RiskFactor.values())
                        .filter(factor -> social || !factor.isSocial())
                        .toList());
        model.addAttribute("weights", weights);
        model.addAttribute("maximum", weights.maximum());
        model.addAttribute("threshold", settings.threshold(Threshold.HIGH_RISK_SCORE, network, today));
        model.addAttribute("window", settings.threshold(Threshold.SIGNAL_WINDOW_DAYS, network, today));
        model.addAttribute("social", social);
        model.addAttribute("reviews", queries.reviews(apprenticeId));
        model.addAttribute("decisions", RiskReview.Decision.values());
        model.addAttribute("objected", risk.objected(apprenticeId));
        model.addAttribute("canObject", user.role() == Role.CFA_DIRECTOR);
        model.addAttribute(
                "canReview",
                user.role() != Role.NETWORK_ADMIN
                        && score != null
                        && policy.canWrite(user, apprenticeId, DataCategory.PEDAGOGICAL));
        return "warning/risk-detail";
    }
}
