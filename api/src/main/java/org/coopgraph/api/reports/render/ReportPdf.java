package org.coopgraph.api.reports.render;

import java.time.LocalDate;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.ReportMeta;

/**
 * The annual report as PDF (A4): the print form of {@link ReportHtml} with PDF bookmarks, rendered by
 * {@link PdfRenderer}. Metadata come from the report: the date is 1 January of the report year (never
 * the clock) and the file identifier is seeded from the content hash, so the same report gives the
 * same bytes.
 */
public final class ReportPdf {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    private ReportPdf() {
    }

    public static byte[] render(RegionReport report) {
        ReportMeta meta = report.meta();
        Messages msg = Messages.of(meta.language());
        String title = msg.get("report.title", meta.regionName(), Integer.toString(meta.year()));
        String key = meta.contentHash() != null ? meta.contentHash()
                : meta.regionId() + "|" + meta.year() + "|" + meta.dataVersion() + "|" + meta.language() + "|" + meta.view();
        PdfMetadata metadata = new PdfMetadata(title, msg.get("pdf.subject"), meta.generator(),
                msg.get("pdf.keywords"), meta.language(), LocalDate.of(meta.year(), 1, 1), key);
        return RENDERER.render(ReportHtml.render(report, true), metadata);
    }

    /** {@code <region>-<year>-<lang>.pdf}, from the region id (letters, digits, '-', '_' only). */
    public static String fileName(ReportMeta meta) {
        String region = meta.regionId().replaceAll("[^A-Za-z0-9_-]", "_");
        return region + "-" + meta.year() + "-" + meta.language() + ".pdf";
    }
}
