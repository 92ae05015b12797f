package org.trio.referential;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** What is needed to register an employer. */
public record NewEmployer(
        @NotBlank @ValidIdentifier(value = IdentifierKind.SIRET, label = "employer.siret")
        String siret,

        @NotBlank @Size(max = 200) String name,

        @ValidIdentifier(value = IdentifierKind.NAF, label = "employer.naf")
        String naf,

        @ValidIdentifier(value = IdentifierKind.IDCC, label = "employer.idcc")
        String idcc,

        @Min(0) Integer headcount,

        @Pattern(regexp = "^(1[1-6]|2[1-9]|30)?$", message = "{employer.type.invalid}")
        String employerType,

        @Pattern(regexp = "^[0-4]?$", message = "{employer.specific.invalid}")
        String specificEmployer,

        @Size(max = 200) String address,

        @ValidIdentifier(value = IdentifierKind.POST_CODE, label = "employer.postCode")
        String postCode,

        @Size(max = 100) String city,
        @Size(max = 5) String communeInsee,
        @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,

        @Size(max = 20) @Pattern(regexp = "^(\\+?[0-9 .\\-]{10,20})?$", message = "{phone.invalid}")
        String contactPhone) {}
