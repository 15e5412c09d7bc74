package org.coopgraph.api.reports;

import org.coopgraph.analytics.report.RegionReport;

/**
 * Turns a report into one output format (HTML, PDF). Renderers are Spring beans; the {@code report}
 * command and the report endpoints find them by {@link #format()}. A renderer prints only what the
 * model holds: member references are already resolved for the report's view, so it needs no consent
 * logic, and it must add no wall-clock time (the same report gives the same bytes).
 */
public interface ReportRenderer {

    /** The format's name as the command line and the address suffix spell it: "html", "pdf". */
    String format();

    /** The media type of the bytes, e.g. "text/html;charset=UTF-8" or "application/pdf". */
    String contentType();

    byte[] render(RegionReport report) throws Exception;
}
