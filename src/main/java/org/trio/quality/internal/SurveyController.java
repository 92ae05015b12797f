package org.trio.quality.internal;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.web.FormErrors;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.quality.internal.SurveyForms.CampaignForm;
import org.trio.quality.internal.SurveyForms.EmailsForm;
import org.trio.quality.internal.SurveyForms.QuestionnaireForm;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** Appreciation surveys (Qualiopi 30): questionnaires, campaigns, private links, results and moderation. */
@Controller
@PreAuthorize(Roles.QUALITY)
class SurveyController {

    private final SurveyService surveys;
    private final SurveyQueries queries;
    private final QualityCfas cfas;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final SurveyMails mails;
    private final org.trio.platform.document.TableExports exports;
    private final org.trio.access.AuditTrail audit;
    private final org.springframework.context.MessageSource messages;

    SurveyController(
            SurveyService surveys,
            SurveyQueries queries,
            QualityCfas cfas,
            ReferentialManagement referential,
            JdbcClient jdbc,
            java.time.Clock clock,
            SurveyMails mails,
            org.trio.platform.document.TableExports exports,
            org.trio.access.AuditTrail audit,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.surveys = surveys;
        this.queries = queries;
        this.cfas = cfas;
        this.referential = referential;
        this.jdbc = jdbc;
        this.clock = clock;
        this.mails = mails;
        this.exports = exports;
        this.audit = audit;
    }

    @GetMapping("/quality/surveys")
    String list(CurrentUser user, @RequestParam(required = false) @Nullable Long cfa, Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("campaigns", queries.campaigns(chosen.id()));
        model.addAttribute("questionnaires", surveys.questionnairesOf(chosen.networkId()));
        return "quality/surveys";
    }

    /** The campaigns of the page's CFA, as XLSX or CSV. */
    @GetMapping(path = "/quality/surveys", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportCampaigns(
                    CurrentUser user, @RequestParam(required = false) @Nullable Long cfa, @RequestParam String format) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        java.util.Locale french = java.util.Locale.FRENCH;
        var table = org.trio.platform.document.Table.<SurveyQueries.CampaignRow>titled("Campagnes d'enquête")
                .text("Campagne", SurveyQueries.CampaignRow::title)
                .text("Questionnaire", SurveyQueries.CampaignRow::questionnaireTitle)
                .text(
                        "Public",
                        row -> messages.getMessage("survey.audience." + row.audience(), null, row.audience(), french))
                .text("Année scolaire", row -> row.schoolYear() + "-" + (row.schoolYear() + 1))
                .date("Ouverture", SurveyQueries.CampaignRow::opensOn)
                .date("Clôture", SurveyQueries.CampaignRow::closesOn)
                .integer("Invités", SurveyQueries.CampaignRow::invited)
                .integer("Réponses", SurveyQueries.CampaignRow::answered)
                .decimal("Taux de réponse (%)", SurveyQueries.CampaignRow::rate)
                .rows(queries.campaigns(chosen.id()));
        return exports.respond(format, "campagnes-enquetes", table);
    }

    @GetMapping("/quality/surveys/questionnaires/new")
    String newQuestionnaire(CurrentUser user, Model model) {
        model.addAttribute("questionnaireForm", QuestionnaireForm.empty());
        return questionnaireForm(model);
    }

