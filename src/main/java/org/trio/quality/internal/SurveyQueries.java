package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of campaigns: response rates, results per question, answers waiting for moderation. */
@Component
class SurveyQueries {

    record CampaignRow(
            long id,
            String title,
            String questionnaireTitle,
            String audience,
            int schoolYear,
            LocalDate opensOn,
            LocalDate closesOn,
            long invited,
            long answered,
            long responses) {

        public @Nullable Double rate() {
            return invited == 0 ? null : Math.round(1000.0 * answered / invited) / 10.0;
        }
    }

    record RateRow(@Nullable Long programmeId, long invited, long answered) {

        public @Nullable Double rate() {
            return invited == 0 ? null : Math.round(1000.0 * answered / invited) / 10.0;
        }
    }

    /** Results of one question: for a scale, counts of 1 to 5; for a choice, counts per option; texts approved. */
    record QuestionResult(
            Question question,
            long answers,
            long[] scale,
            @Nullable Double average,
            @Nullable Double satisfied,
            Map<String, Long> choices,
            List<String> texts,
            long pendingTexts) {

        /** The scale's distribution for the chart script. */
        public String chartJson() {
            return "{\"type\":\"bar\",\"labels\":[\"1\",\"2\",\"3\",\"4\",\"5\"],\"data\":["
                    + java.util.Arrays.stream(scale)
                            .mapToObj(Long::toString)
                            .collect(java.util.stream.Collectors.joining(","))
                    + "]}";
        }
    }

    record PendingText(long id, int position, String question, String text) {}

    private final JdbcClient jdbc;

    SurveyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CampaignRow> campaigns(long cfaId) {
        return jdbc.sql("""
                        select c.id, c.title, q.title as questionnaire_title, q.audience, c.school_year, c.opens_on,
                               c.closes_on,
                               (select count(*) from quality.invitation i where i.campaign_id = c.id) as invited,
                               (select count(*) from quality.invitation i where i.campaign_id = c.id
                                  and i.answered_on is not null) as answered,
                               (select count(*) from quality.response r where r.campaign_id = c.id) as responses
                        from quality.campaign c join quality.questionnaire q on q.id = c.questionnaire_id
                        where c.cfa_id = ? order by c.opens_on desc, c.id desc
                        """).param(cfaId).query(CampaignRow.class).list();
    }

    List<RateRow> ratesByProgramme(long campaignId) {
        return jdbc.sql("select programme_id, count(*) as invited, count(answered_on) as answered"
                        + " from quality.invitation where campaign_id = ? group by programme_id order by programme_id")
                .param(campaignId)
                .query(RateRow.class)
                .list();
    }

    List<QuestionResult> results(Questionnaire questionnaire, long campaignId, @Nullable Long programmeId) {
        String programme = programmeId == null ? "" : " and r.programme_id = :programme";
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : questionnaire.questions) {
            var base = jdbc.sql("select a.scale_value, a.choice, a.text, a.moderation from quality.answer a"
                            + " join quality.response r on r.id = a.response_id"
                            + " where r.campaign_id = :campaign and a.question_id = :question" + programme
                            + " order by a.id")
                    .param("campaign", campaignId)
                    .param("question", question.id);
            if (programmeId != null) {
                base = base.param("programme", programmeId);
            }
            long[] scale = new long[5];
            Map<String, Long> choices = new LinkedHashMap<>();
            question.options().forEach(option -> choices.put(option, 0L));
            List<String> texts = new ArrayList<>();
            long[] counts = new long[2];
            base.query((rs, row) -> {
                        counts[0]++;
                        switch (question.kind) {
                            case SCALE -> scale[rs.getInt("scale_value") - 1]++;
                            case CHOICE -> choices.merge(rs.getString("choice"), 1L, Long::sum);
                            case TEXT -> {
                                String moderation = rs.getString("moderation");
                                if ("APPROVED".equals(moderation)) {
                                    texts.add(rs.getString("text"));
                                } else if ("PENDING".equals(moderation)) {
                                    counts[1]++;
                                }
                            }
                        }
                        return row;
                    })
                    .list();
            Double average = null;
            Double satisfied = null;
            if (question.kind == Question.Kind.SCALE && counts[0] > 0) {
                long sum = 0;
                for (int i = 0; i < 5; i++) {
                    sum += (i + 1) * scale[i];
                }
                average = Math.round(100.0 * sum / counts[0]) / 100.0;
                satisfied = Math.round(1000.0 * (scale[3] + scale[4]) / counts[0]) / 10.0;
            }
            results.add(new QuestionResult(question, counts[0], scale, average, satisfied, choices, texts, counts[1]));
        }
        return results;
    }

    List<PendingText> pendingTexts(long campaignId) {
        return jdbc.sql("""
                        select a.id, q.position, q.text as question, a.text from quality.answer a
                        join quality.response r on r.id = a.response_id join quality.question q on q.id = a.question_id
                        where r.campaign_id = ? and a.moderation = 'PENDING' order by a.id
                        """).param(campaignId).query(PendingText.class).list();
    }

    /** The campaign an answer belongs to, to check the moderator covers its CFA. */
    @Nullable
    Long campaignOfAnswer(long answerId) {
        return jdbc.sql("select r.campaign_id from quality.answer a join quality.response r on r.id = a.response_id"
                        + " where a.id = ?")
                .param(answerId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
