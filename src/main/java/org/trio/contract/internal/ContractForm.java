package org.trio.contract.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.trio.platform.validation.ValidIdentifier;
import org.trio.shared.IdentifierKind;

/** The CERFA FA13 fields of a contract, as typed in the contract form. */
record ContractForm(
        @NotBlank @ValidIdentifier(value = IdentifierKind.SIRET, label = "contractForm.employerSiret")
        String employerSiret,

        @NotNull Long mentor1Id,
        Long mentor2Id,
        @NotBlank String contractType,
        String derogation,
        @NotBlank String contractMode,
        @NotNull LocalDate conclusionDate,
        @NotNull LocalDate startDate,
        @NotNull LocalDate practicalTrainingStart,
        @NotNull LocalDate endDate,
        @NotNull @DecimalMin("1") @DecimalMax("48") BigDecimal weeklyHours,
        @Size(max = 1000) String comment) {

    static ContractForm empty() {
        return new ContractForm(null, null, null, "11", null, "1", null, null, null, null, new BigDecimal("35"), null);
    }
}
