package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the methods appendix: the indicator ({@code id}, e.g. "ei-index"), its title and
 * explanation in the report's language, the formula in plain notation and its literature references.
 */
public record MethodNote(String id, String title, String formula, String explanation, List<String> references) {

    public MethodNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(explanation, "explanation");
        references = List.copyOf(references);
    }
}
