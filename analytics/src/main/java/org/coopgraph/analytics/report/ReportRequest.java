package org.coopgraph.analytics.report;

import java.util.Objects;

/** Which report to build: the year, its language and for whom (the consent view). */
public record ReportRequest(int year, ReportLanguage language, ReportView view) {

    public ReportRequest {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(view, "view");
    }
}
