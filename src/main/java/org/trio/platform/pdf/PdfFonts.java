package org.trio.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts embedded in every PDF: Liberation Sans (regular, bold, italic, bold italic), shipped in a Maven artifact,
 * registered as the family {@value #FAMILY}, which {@code templates/pdf/base.html} uses everywhere. It covers French
 * (é è à ç œ « » €, non-breaking and narrow non-breaking spaces), and embedding it makes PDFs look the same on every
 * machine, as PDF/UA requires.
 */
final class PdfFonts {

    /** The CSS font family of Trio's PDFs. */
    static final String FAMILY = "Trio Sans";

    private static final String FOLDER = "/liberation/";
    private final byte[] regular = load("LiberationSans-Regular.ttf");
    private final byte[] bold = load("LiberationSans-Bold.ttf");
    private final byte[] italic = load("LiberationSans-Italic.ttf");
    private final byte[] boldItalic = load("LiberationSans-BoldItalic.ttf");

    void registerWith(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(italic), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(boldItalic), FAMILY, 700, FontStyle.ITALIC, true);
    }

    private static byte[] load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Police " + file + " absente du classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
