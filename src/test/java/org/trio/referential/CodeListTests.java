package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeListTests {

    @Test
    void givesTheLevelOfACerfaDiplomaFromItsFirstDigit() {
        assertThat(CodeList.levelOfCerfaDiploma("33")).contains(3);
        assertThat(CodeList.levelOfCerfaDiploma("54")).contains(5);
        assertThat(CodeList.levelOfCerfaDiploma("74")).contains(7);
        assertThat(CodeList.levelOfCerfaDiploma("80")).contains(8);
    }

    @Test
    void givesNoLevelBelowCapNorForAnUnknownCode() {
        assertThat(CodeList.levelOfCerfaDiploma("13")).isEmpty();
        assertThat(CodeList.levelOfCerfaDiploma("25")).isEmpty();
        assertThat(CodeList.levelOfCerfaDiploma("99")).isEmpty();
        assertThat(CodeList.levelOfCerfaDiploma("31")).isEmpty();
        assertThat(CodeList.levelOfCerfaDiploma(null)).isEmpty();
    }

    @Test
    void listsTheCerfaEmployerTypesOfBothSectors() {
        assertThat(CodeList.EMPLOYER_TYPE.codes())
                .hasSize(16)
                .contains("11", "16", "21", "30")
                .doesNotContain("17", "20");
        assertThat(CodeList.CFA_TYPE.contains("10")).isTrue();
        assertThat(CodeList.CFA_TYPE.contains("11")).isFalse();
        assertThat(CodeList.SPECIFIC_EMPLOYER.labelKey("2")).isEqualTo("code.specific-employer.2");
    }
}
