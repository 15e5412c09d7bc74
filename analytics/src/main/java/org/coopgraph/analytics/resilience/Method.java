package org.coopgraph.analytics.resilience;

import java.util.Objects;

/**
 * How an indicator is computed, for a report's methods appendix: a short name, the formula in plain
 * text (ASCII, so it renders in any output format) and the literature reference it follows.
 */
public record Method(String name, String formula, String reference) {

    public Method {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(reference, "reference");
    }
}
