package org.coopgraph.api.reports.render;

import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.api.reports.ReportRenderer;
import org.springframework.stereotype.Component;

/** The report as an A4 PDF with fixed metadata ({@code .pdf}, {@code report --format pdf}). */
@Component
final class PdfReportRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(RegionReport report) {
        return ReportPdf.render(report);
    }
}
