package org.trio.quality.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the conseil de perfectionnement pages. */
final class CouncilForms {

    private CouncilForms() {}

    record MemberForm(
            @NotNull CouncilMember.College college,
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 200) @Nullable String organisation,
            @Size(max = 200) @Nullable String function,
            @Email @Size(max = 254) @Nullable String email,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate since) {}

    record MeetingForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate meetingDate,

            @Size(max = 200) @Nullable String place,
            @Size(max = 200) @Nullable String chair) {}

    record TopicForm(@NotBlank @Size(max = 500) String title) {}

    record NotesForm(
            @NotNull Long agendaItemId,
            @Size(max = 4000) @Nullable String notes) {}

    /** A decision; with an owner and a due date it also opens an improvement measure. */
    record DecisionForm(
            @Nullable Long agendaItemId,
            @NotBlank @Size(max = 2000) String text,
            boolean improvementAction,
            @Size(max = 200) @Nullable String owner,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueOn) {}
}
