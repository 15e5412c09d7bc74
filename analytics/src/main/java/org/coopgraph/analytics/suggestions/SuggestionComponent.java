package org.coopgraph.analytics.suggestions;

/**
 * One independent, explainable part of the suggestion score (as JGraphT's LinkPredictionAlgorithm is
 * one small interface with many implementations). Values are raw; {@link SuggestionScorer} weighs and
 * sums them. A component answers in two ways that must agree: all candidates of one member at once,
 * walking only the structures near that member (never all pairs), and one pair with its evidence.
 */
public interface SuggestionComponent {

    /** A short stable name, e.g. "structural"; it keys the weight and appears in every result. */
    String name();

    /**
     * Adds the raw value of every node {@code b} as a partner of node {@code a} into {@code values}
     * (length = members in the context, zero-filled by the caller). {@code values[a]} is ignored.
     */
    void scoreAll(SuggestionContext context, int a, double[] values);

    /** The raw value of {@code b} as a partner of {@code a}, equal to what {@link #scoreAll} adds, with evidence. */
    ComponentScore score(SuggestionContext context, int a, int b);

    /**
     * Whether this component only adds to other reasons: a candidate whose only positive components
     * are bonuses is not suggested (otherwise everyone in another sector would be).
     */
    default boolean bonus() {
        return false;
    }
}
