package org.trio.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * Answers through a private link, without an account. A link is answered once: the invitation is marked answered and
 * the response is stored in the same transaction, but the response keeps no link to the invitation (anonymity; see
 * {@code docs/survey-privacy.md}). Free-text answers wait for moderation before they are shown.
 */
@Service
class SurveyAnswering {

    enum LinkState {
        OPEN,
        ANSWERED,
        NOT_YET_OPEN,
        CLOSED
    }

    record Invitation(
            long id,
            long campaignId,
            @Nullable Long programmeId,
            @Nullable LocalDate answeredOn) {}

    record Link(Invitation invitation, Campaign campaign, Questionnaire questionnaire, LinkState state) {}

    /** Thrown when the link was already used; nothing is saved. */
    static final class AlreadyAnswered extends RuntimeException {
        AlreadyAnswered() {
            super("Questionnaire déjà rempli");
        }
    }

    private final JdbcClient jdbc;
    private final SurveyService surveys;
    private final Clock clock;

    SurveyAnswering(JdbcClient jdbc, SurveyService surveys, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Link> link(String token) {
        return jdbc.sql("select id, campaign_id, programme_id, answered_on from quality.invitation where token = ?")
                .param(token)
                .query(Invitation.class)
                .optional()
                .map(invitation -> {
                    Campaign campaign =
                            surveys.campaign(invitation.campaignId()).orElseThrow();
                    Questionnaire questionnaire =
                            surveys.questionnaire(campaign.questionnaireId).orElseThrow();
                    return new Link(invitation, campaign, questionnaire, stateOf(invitation, campaign));
                });
    }

    private LinkState stateOf(Invitation invitation, Campaign campaign) {
        LocalDate today = LocalDate.now(clock);
        if (invitation.answeredOn() != null) {
            return LinkState.ANSWERED;
        }
        if (today.isBefore(campaign.opensOn)) {
            return LinkState.NOT_YET_OPEN;
        }
        return today.isAfter(campaign.closesOn) ? LinkState.CLOSED : LinkState.OPEN;
    }

    /**
     * Checks and stores the answers ({@code q<questionId>} → value). Throws {@link InvalidInputException} naming each
     * question in error, or {@link AlreadyAnswered}; in both cases nothing is saved.
     */
    @Transactional
    void submit(Link link, Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (Question question : link.questionnaire().questions) {
            String raw = values.getOrDefault("q" + question.id, "").strip();
            String field = "q" + question.id;
            if (raw.isEmpty()) {
                if (question.required) {
                    problems.add(Problem.of(field, "survey.answer.required", question.position, question.text));
                }
                continue;
            }
            switch (question.kind) {
                case SCALE -> {
                    if (!raw.matches("[1-5]")) {
                        problems.add(Problem.of(field, "survey.answer.scale", question.position, question.text));
                    } else {
                        answers.add(new Object[] {question.id, Short.parseShort(raw), null, null, null});
                    }
                }
                case CHOICE -> {
                    if (!question.options().contains(raw)) {
                        problems.add(Problem.of(field, "survey.answer.choice", question.position, question.text));
                    } else {
                        answers.add(new Object[] {question.id, null, raw, null, null});
                    }
                }
                case TEXT -> {
                    if (raw.length() > 4000) {
                        problems.add(Problem.of(field, "survey.answer.tooLong", question.position, question.text));
                    } else {
                        answers.add(new Object[] {question.id, null, null, raw, "PENDING"});
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        int marked = jdbc.sql("update quality.invitation set answered_on = ? where id = ? and answered_on is null")
                .params(today, link.invitation().id())
                .update();
        if (marked == 0) {
            throw new AlreadyAnswered();
        }
        long response = jdbc.sql("insert into quality.response (campaign_id, programme_id, submitted_on)"
                        + " values (?, ?, ?) returning id")
                .params(link.campaign().id, link.invitation().programmeId(), today)
                .query(Long.class)
                .single();
        for (Object[] answer : answers) {
            jdbc.sql("insert into quality.answer (response_id, question_id, scale_value, choice, text, moderation)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(response, answer[0], answer[1], answer[2], answer[3], answer[4])
                    .update();
        }
    }
}
