package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.trio.TrioIntegrationTest;
import org.trio.platform.pdf.PdfRenderer;
import org.trio.quality.internal.CharterService.AssessmentForm;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/** Self-assessments of the charter's grid by a programme team of a CFA of its own. */
@TrioIntegrationTest
class CharterIntegrationTests {

    @Autowired
    CharterService charter;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    PdfRenderer pdfs;

    @Test
    void loadsTheGridAtStartUp() {
        List<CharterService.Item> items = charter.items();
        assertThat(items).hasSize(93);
        assertThat(items.stream().filter(CharterService.Item::assessable)).hasSize(89);
    }

    @Test
    void recordsAnAssessmentWithItsEvidenceAndShowsTheProgressionOverTheYears() throws Exception {
        long cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        long programme = referential
                .programmesOfNetwork(referential.networkIds().get(0))
                .get(0)
                .id();
        List<CharterService.Item> items = charter.items();
        CharterService.Item first = items.stream()
                .filter(CharterService.Item::assessable)
                .findFirst()
                .orElseThrow();
        CharterService.Item second = items.stream()
                .filter(CharterService.Item::assessable)
                .skip(1)
                .findFirst()
                .orElseThrow();

        charter.assess(cfa, programme, 2023, first.id(), form(CharterAssessment.Status.IN_PROGRESS), null, "test");
        charter.assess(
                cfa,
                programme,
                2024,
                first.id(),
                form(CharterAssessment.Status.ACHIEVED),
                new MockMultipartFile(
                        "file",
                        "comite.pdf",
                        "application/pdf",
                        "%PDF-1.7 compte rendu".getBytes(StandardCharsets.US_ASCII)),
                "test");
        charter.assess(cfa, programme, 2024, second.id(), form(CharterAssessment.Status.IN_PROGRESS), null, "test");

        List<CharterService.YearProgress> progression = charter.progression(cfa, programme, 2024, items);
        assertThat(progression)
                .extracting(CharterService.YearProgress::schoolYear)
                .containsExactly(2023, 2024);
        assertThat(progression.get(0))
                .extracting(p -> p.achieved(), p -> p.inProgress(), p -> p.notStarted())
                .containsExactly(0L, 1L, 88L);
        assertThat(progression.get(1))
                .extracting(p -> p.achieved(), p -> p.inProgress(), p -> p.notStarted())
                .containsExactly(1L, 1L, 87L);
        Map<Long, CharterService.Assessment> assessed = charter.assessments(cfa, programme, 2024);
        assertThat(assessed.get(first.id()).evidence()).isEqualTo(1);
        assertThat(assessed.get(first.id()).nextMilestone()).isEqualTo("Présenter au comité de pilotage");

        ProgrammeInfo info = referential.programme(programme).orElseThrow();
        byte[] pdf = pdfs.render(
                "pdf/quality/charter-trajectory",
                "Trajectoire qualité",
                Map.of(
                        "cfa",
                        referential.cfa(cfa).orElseThrow(),
                        "programme",
                        info,
                        "year",
                        new SchoolYear(2024),
                        "areas",
                        CharterController.byArea(items),
                        "assessments",
                        assessed,
                        "progression",
                        progression));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(first.text()).contains("Atteint").contains("Présenter au comité de pilotage");
        }
    }

    @Test
    void savesNothingWhenTheEvidenceFileIsRefused() {
        long cfa = org.trio.support.TestOrganisations.aNewCfa(referential);
        long programme = referential
                .programmesOfNetwork(referential.networkIds().get(0))
                .get(0)
                .id();
        long item = charter.items().stream()
                .filter(CharterService.Item::assessable)
                .findFirst()
                .orElseThrow()
                .id();

        assertThatThrownBy(() -> charter.assess(
                        cfa,
                        programme,
                        2024,
                        item,
                        form(CharterAssessment.Status.ACHIEVED),
                        new MockMultipartFile("file", "virus.exe", "application/octet-stream", new byte[] {'M', 'Z'}),
                        "test"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(charter.assessments(cfa, programme, 2024)).isEmpty();
    }

    private static AssessmentForm form(CharterAssessment.Status status) {
        return new AssessmentForm(
                status, "Présenter au comité de pilotage", LocalDate.of(2025, 6, 30), "Responsable", "");
    }
}
