package org.trio.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTests {

    @Test
    void removesCharactersExcelRefusesAndShortensTo31() {
        SheetNames names = new SheetNames();
        String name = names.next("Bilan: [CFA]/site*? \\ Île-de-France 2026-2027 complet");
        assertThat(name).hasSizeLessThanOrEqualTo(31);
        WorkbookUtil.validateSheetName(name);
        assertThat(name).isEqualTo("Bilan CFA site Île-de-France 20");
    }

    @Test
    void keepsNamesUniqueIgnoringCase() {
        SheetNames names = new SheetNames();
        assertThat(names.next("Contrats")).isEqualTo("Contrats");
        assertThat(names.next("CONTRATS")).isEqualTo("CONTRATS (2)");
        assertThat(names.next("contrats")).isEqualTo("contrats (3)");
    }

    @Test
    void namesAnEmptyTitleByItsPosition() {
        SheetNames names = new SheetNames();
        names.next("Premier");
        assertThat(names.next(" ?*' ")).isEqualTo("Feuille 2");
    }
}
