package org.coopgraph.analytics.competences;

/**
 * The documented weights of the competence balance. Demand and supply share one unit: one point of
 * demand (importance 1-5 of one need) is met by one point of supply (level 1-5 of one supplier), so
 * an expert (5) answers one very important need (5), and the gap reads as "points still missing".
 */
public final class CompetenceWeights {

    /** A question's NEEDS carries the default importance of a project requirement (Requirement: 3). */
    public static final double QUESTION_NEED = 3.0;
    /** A value-chain step's NEEDS_SKILL counts like a requirement of default importance. */
    public static final double CHAIN_STEP_NEED = 3.0;
    /**
     * An education member that TEACHES a skill supplies it like a holder at the middle level: it
     * trains people in it rather than delivering the work itself. A member counts once per skill,
     * with the higher of its HAS_SKILL level and this.
     */
    public static final double TEACHING = 3.0;
    /**
     * A related skill (parent, child or sibling in the skill hierarchy) supplies half: related ESCO
     * skills share knowledge but are not interchangeable. Applies once per member, to its best
     * related skill, and only where the member does not supply the skill itself.
     */
    public static final double RELATED = 0.5;
    /** At most this many candidates are listed per missing project skill; the full count is given. */
    public static final int MAX_CANDIDATES = 10;

    private CompetenceWeights() {
    }
}
