package org.coopgraph.analytics.suggestions.evaluation;

import org.coopgraph.analytics.suggestions.SuggestionContext;

/** A link predictor under evaluation: the score of every node as a future partner of node {@code a}. */
public interface LinkScorer {

    String name();

    /** Scores for every node of the context (a's own entry and its current partners are ignored). */
    double[] scores(SuggestionContext context, int a);
}
