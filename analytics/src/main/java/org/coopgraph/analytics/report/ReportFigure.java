package org.coopgraph.analytics.report;

import java.util.Objects;

/** One named number behind a recommendation (e.g. "cutOffCount" 12), so a reader sees why it was made. */
public record ReportFigure(String name, double value) {

    public ReportFigure {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + name);
        }
    }
}
