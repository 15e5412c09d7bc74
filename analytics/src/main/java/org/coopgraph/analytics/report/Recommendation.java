package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Objects;

/**
 * A recommended action derived by a documented rule from the numbers ({@code rule}, e.g.
 * "SECOND_BROKER"), the action in the report's language ({@code text}, naming only members the view
 * may name) and the figures that triggered it. Ordered by rule, then by how strongly it triggered.
 */
public record Recommendation(String rule, String text, List<ReportFigure> figures) {

    public Recommendation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
    }
}
