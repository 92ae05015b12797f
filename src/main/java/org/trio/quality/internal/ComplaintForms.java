package org.trio.quality.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the complaint register. */
final class ComplaintForms {

    private ComplaintForms() {}

    /** Registering a complaint, hazard or difficulty. */
    record ComplaintForm(
            @NotNull Complaint.Nature nature,
            @NotNull Complaint.Complainant complainantKind,
            @Size(max = 200) @Nullable String complainantName,
            @NotNull Complaint.Channel channel,
            @NotBlank @Size(max = 300) String subject,
            @NotBlank @Size(max = 4000) String description,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate receivedOn) {}

    record AcknowledgementForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate acknowledgedOn) {}

    record AnswerForm(
            @NotBlank @Size(max = 4000) String analysis,
            @NotBlank @Size(max = 4000) String answer,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate answeredOn) {}

    record ClosingForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate closedOn) {}

    /** An improvement measure opened from a complaint. */
    record ComplaintActionForm(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String owner,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueOn) {}
}