    @PostMapping("/quality/surveys/questionnaires")
    String createQuestionnaire(
            CurrentUser user,
            @Valid @ModelAttribute QuestionnaireForm questionnaireForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo cfa = cfas.resolve(user, null);
        if (!result.hasErrors()) {
            try {
                long id = surveys.createQuestionnaire(cfa.networkId(), questionnaireForm);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/surveys/questionnaires/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return questionnaireForm(model);
    }

    private static String questionnaireForm(Model model) {
        model.addAttribute("audiences", Questionnaire.Audience.values());
        model.addAttribute("kinds", Question.Kind.values());
        return "quality/questionnaire-new";
    }

    @GetMapping("/quality/surveys/questionnaires/{id}")
    String questionnaire(CurrentUser user, @PathVariable long id, Model model) {
        Questionnaire questionnaire = loadQuestionnaire(user, id);
        model.addAttribute("questionnaire", questionnaire);
        return "quality/questionnaire";
    }

    @GetMapping("/quality/surveys/campaigns/new")
    String newCampaign(CurrentUser user, @RequestParam(required = false) @Nullable Long cfa, Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        model.addAttribute("cfa", chosen);
        SchoolYear year = SchoolYear.of(surveys.today());
        model.addAttribute(
                "campaignForm",
                new CampaignForm(
                        null, "", year.label(), surveys.today(), surveys.today().plusWeeks(3)));
        return campaignForm(chosen, model);
    }

    @PostMapping("/quality/surveys/campaigns")
    String createCampaign(
            CurrentUser user,
            @RequestParam long cfa,
            @Valid @ModelAttribute CampaignForm campaignForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        if (!result.hasErrors()) {
            try {
                long id = surveys.createCampaign(chosen.id(), chosen.networkId(), campaignForm);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/quality/surveys/campaigns/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("cfa", chosen);
        return campaignForm(chosen, model);
    }

    private String campaignForm(CfaInfo cfa, Model model) {
        model.addAttribute("questionnaires", surveys.questionnairesOf(cfa.networkId()));
        return "quality/campaign-new";
    }

    @GetMapping("/quality/surveys/campaigns/{id}")
    String campaign(CurrentUser user, @PathVariable long id, Model model) {
        Campaign campaign = loadCampaign(user, id);
        model.addAttribute("emailsForm", new EmailsForm(""));
        return campaignPage(campaign, model);
    }

    private String campaignPage(Campaign campaign, Model model) {
        Questionnaire questionnaire =
                surveys.questionnaire(campaign.questionnaireId).orElseThrow();
        var rates = queries.ratesByProgramme(campaign.id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("rates", rates);
        model.addAttribute(
                "programmes",
                referential.programmes(rates.stream()
                        .map(SurveyQueries.RateRow::programmeId)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute(
                "summary",
                queries.campaigns(campaign.cfaId).stream()
                        .filter(row -> row.id() == campaign.id)
                        .findFirst()
                        .orElseThrow());
        model.addAttribute("pending", queries.pendingTexts(campaign.id).size());
        model.addAttribute("open", campaign.openOn(surveys.today()));
        model.addAttribute("reminders", campaign.openOn(surveys.today()));
        return "quality/campaign";
    }

    @PostMapping("/quality/surveys/campaigns/{id}/invitations")
    String inviteFromTrio(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Campaign campaign = loadCampaign(user, id);
        Questionnaire questionnaire =
                surveys.questionnaire(campaign.questionnaireId).orElseThrow();
        try {
            redirect.addFlashAttribute("invited", surveys.inviteFromTrio(campaign, questionnaire.audience));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("manualOnly", true);
        }
        return "redirect:/quality/surveys/campaigns/" + id;
    }

    @PostMapping("/quality/surveys/campaigns/{id}/emails")
    String inviteEmails(
            CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute EmailsForm emailsForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Campaign campaign = loadCampaign(user, id);
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("invited", surveys.inviteEmails(id, emailsForm.emails()));
                return "redirect:/quality/surveys/campaigns/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return campaignPage(campaign, model);
    }

    @PostMapping("/quality/surveys/campaigns/{id}/reminders")
    String remind(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Campaign campaign = loadCampaign(user, id);
        redirect.addFlashAttribute("reminded", mails.remind(campaign));
        return "redirect:/quality/surveys/campaigns/" + id;
    }

    /** The private links of the campaign, to hand them out without e-mail (personal data: the export is traced). */
    record LinkRow(@Nullable String email, @Nullable Long programmeId, String token, boolean answered, int reminders) {}

    @GetMapping("/quality/surveys/campaigns/{id}/links")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            links(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        Campaign campaign = loadCampaign(user, id);
        java.util.List<LinkRow> rows = jdbc.sql("select email, programme_id, token, answered_on is not null as"
                        + " answered, reminders from quality.invitation where campaign_id = ? order by id")
                .param(id)
                .query(LinkRow.class)
                .list();
        var programmes = referential.programmes(rows.stream()
                .map(LinkRow::programmeId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        audit.recordEvent("EXPORT", "Liens personnels de l'enquête « " + campaign.title + " » (" + rows.size() + ")");
        return exports.respond(
                format,
                "liens-enquete-" + id,
                org.trio.platform.document.Table.<LinkRow>titled("Liens personnels")
                        .text("Adresse e-mail", LinkRow::email)
                        .text(
                                "Formation",
                                row -> row.programmeId() == null || programmes.get(row.programmeId()) == null
                                        ? ""
                                        : programmes.get(row.programmeId()).label())
                        .text("Lien personnel", row -> mails.link(row.token()))
                        .bool("A répondu", LinkRow::answered)
                        .integer("Relances", LinkRow::reminders)
                        .rows(rows));
    }

    @GetMapping("/quality/surveys/campaigns/{id}/results")
    String results(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long programme,
            Model model) {
        Campaign campaign = loadCampaign(user, id);
        Questionnaire questionnaire =
                surveys.questionnaire(campaign.questionnaireId).orElseThrow();
        var rates = queries.ratesByProgramme(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "programmes",
                referential.programmes(rates.stream()
                        .map(SurveyQueries.RateRow::programmeId)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute("results", queries.results(questionnaire, id, programme));
        return "quality/campaign-results";
    }

    @GetMapping("/quality/surveys/campaigns/{id}/moderation")
    String moderation(CurrentUser user, @PathVariable long id, Model model) {
        Campaign campaign = loadCampaign(user, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("pending", queries.pendingTexts(id));
        return "quality/moderation";
    }

    @PostMapping("/quality/surveys/answers/{id}/moderation")
    String moderate(
            CurrentUser user, @PathVariable long id, @RequestParam String decision, RedirectAttributes redirect) {
        Long campaignId = queries.campaignOfAnswer(id);
        if (campaignId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        loadCampaign(user, campaignId);
        if (!decision.equals("APPROVED") && !decision.equals("REJECTED")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Décision inconnue");
        }
        int moderated = jdbc.sql("update quality.answer set moderation = ?, moderated_by = ?, moderated_at = ?"
                        + " where id = ? and moderation = 'PENDING'")
                .params(decision, user.username(), OffsetDateTime.now(clock), id)
                .update();
        if (moderated > 0) {
            audit.recordRowChange(
                    "quality.answer", id, null, Map.of("moderation", "PENDING"), Map.of("moderation", decision));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/quality/surveys/campaigns/" + campaignId + "/moderation";
    }

    private Campaign loadCampaign(CurrentUser user, long id) {
        Campaign campaign = surveys.campaign(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        cfas.require(user, campaign.cfaId);
        return campaign;
    }

    private Questionnaire loadQuestionnaire(CurrentUser user, long id) {
        Questionnaire questionnaire =
                surveys.questionnaire(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user.networkId() == null || questionnaire.networkId != user.networkId()) {
            throw new AccessDeniedException("Questionnaire d'un autre réseau");
        }
        return questionnaire;
    }

    @Bean
    static NavigationEntry surveysNavigation() {
        return new NavigationEntry(
                NavigationSection.QUALITY,
                "nav.quality.surveys",
                "/quality/surveys",
                "ui-checks",
                30,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "QUALITY_MANAGER"));
    }
}
