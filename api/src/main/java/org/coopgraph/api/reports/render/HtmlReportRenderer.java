package org.coopgraph.api.reports.render;

import java.nio.charset.StandardCharsets;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.api.reports.ReportRenderer;
import org.springframework.stereotype.Component;

/** The report as a self-contained, printable HTML page ({@code .html}, {@code report --format html}). */
@Component
final class HtmlReportRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String contentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public byte[] render(RegionReport report) {
        return ReportHtml.render(report).getBytes(StandardCharsets.UTF_8);
    }
}
