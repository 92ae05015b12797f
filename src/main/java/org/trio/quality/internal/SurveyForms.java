package org.trio.quality.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the survey pages. */
final class SurveyForms {

    static final int QUESTION_ROWS = 12;

    private SurveyForms() {}

    /** A questionnaire with up to {@link #QUESTION_ROWS} questions; rows without text are ignored. */
    record QuestionnaireForm(
            @NotBlank @Size(max = 200) String title,
            @NotNull Questionnaire.Audience audience,
            @Size(max = 2000) @Nullable String intro,
            @Valid List<QuestionRow> questions) {

        static QuestionnaireForm empty() {
            List<QuestionRow> rows = new ArrayList<>();
            for (int i = 0; i < QUESTION_ROWS; i++) {
                rows.add(new QuestionRow(Question.Kind.SCALE, "", "", false, false));
            }
            return new QuestionnaireForm("", Questionnaire.Audience.APPRENTICE, "", rows);
        }
    }

    record QuestionRow(
            Question.@Nullable Kind kind,
            @Size(max = 500) @Nullable String text,
            @Size(max = 2000) @Nullable String choices,
            boolean required,
            boolean satisfaction) {

        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    record CampaignForm(
            @NotNull Long questionnaireId,
            @NotBlank @Size(max = 200) String title,
            @NotBlank String schoolYear,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate opensOn,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate closesOn) {}

    /** E-mail addresses to invite (funders, teaching teams…), one per line or separated by commas or semicolons. */
    record EmailsForm(@NotBlank @Size(max = 20000) String emails) {}
}
