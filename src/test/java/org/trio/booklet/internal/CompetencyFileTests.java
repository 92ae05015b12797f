package org.trio.booklet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.platform.spreadsheet.SheetChoice;
import org.trio.platform.spreadsheet.SpreadsheetException;
import org.trio.platform.spreadsheet.SpreadsheetReader;

class CompetencyFileTests {

    private static List<CompetencyFile.Block> parse(String csv) {
        return CompetencyFile.parse(new SpreadsheetReader()
                .readAll(csv.getBytes(StandardCharsets.UTF_8), "referentiel.csv", SheetChoice.first()));
    }

    @Test
    void groupsCompetenciesByBlockWhateverTheOrderOfTheColumns() {
        List<CompetencyFile.Block> blocks = parse("""
                Compétence;Code compétence;BLOC;code bloc
                Implanter les réseaux;C2.1;Réaliser une installation;B2
                Préparer le poste;C1.1;Préparer son intervention;B1
                Poser les appareils;C2.2;Réaliser une installation;B2
                """);
        assertThat(blocks).extracting(CompetencyFile.Block::code).containsExactly("B2", "B1");
        assertThat(blocks.get(0).competencies())
                .extracting(CompetencyFile.Item::code)
                .containsExactly("C2.1", "C2.2");
    }

    @Test
    void namesTheCellOfAMissingCompetencyTitle() {
        assertThatThrownBy(() -> parse("""
                        Code bloc;Bloc;Code compétence;Compétence
                        B1;Préparer;C1.1;Lire le plan
                        B1;Préparer;C1.2;
                        """))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Feuille « referentiel.csv », cellule D3 : l'intitulé de la compétence est obligatoire.");
    }

    @Test
    void refusesADuplicateCompetencyCodeNamingTheFirstLine() {
        assertThatThrownBy(() -> parse("""
                        Code bloc;Bloc;Code compétence;Compétence
                        B1;Préparer;C1.1;Lire le plan
                        B1;Préparer;c1.1;Tracer
                        """))
                .hasMessageContaining("cellule C3")
                .hasMessageContaining("déjà utilisé à la ligne 2");
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        assertThatThrownBy(() -> parse("""
                        Bloc;Compétence
                        Préparer;Lire le plan
                        """)).hasMessageContaining("ligne 1").hasMessageContaining("« Code bloc »");
    }

    @Test
    void refusesTwoTitlesForTheSameBlock() {
        assertThatThrownBy(() -> parse("""
                        Code bloc;Bloc;Code compétence;Compétence
                        B1;Préparer;C1.1;Lire le plan
                        B1;Organiser;C1.2;Tracer
                        """))
                .hasMessageContaining("cellule B3")
                .hasMessageContaining("porte déjà l'intitulé « Préparer »");
    }
}
