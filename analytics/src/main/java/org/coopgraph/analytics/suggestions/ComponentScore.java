package org.coopgraph.analytics.suggestions;

import java.util.List;

/** A component's raw (unweighted) value for one pair, with the evidence that makes it up. */
public record ComponentScore(double value, List<Evidence> evidence) {

    public static final ComponentScore NONE = new ComponentScore(0, List.of());

    public ComponentScore {
        evidence = List.copyOf(evidence);
    }
}
