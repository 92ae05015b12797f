package org.trio.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class PdfRendererTests {

    private static final String TITLE = "Attestation de présence";
    private final PdfRenderer renderer =
            new PdfRenderer(engine(), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Paris")));

    @Test
    void rendersFrenchTextWithTheEmbeddedFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(3))) {
            String text = text(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text)
                    .contains("Nous attestons que Zoé Lefèvre a suivi la formation « Cuisinier »")
                    .contains("1\u00a0234,50\u00a0€")
                    .contains("Œuvre, cœur, ç, à, è, é, ù, ê, ô, «\u202fguillemets\u202f»")
                    .contains("Séance n° 3 — atelier pâtisserie")
                    .contains("Fait à Besançon, le 23/11/2026.")
                    .contains("Trio · " + TITLE)
                    .contains("Édité le 23/11/2026")
                    .contains("Page 1 / 1");
            assertThat(fontsOf(pdf.getPage(0))).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    void numbersEveryPageOfALongDocument() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(120))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf))
                        .contains("Page " + page + " / " + pages)
                        .contains("Trio · " + TITLE);
            }
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void producesATaggedAccessiblePdfWithItsTitleAndLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(3))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("pdfuaid")
                    .contains(TITLE);
        }
    }

    @Test
    void answersWithAnInlineDatedPdf() {
        ResponseEntity<byte[]> response = renderer.respond(
                "attestation-zoé", "pdf/test-attestation", TITLE, Map.of("name", "Zoé Lefèvre", "sessions", 1));
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"attestation-zoe-2026-11-23.pdf\"; "
                        + "filename*=UTF-8''attestation-zo%C3%A9-2026-11-23.pdf");
        assertThat(response.getBody()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsAModelWithEmptyValues() throws IOException {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("name", null);
        model.put("sessions", 1);
        try (PDDocument pdf = Loader.loadPDF(renderer.render("pdf/test-attestation", TITLE, model))) {
            assertThat(text(pdf)).contains("Nous attestons que a suivi la formation");
        }
    }

    @Test
    void refusesATemplateOutsideThePdfFolder() {
        assertThatThrownBy(() -> renderer.render("access/audit", TITLE, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("templates/pdf/");
    }

    private byte[] render(int sessions) {
        return renderer.render("pdf/test-attestation", TITLE, Map.of("name", "Zoé Lefèvre", "sessions", sessions));
    }

    /** The text in reading order (by position on the page, not by drawing order). */
    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    private static List<PDFont> fontsOf(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
