package org.trio.quality.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.quality.internal.SurveyForms.CampaignForm;
import org.trio.quality.internal.SurveyForms.QuestionRow;
import org.trio.quality.internal.SurveyForms.QuestionnaireForm;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.shared.SchoolYear;

/** Questionnaires, campaigns and their private links. */
@Service
class SurveyService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Questionnaires questionnaires;
    private final Campaigns campaigns;
    private final JdbcClient jdbc;
    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final Clock clock;
    private final SurveyMails mails;
    private final QualityCfas cfas;
    private final AuditTrail audit;

    SurveyService(
            Questionnaires questionnaires,
            Campaigns campaigns,
            JdbcClient jdbc,
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            Clock clock,
            SurveyMails mails,
            QualityCfas cfas,
            AuditTrail audit) {
        this.questionnaires = questionnaires;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.referential = referential;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.clock = clock;
        this.mails = mails;
        this.cfas = cfas;
        this.audit = audit;
    }

    Optional<Questionnaire> questionnaire(long id) {
        return questionnaires.findWithQuestions(id);
    }

    List<Questionnaire> questionnairesOf(long networkId) {
        return questionnaires.findByNetworkIdOrderByTitle(networkId);
    }

    Optional<Campaign> campaign(long id) {
        return campaigns.findById(id);
    }

    @Transactional
    long createQuestionnaire(long networkId, QuestionnaireForm form) {
        List<Problem> problems = new ArrayList<>();
        List<QuestionRow> rows = form.questions() == null ? List.of() : form.questions();
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            QuestionRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            count++;
            if (row.kind() == null) {
                problems.add(Problem.of("questions[" + i + "].kind", "questionnaire.question.kind", i + 1));
            } else if (row.kind() == Question.Kind.CHOICE
                    && new Question(0, Question.Kind.CHOICE, "", row.choices(), false, false)
                                    .options()
                                    .size()
                            < 2) {
                problems.add(Problem.of("questions[" + i + "].choices", "questionnaire.question.choices", i + 1));
            }
        }
        if (count == 0) {
            problems.add(Problem.of("questions", "questionnaire.questions.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Questionnaire questionnaire = new Questionnaire(
                networkId, form.title().strip(), form.audience(), ImprovementActionService.blankToNull(form.intro()));
        for (QuestionRow row : rows) {
            if (!row.blank()) {
                questionnaire.add(row.kind(), row.text().strip(), row.choices(), row.required(), row.satisfaction());
            }
        }
        return questionnaires.save(questionnaire).id;
    }

    @Transactional
    long createCampaign(long cfaId, long networkId, CampaignForm form) {
        Questionnaire questionnaire = questionnaires
                .findById(form.questionnaireId())
                .filter(q -> q.networkId == networkId)
                .orElseThrow(() -> InvalidInputException.of("questionnaireId", "campaign.questionnaire.unknown"));
        if (!SchoolYear.isValidLabel(form.schoolYear())) {
            throw InvalidInputException.of("schoolYear", "campaign.schoolYear.invalid", form.schoolYear());
        }
        Campaign campaign = new Campaign(
                cfaId,
                questionnaire.id,
                form.title().strip(),
                SchoolYear.parse(form.schoolYear()).startYear(),
                form.opensOn(),
                form.closesOn(),
                OffsetDateTime.now(clock));
        return campaigns.save(campaign).id;
    }

    /**
     * One private link for a respondent, sent by e-mail when the address is known; returns the token (the link is
     * {@code /survey/<token>}).
     */
    @Transactional
    String invite(long campaignId, @Nullable String email, @Nullable Long programmeId) {
        String token = newToken();
        jdbc.sql("insert into quality.invitation (campaign_id, token, email, programme_id, invited_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(campaignId, token, email, programmeId, OffsetDateTime.now(clock))
                .update();
        audit.recordRowChange(
                "quality.invitation",
                "…" + token.substring(token.length() - 4),
                null,
                Map.of(),
                AuditTrail.columns("campaign_id", campaignId, "email", email, "programme_id", programmeId));
        mails.invite(campaigns.findById(campaignId).orElseThrow(), email, token);
        return token;
    }

    /** Invites addresses typed by the user; refuses the whole list when one address is not valid. */
    @Transactional
    int inviteEmails(long campaignId, String raw) {
        List<String> emails = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String part : raw.split("[,;\\s]+")) {
            String email = part.strip().toLowerCase(Locale.ROOT);
            if (email.isEmpty()) {
                continue;
            }
            if (!EMAIL.matcher(email).matches()) {
                problems.add(Problem.of("emails", "campaign.emails.invalid", email));
            } else if (!emails.contains(email)) {
                emails.add(email);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Long> respondents = new LinkedHashMap<>();
        emails.forEach(email -> respondents.put(email, null));
        return inviteNew(campaignId, respondents);
    }

    /**
     * Invites the respondents Trio knows for the campaign's audience: the apprentices enrolled at the CFA in the school
     * year, or the maîtres d'apprentissage of their contracts in force at the opening; each with the programme, so
     * results can be read per programme. People already invited and people without an e-mail are skipped.
     */
    @Transactional
    int inviteFromTrio(Campaign campaign, Questionnaire.Audience audience) {
        List<EnrolmentInfo> enrolled = enrolmentsOf(campaign.cfaId, campaign.schoolYear);
        Map<String, Long> respondents = new LinkedHashMap<>();
        if (audience == Questionnaire.Audience.APPRENTICE) {
            Map<Long, ApprenticeInfo> people = referential.apprentices(
                    enrolled.stream().map(EnrolmentInfo::apprenticeId).toList());
            for (EnrolmentInfo enrolment : enrolled) {
                ApprenticeInfo apprentice = people.get(enrolment.apprenticeId());
                if (apprentice != null
                        && apprentice.email() != null
                        && !apprentice.email().isBlank()) {
                    respondents.putIfAbsent(
                            apprentice.email().strip().toLowerCase(Locale.ROOT), enrolment.programmeId());
                }
            }
        } else if (audience == Questionnaire.Audience.EMPLOYER) {
            Map<Long, Long> programmeOfMentor = new HashMap<>();
            for (EnrolmentInfo enrolment : enrolled) {
                for (ContractInfo contract : contracts.contractsOf(enrolment.apprenticeId())) {
                    if (contract.enrolmentId() == enrolment.id() && contract.inForceOn(campaign.opensOn)) {
                        programmeOfMentor.putIfAbsent(contract.mentor1Id(), enrolment.programmeId());
                    }
                }
            }
            Map<Long, MentorInfo> mentors = referential.mentors(programmeOfMentor.keySet());
            programmeOfMentor.forEach((mentorId, programmeId) -> {
                MentorInfo mentor = mentors.get(mentorId);
                if (mentor != null && mentor.email() != null && !mentor.email().isBlank()) {
                    respondents.putIfAbsent(mentor.email().strip().toLowerCase(Locale.ROOT), programmeId);
                }
            });
        } else {
            throw InvalidInputException.of(null, "campaign.invite.manualOnly");
        }
        return inviteNew(campaign.id, respondents);
    }

    private int inviteNew(long campaignId, Map<String, Long> respondents) {
        List<String> known = jdbc.sql(
                        "select email from quality.invitation where campaign_id = ? and email is not null")
                .param(campaignId)
                .query(String.class)
                .list();
        int count = 0;
        for (Map.Entry<String, Long> respondent : respondents.entrySet()) {
            if (!known.contains(respondent.getKey())) {
                invite(campaignId, respondent.getKey(), respondent.getValue());
                count++;
            }
        }
        return count;
    }

    /** The enrolments of the CFA's cohorts in the school year. */
    List<EnrolmentInfo> enrolmentsOf(long cfaId, int schoolYear) {
        List<EnrolmentInfo> all = new ArrayList<>();
        for (CohortInfo cohort : cfas.cohortsOf(cfaId, schoolYear, null)) {
            all.addAll(enrolments.enrolmentsOfCohort(cohort.id()));
        }
        return all;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
