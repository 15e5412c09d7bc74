package org.coopgraph.analytics.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks a component's two answers agree: scoreAll from every member equals the pair score for every other. */
final class ComponentAgreement {

    private ComponentAgreement() {
    }

    static void check(SuggestionComponent component, SuggestionContext context) {
        for (int a = 0; a < context.size(); a++) {
            double[] values = new double[context.size()];
            component.scoreAll(context, a, values);
            for (int b = 0; b < context.size(); b++) {
                if (b != a) {
                    assertEquals(component.score(context, a, b).value(), values[b], 1e-9,
                            component.name() + " " + context.member(a).id() + " -> " + context.member(b).id());
                }
            }
        }
    }
}
