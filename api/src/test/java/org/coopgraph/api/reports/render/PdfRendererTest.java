package org.coopgraph.api.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.coopgraph.api.reports.render.Series.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

    private static final PdfMetadata META = new PdfMetadata("Jaarrapport 2024", "Veerkracht", "coopgraph", "netwerk",
            "nl", LocalDate.of(2024, 1, 1), "hash-1");

    private static String page() {
        String chart = new LineChart("curve", "Curve", "A falling line", SHARE, SHARE, List.of(new Series("random",
                List.of(new Point(0, 1.0), new Point(1, 0.0))))).svg();
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>Jaarrapport 2024</title>"
                + "<style>@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Sans'; }"
                + " .next { page-break-before: always; }</style></head><body>"
                + "<h1>Coöperatie Veenkoloniën</h1><p>R = (1/N) Σ s(q) ≤ 0,5 − € 3</p>" + chart
                + "<div style=\"background: #0072b2; width: 200px; height: 100px\"></div>"
                + "<h2 class=\"next\">Tweede pagina</h2><p>Einde</p></body></html>";
    }

    private static final Axis SHARE = new Axis("share", 0, 1, List.of(0.0, 1.0), v -> Math.round(v * 100) + "%");

    @Test
    void theSameInputGivesByteIdenticalPdfs() {
        PdfRenderer renderer = new PdfRenderer();

        byte[] first = renderer.render(page(), META);
        byte[] second = renderer.render(page(), META);

        assertThat(first).isEqualTo(second);
        assertThat(new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void metadataComesFromTheReportNotTheClock() throws Exception {
        byte[] pdf = new PdfRenderer().render(page(), META);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Jaarrapport 2024");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(info.getModificationDate().toInstant()).isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void anotherDocumentKeyGivesAnotherFileIdentifier() {
        PdfMetadata other = new PdfMetadata(META.title(), META.subject(), META.author(), META.keywords(), "nl",
                META.date(), "hash-2");

        assertThat(new PdfRenderer().render(page(), other)).isNotEqualTo(new PdfRenderer().render(page(), META));
    }

    @Test
    void theRenderedPdfDoesNotDependOnTheDefaultTimeZone() {
        TimeZone original = TimeZone.getDefault();
        byte[] utc = new PdfRenderer().render(page(), META);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(new PdfRenderer().render(page(), META)).isEqualTo(utc);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void theInlineSvgChartIsDrawnNotDropped() throws Exception {
        byte[] pdf = new PdfRenderer().render(page(), META);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 48);
            // the chart's line is the Okabe-Ito blue #0072b2; count bluish pixels above the blue box
            int blue = 0;
            for (int y = 0; y < image.getHeight() / 3; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 80 && ((rgb & 0xff) > 120)) {
                        blue++;
                    }
                }
            }
            assertThat(blue).isGreaterThan(20);
        }
    }

    @Test
    void textIsExtractableAndPagesRenderWithPoppler(@TempDir Path dir) throws Exception {
        Poppler.assumeInstalled();
        byte[] pdf = new PdfRenderer().render(page(), META);

        String text = Poppler.text(pdf, dir);
        List<Path> pages = Poppler.pages(pdf, dir, 40);

        assertThat(text).contains("Coöperatie Veenkoloniën").contains("R = (1/N) Σ s(q) ≤ 0,5 − € 3").contains("Tweede pagina");
        assertThat(pages).hasSize(2);
        assertThat(ImageIO.read(pages.get(0).toFile()).getWidth()).isEqualTo(331); // A4 at 40 dpi
    }
}
