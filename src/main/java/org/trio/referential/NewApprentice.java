package org.trio.referential;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** What is needed to register an apprentice (form, import or API). */
public record NewApprentice(
        @NotNull Long cfaId,
        Long siteId,

        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^0-9]*$", message = "{name.no-digit}")
        String lastName,

        @Size(max = 100) String usageName,

        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^0-9]*$", message = "{name.no-digit}")
        String firstName,

        @Size(max = 100) String firstName2,
        @Size(max = 100) String firstName3,

        @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate,

        @ValidIdentifier(value = IdentifierKind.POST_CODE, label = "apprentice.birthPostCode")
        String birthPostCode,

        @Size(max = 5) String birthCommuneInsee,
        @Size(max = 100) String birthPlace,

        @NotBlank @Pattern(regexp = "^[MF]$", message = "{sex.invalid}")
        String sex,

        @ValidIdentifier(value = IdentifierKind.INE, label = "apprentice.ine")
        String ine,

        @Size(max = 200) String address,

        @ValidIdentifier(value = IdentifierKind.POST_CODE, label = "apprentice.postCode")
        String postCode,

        @Size(max = 100) String city,
        @Size(max = 5) String communeInsee,

        @Size(max = 20) @Pattern(regexp = "^(\\+?[0-9 .\\-]{10,20})?$", message = "{phone.invalid}")
        String phone,

        @Email @Size(max = 254) String email,

        @Pattern(regexp = "^[123]?$", message = "{nationality.invalid}")
        String nationality) {}
