package org.trio.referential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** What is needed to record (or correct) a certifying institution. */
public record NewCertifyingInstitution(
        @NotBlank @Size(max = 200) String name,

        @ValidIdentifier(value = IdentifierKind.UAI, label = "certifier.uai")
        String uai,

        @ValidIdentifier(value = IdentifierKind.SIRET, label = "certifier.siret")
        String siret,

        @Size(max = 60) String kind) {}
