package org.trio.referential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** What is needed to register a site or UFA of a CFA. */
public record NewSite(
        @NotNull Long cfaId,
        @NotBlank @Size(max = 200) String name,
        @NotNull SiteKind kind,
        @Size(max = 200) String hostInstitution,

        @NotBlank @ValidIdentifier(value = IdentifierKind.UAI, label = "site.uai")
        String uai,

        @ValidIdentifier(value = IdentifierKind.SIRET, label = "site.siret")
        String siret,

        @Size(max = 200) String address,

        @ValidIdentifier(value = IdentifierKind.POST_CODE, label = "site.postCode")
        String postCode,

        @Size(max = 100) String city,
        @Size(max = 5) String communeInsee) {}
