package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;

/** The dated, configurable data: NPEC import, the rupture-nette rule, CFA motives. */
@TrioIntegrationTest
class ContractSettingsIntegrationTests {

    @Autowired
    FundingLevels fundingLevels;

    @Autowired
    RuptureRules rules;

    @Autowired
    ContractFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsNpecFromCsvAndClosesThePreviousAmountTheDayBefore() {
        FundingLevels.ImportResult first = fundingLevels.importFile(
                csv("certification;libellé;montant;date d'effet\n50099901;CAP essai;8 500,00;01/01/2024\n"),
                "npec.csv");
        FundingLevels.ImportResult second =
                fundingLevels.importFile(csv("50099901;CAP essai;9000;01/09/2025\n"), "npec.csv");
        assertThat(first.imported()).isEqualTo(1);
        assertThat(second.imported()).isEqualTo(1);
        assertThat(jdbc.sql("select valid_to from contract.funding_level where certification = '50099901'"
                                + " and valid_from = date '2024-01-01'")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(jdbc.sql("select amount from contract.funding_level where certification = '50099901'"
                                + " and valid_from = date '2025-09-01'")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("9000");
    }

    @Test
    void refusesAWholeImportWhenALineIsWrongAndNamesLineAndColumn() {
        FundingLevels.ImportResult result = fundingLevels.importFile(
                csv("50099902;CAP bon;8000;01/01/2024\n50099903;CAP mauvais;huit mille;01/01/2024\n"), "npec.csv");
        assertThat(result.imported()).isZero();
        assertThat(result.errors())
                .containsExactly(
                        "Ligne 2, colonne « montant » : « huit mille » n'est pas un montant (ex. 8500 ou 8500,50).");
        assertThat(jdbc.sql("select count(*) from contract.funding_level where certification = '50099902'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void changesTheRuptureNetteRuleFromADayOn() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        assertThat(rules.isNet("TRANSFER_WITHIN_NETWORK", from)).isFalse();
        rules.changeNetRule("TRANSFER_WITHIN_NETWORK", false, from, "test");
        assertThat(rules.isNet("TRANSFER_WITHIN_NETWORK", from.minusDays(1))).isFalse();
        assertThat(rules.isNet("TRANSFER_WITHIN_NETWORK", from)).isTrue();
        assertThat(rules.isNet(null, from)).isTrue();
    }

    @Test
    void addsACfaMotiveBesideTheNetworksList() {
        long cfa = fixtures.demoCfa();
        long id = rules.addMotive("VALIDATED", "Motif propre au CFA de test", cfa, LocalDate.of(2020, 1, 1));
        assertThat(rules.motives("VALIDATED", cfa, LocalDate.of(2024, 1, 1)))
                .extracting(RuptureRules.Motive::id)
                .contains(id);
        assertThat(rules.motives("VALIDATED", cfa, LocalDate.of(2024, 1, 1))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rules.motives("VALIDATED", cfa + 1000, LocalDate.of(2024, 1, 1)))
                .extracting(RuptureRules.Motive::id)
                .doesNotContain(id);
    }
}
