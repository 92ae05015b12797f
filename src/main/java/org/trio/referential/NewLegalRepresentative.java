package org.trio.referential;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What is needed to record a legal representative of a minor apprentice. */
public record NewLegalRepresentative(
        @NotNull Long apprenticeId,
        @NotNull @Min(1) @Max(2) Integer rank,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 40) String relationship,
        @Email @Size(max = 254) String email,

        @Size(max = 20) @Pattern(regexp = "^(\\+?[0-9 .\\-]{10,20})?$", message = "{phone.invalid}")
        String phonePersonal,

        @Size(max = 20) @Pattern(regexp = "^(\\+?[0-9 .\\-]{10,20})?$", message = "{phone.invalid}")
        String phoneWork,

        @Pattern(regexp = "^([0-9]{2})?$", message = "{legalRepresentative.pcs.invalid}")
        String pcs) {}
