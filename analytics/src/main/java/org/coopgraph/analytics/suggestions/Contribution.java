package org.coopgraph.analytics.suggestions;

import java.util.List;

/**
 * One component's part of a suggestion's score: its raw value, the weight it carries and the product
 * that enters the total, with the evidence behind it.
 */
public record Contribution(String component, double raw, double weight, double value, List<Evidence> evidence) {

    public Contribution {
        evidence = List.copyOf(evidence);
    }

    static Contribution of(String component, double weight, ComponentScore score) {
        return new Contribution(component, score.value(), weight, weight * score.value(), score.evidence());
    }
}
