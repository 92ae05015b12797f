package org.trio.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.trio.platform.document.Downloads;

/**
 * Renders a Thymeleaf template of {@code templates/pdf/} to PDF: A4 pages, a header with the title, "Page X / Y" in
 * the footer (from {@code pdf/base.html}), fonts embedded, tagged for screen readers (PDF/UA, with the title as
 * document title, on PDF/A-3u). Templates reuse the base layout:
 *
 * <pre>{@code
 * <html th:replace="~{pdf/base :: page(~{::main})}">
 * <body><main><h1 th:text="${title}">Attestation</h1> …</main></body>
 * </html>
 * }</pre>
 *
 * and are rendered with {@code pdfs.render("pdf/attestation", "Attestation de présence", Map.of("apprentice", a))}.
 * The model also receives {@code title} and {@code editedOn} (today's date). Images must be inline ({@code data:}
 * URIs): the renderer fetches nothing from the network or the disk.
 */
@Component
public class PdfRenderer {

    private static final String FOLDER = "pdf/";

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private final ITemplateEngine templates;
    private final Clock clock;
    private final PdfFonts fonts = new PdfFonts();
    private final byte[] colourProfile =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfRenderer(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * The PDF of the template filled with the model.
     *
     * @param template the template's name, under {@code pdf/}, e.g. {@code pdf/attestation}
     * @param title the document's title: shown in the page header and given to screen readers
     * @param model the template's variables
     */
    public byte[] render(String template, String title, Map<String, ?> model) {
        if (!template.startsWith(FOLDER)) {
            throw new IllegalArgumentException("Les modèles PDF sont rangés sous templates/pdf/ : " + template);
        }
        Context context = new Context(Locale.FRANCE);
        context.setVariables(new HashMap<String, Object>(model));
        context.setVariable("title", title);
        context.setVariable("editedOn", LocalDate.now(clock));
        String html = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(colourProfile)
                .withProducer("Trio")
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .toStream(out);
        fonts.registerWith(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Le PDF « " + title + " » n'a pas pu être produit", e);
        }
        return out.toByteArray();
    }

    /**
     * The PDF as an answer the browser shows in its viewer, named with the date, e.g.
     * {@code attestation-2026-11-23.pdf}.
     */
    public ResponseEntity<byte[]> respond(String baseName, String template, String title, Map<String, ?> model) {
        String fileName = Downloads.datedFileName(baseName, LocalDate.now(clock), "pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(fileName))
                .cacheControl(CacheControl.noStore())
                .body(render(template, title, model));
    }
}
