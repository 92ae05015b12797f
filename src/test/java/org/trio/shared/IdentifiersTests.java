package org.trio.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTests {

    @Test
    void acceptsAUaiWithItsCheckLetter() {
        assertThat(IdentifierKind.UAI.check("0751234J")).isEmpty();
        assertThat(Identifiers.uaiCheckLetter("0123456")).isEqualTo('S');
    }

    @Test
    void refusesAUaiWithAWrongCheckLetterOrFormat() {
        assertThat(IdentifierKind.UAI.check("0751234A")).contains("identifier.uai.checksum");
        assertThat(IdentifierKind.UAI.check("075123J")).contains("identifier.uai.format");
        assertThat(IdentifierKind.UAI.check("0751234I")).contains("identifier.uai.checksum");
    }

    @Test
    void checksTheLuhnKeyOfASiret() {
        assertThat(IdentifierKind.SIRET.check("732 829 320 00074")).isEmpty();
        assertThat(IdentifierKind.SIRET.check("12345678901235")).contains("identifier.siret.checksum");
        assertThat(IdentifierKind.SIRET.check("1234567890123")).contains("identifier.siret.format");
    }

    @Test
    void acceptsLaPosteSiretsThatFollowTheirOwnRule() {
        assertThat(IdentifierKind.SIRET.check("35600000000047")).isEmpty();
        assertThat(IdentifierKind.SIRET.check("35600000000048")).contains("identifier.siret.checksum");
    }

    @Test
    void acceptsTheThreeFormsOfIne() {
        assertThat(IdentifierKind.INE.check("123456789AB")).isEmpty();
        assertThat(IdentifierKind.INE.check("1234567890A")).isEmpty();
        assertThat(IdentifierKind.INE.check("12_4567890A")).isEmpty();
        assertThat(IdentifierKind.INE.check("2024A12345B")).isEmpty();
        assertThat(IdentifierKind.INE.check("2024B12345B")).contains("identifier.ine.format");
        assertThat(IdentifierKind.INE.check("12345")).contains("identifier.ine.format");
    }

    @Test
    void normalisesAndChecksCfdRncpNafAndIdcc() {
        assertThat(IdentifierKind.CFD.check("50023224")).isEmpty();
        assertThat(IdentifierKind.CFD.check("5002322")).contains("identifier.cfd.format");
        assertThat(IdentifierKind.RNCP.normalize("35715")).isEqualTo("RNCP35715");
        assertThat(IdentifierKind.RNCP.check("rncp 35715")).isEmpty();
        assertThat(IdentifierKind.RNCP.check("RNCP1")).contains("identifier.rncp.format");
        assertThat(IdentifierKind.NAF.check("43.22A")).isEmpty();
        assertThat(IdentifierKind.NAF.check("4322")).contains("identifier.naf.format");
        assertThat(IdentifierKind.IDCC.check("1597")).isEmpty();
        assertThat(IdentifierKind.IDCC.check("15970")).contains("identifier.idcc.format");
    }

    @Test
    void readsTheDiplomaLevelFromTheFirstDigitOfTheCfd() {
        assertThat(Identifiers.levelFromCfd("50023224")).contains(3);
        assertThat(Identifiers.levelFromCfd("32022709")).contains(5);
        assertThat(Identifiers.levelFromCfd("13534309")).contains(7);
        assertThat(Identifiers.levelFromCfd("01022706")).isEmpty();
    }
}
