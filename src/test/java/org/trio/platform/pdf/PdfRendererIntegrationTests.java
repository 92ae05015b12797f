package org.trio.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trio.TrioIntegrationTest;

/** The renderer as the application wires it: Trio's template engine and clock. */
@TrioIntegrationTest
class PdfRendererIntegrationTests {

    @Autowired
    PdfRenderer renderer;

    @Test
    void rendersATemplateWithTheApplicationsTemplateEngine() throws IOException {
        byte[] pdf = renderer.render(
                "pdf/test-attestation", "Attestation d'assiduité", Map.of("name", "Noël Garçon", "sessions", 2));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Attestation d'assiduité")
                    .contains("Séance n° 2 — atelier pâtisserie")
                    .contains("Page 1 / 1");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Attestation d'assiduité");
        }
    }
}
