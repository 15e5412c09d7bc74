package org.coopgraph.analytics.suggestions;

/**
 * The weights of the additive suggestion score, configurable per region. The defaults are this
 * project's judgement (not fitted): one shared partner of modest degree (Adamic-Adar 1/ln 4 = 0.72)
 * weighs about as much as one skill the other side needs; value-chain neighbours count like a skill;
 * an agenda theme counts half, since themes are broad; the sector and helix bonuses are small and only
 * add to other reasons. {@code relatedSkill} is the credit for a related skill instead of the skill
 * itself (as in the competence analysis). {@code maxSectorShare} caps the share of one member's list
 * coming from one SBI division: at most ceil(share x limit) entries.
 */
public record SuggestionWeights(double structural, double complementarity, double crossSector, double crossHelix,
                                double valueChain, double themes, double relatedSkill, double maxSectorShare) {

    public static final SuggestionWeights DEFAULTS = new SuggestionWeights(1.0, 1.0, 0.25, 0.25, 1.0, 0.5, 0.5, 0.5);

    public SuggestionWeights {
        nonNegative("structural", structural);
        nonNegative("complementarity", complementarity);
        nonNegative("crossSector", crossSector);
        nonNegative("crossHelix", crossHelix);
        nonNegative("valueChain", valueChain);
        nonNegative("themes", themes);
        if (!(relatedSkill >= 0 && relatedSkill <= 1)) {
            throw new IllegalArgumentException("relatedSkill must be from 0 to 1: " + relatedSkill);
        }
        if (!(maxSectorShare > 0 && maxSectorShare <= 1)) {
            throw new IllegalArgumentException("maxSectorShare must be above 0 and at most 1: " + maxSectorShare);
        }
    }

    private static void nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or more and finite: " + value);
        }
    }
}
