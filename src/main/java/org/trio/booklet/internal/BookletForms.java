package org.trio.booklet.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the livret pages, bound to records. */
final class BookletForms {

    private BookletForms() {}

    /** The apprentice's return after a stay in the company. */
    record PeriodReturnForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate periodStart,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate periodEnd,

            @NotBlank @Size(max = 5000) String activities,
            @Size(max = 5000) String difficulties,
            List<Long> competencies) {

        List<Long> competencyIds() {
            return competencies == null ? List.of() : competencies;
        }
    }

    /** A message to the trio. */
    record NoteForm(@NotBlank @Size(max = 5000) String body) {}

    /** A reply to an entry. */
    record ReplyForm(@NotBlank @Size(max = 5000) String body) {}

    /** The missions entrusted to the apprentice, for validation. */
    record MissionForm(@NotBlank @Size(max = 5000) String mission) {}

    /** The programme lead's decision on the missions. */
    record DecisionForm(
            @NotNull Boolean validated, @Size(max = 2000) String comment) {}
}
