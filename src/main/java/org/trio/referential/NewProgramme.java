package org.trio.referential;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** What is needed to offer a programme in a network. CFD or RNCP is required (checked by the service). */
public record NewProgramme(
        @NotNull Long networkId,

        @ValidIdentifier(value = IdentifierKind.CFD, label = "programme.cfd")
        String cfd,

        @ValidIdentifier(value = IdentifierKind.RNCP, label = "programme.rncp")
        String rncp,

        @NotBlank @Size(max = 300) String label,
        @Size(max = 100) String shortLabel,
        @NotNull DiplomaType diplomaType,
        @NotNull @Min(3) @Max(8) Integer level,
        @Size(max = 60) String sector,
        @NotNull @Min(1) @Max(48) Integer theoreticalDurationMonths,
        Long certifyingInstitutionId,
        Long leadStaffId) {}
