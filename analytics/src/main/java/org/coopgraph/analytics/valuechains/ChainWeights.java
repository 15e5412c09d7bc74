package org.coopgraph.analytics.valuechains;

import org.coopgraph.analytics.valuechains.ValueChainResult.ReasonCode;

/**
 * The documented weights that rank gap candidates (score = sum of reason weights, then member id);
 * they are this project's judgement, not taken from a source. A related sector weighs most because a
 * firm in a sibling SBI activity often has the plant and know-how to take a step on with little
 * change; each step skill a member already has counts fully,
 * a related skill half (as in competence supply); being near the other step of a link gap counts
 * like one skill, since it is what closes that gap.
 */
public final class ChainWeights {

    public static final double RELATED_SECTOR = 2.0;
    public static final double HAS_STEP_SKILL = 1.0;
    public static final double RELATED_SKILL = 0.5;
    public static final double NEAR_OTHER_STEP = 1.0;
    /** The default hop limit for "connected" consecutive steps: a tie, or a shared partner. */
    public static final int DEFAULT_K = 2;
    /** At most this many candidates are listed per gap; the full count is given. */
    public static final int MAX_CANDIDATES = 10;

    private ChainWeights() {
    }

    static double weight(ReasonCode code) {
        return switch (code) {
            case RELATED_SECTOR -> RELATED_SECTOR;
            case HAS_STEP_SKILL -> HAS_STEP_SKILL;
            case RELATED_SKILL -> RELATED_SKILL;
            case NEAR_OTHER_STEP -> NEAR_OTHER_STEP;
        };
    }
}
