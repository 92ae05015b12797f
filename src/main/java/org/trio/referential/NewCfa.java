package org.trio.referential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** What is needed to register a CFA in a network. */
public record NewCfa(
        @NotNull Long networkId,
        @NotBlank @Size(max = 200) String name,

        @NotBlank @ValidIdentifier(value = IdentifierKind.UAI, label = "cfa.uai")
        String uai,

        @NotBlank @ValidIdentifier(value = IdentifierKind.SIRET, label = "cfa.siret")
        String siret,

        @NotBlank @Pattern(regexp = "^(0[1-9]|10)$", message = "{cfa.type.invalid}")
        String cfaType,

        @Size(max = 200) String address,

        @ValidIdentifier(value = IdentifierKind.POST_CODE, label = "cfa.postCode")
        String postCode,

        @Size(max = 100) String city,
        @Size(max = 5) String communeInsee) {}
