package org.coopgraph.api.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one font family of the PDF: Liberation Sans (SIL Open Font License 1.1), regular, bold, italic
 * and bold italic, read from the jasperreports-fonts-liberation jar on the class path. Embedded as
 * subsets, so the PDF looks the same everywhere and its text is extractable, on machines without any
 * installed fonts too; it also draws the text inside the SVG charts. The family covers Latin, Greek
 * and the maths signs the methods appendix uses (Σ ≤ ≥ − ·).
 */
final class ReportFonts {

    static final String FAMILY = "Liberation Sans";
    private static final String DIR = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final Set<FSFontUseCase> USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
            FSFontUseCase.FALLBACK_PRE);

    private ReportFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        add(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
        add(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
        add(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
        add(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
    }

    private static void add(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        if (ReportFonts.class.getResource(DIR + file) == null) {
            throw new IllegalStateException("font " + file + " is missing from the class path"
                    + " (dependency com.mpobjects.jasperreports.font:jasperreports-fonts-liberation)");
        }
        builder.useFont(() -> open(file), FAMILY, weight, style, true, USES);
    }

    private static InputStream open(String file) {
        InputStream in = ReportFonts.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(DIR + file));
        }
        return in;
    }
}
