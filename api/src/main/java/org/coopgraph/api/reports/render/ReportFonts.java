package org.coopgraph.api.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's fonts: Liberation Sans (regular, bold, italic, bold italic) and Liberation Mono (SIL Open
 * Font License 1.1), read from the jasperreports-fonts-liberation jar on the class path and embedded as
 * subsets, so the PDF looks the same everywhere and its text is extractable, also on machines without
 * installed fonts. The family covers Latin, Greek and the maths signs the appendix uses (Σ ≤ ≥ −).
 * <p>
 * Glyph substitution (GSUB) is switched off: PDFBox 3 would otherwise rewrite Latin text through the
 * fonts' ligature tables for every text run, which made a 24-page report take over ten seconds, and a
 * ligature has no Unicode mapping in the subset, so its letters would vanish from the extracted text.
 */
final class ReportFonts {

    static final String SANS = "Liberation Sans";
    static final String MONO = "Liberation Mono";
    private static final String DIR = "/com/mpobjects/jasperreports/fonts/liberation/";

    private record Face(String family, String file, int weight, FontStyle style, byte[] bytes) {
    }

    private static final List<Face> FACES = List.of(
            face(SANS, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            face(SANS, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            face(SANS, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            face(SANS, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            face(MONO, "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL));

    private ReportFonts() {
    }

    /**
     * Loads every face into {@code document} for the text and registers it with the builder, and gives
     * Batik the same files for the text inside SVG charts.
     */
    static void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        for (Face face : FACES) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
            ttf.setEnableGsub(false);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, ttf, true)), face.family(), face.weight(),
                    face.style(), true);
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(),
                    true, EnumSet.of(FSFontUseCase.SVG));
        }
    }

    private static Face face(String family, String file, int weight, FontStyle style) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path"
                        + " (dependency com.mpobjects.jasperreports.font:jasperreports-fonts-liberation)");
            }
            return new Face(family, file, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(DIR + file, e);
        }
    }
}
