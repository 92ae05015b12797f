package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The charter's grid as shipped: the annex of the 2023 charter, with the transcription's gaps filled. */
class CharterGridTests {

    static List<CSVRecord> rows;

    @BeforeAll
    static void readTheGrid() throws IOException {
        try (var reader = new InputStreamReader(
                new ClassPathResource("quality/charter-trajectory-2023.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    @Test
    void holdsTheNinetyThreeItemsOfTheFourActionAreas() {
        assertThat(rows).hasSize(93);
        Map<String, Long> byArea =
                rows.stream().collect(Collectors.groupingBy(r -> r.get("area"), Collectors.counting()));
        assertThat(byArea)
                .containsEntry("1", 22L)
                .containsEntry("2", 28L)
                .containsEntry("3", 29L)
                .containsEntry("4", 14L);
    }

    @Test
    void givesEveryCommitmentTheHeadingOfItsColumnEvenAcrossAPageBreak() {
        assertThat(rows.stream().filter(r -> !r.get("kind").equals("PERIMETER")))
                .allSatisfy(r -> assertThat(r.get("heading")).isNotBlank());
        CSVRecord indicatorsList = rows.stream()
                .filter(r -> r.get("code").equals("1.S.5"))
                .findFirst()
                .orElseThrow();
        assertThat(indicatorsList.get("heading")).startsWith("Définir les paramètres d'un pilotage qualitatif");
        assertThat(indicatorsList.get("perimeters")).isEqualTo("3");
    }

    @Test
    void keepsWhichPerimetersEachCommitmentFacesInTheAnnexTable() {
        Map<String, String> perimeters = rows.stream()
                .filter(r -> !r.get("kind").equals("PERIMETER"))
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("perimeters")));
        assertThat(perimeters)
                .containsEntry("1.S.1", "1,2")
                .containsEntry("2.C.4", "2")
                .containsEntry("3.S.7", "3")
                .containsEntry("4.C.5", "1,2");
    }

    @Test
    void marksTheFourHeadingsWithSubItemsAsNotAssessable() {
        assertThat(rows.stream()
                        .filter(r -> r.get("assessable").equals("false"))
                        .map(r -> r.get("text")))
                .containsExactly(
                        "Recueil et exploitation des retours d'expérience :",
                        "Actions de formation (coaching en techniques de recherche d'emploi) :",
                        "Identification des forces et faiblesses des candidats :",
                        "Actions pour favoriser la diversité (mise en place de dispositifs adéquats, recherche d'aides"
                                + " réglementaires prévues selon le cas) au titre :");
        assertThat(rows.stream().filter(r -> r.get("level").equals("2")))
                .allSatisfy(r -> assertThat(r.get("parent_code")).isNotBlank());
    }
}
