package org.coopgraph.analytics.agenda;

/**
 * The documented thresholds and weights of the area-agenda analyses. They are this project's
 * judgement on the 1-5 scales of HAS_STAKE, not taken from a source; the README explains each.
 */
public final class AgendaRules {

    /**
     * Interest or influence of 4 or 5 is high. 3 is the middle of the 1-5 scale, so it counts as low:
     * a stakeholder is on the "high" side of the Mendelow grid only with a clearly above-middle rating.
     */
    public static final int HIGH = 4;
    /** Mitchell urgency proxy: interest at the top of the scale (the claim is critical to the member). */
    public static final int CRITICAL_INTEREST = 5;
    /** Default hop limit for "within reach": a direct tie or one shared partner (as in value chains). */
    public static final int DEFAULT_K = 2;
    public static final int MAX_K = 6;
    /** At most this many broker candidates per conflict and member candidates per helix; counts are given. */
    public static final int MAX_BROKERS = 5;
    public static final int MAX_CANDIDATES = 10;
    /**
     * Longer lists (conflicts per class, a coalition's tied pairs) list at most this many, most
     * important first, with the full count: a large region can have a million supporter-opponent pairs.
     */
    public static final int MAX_LISTED = 200;
    /** Agenda score weights (they sum to 1): open questions, skill demand, supporters' energy, coverage gaps. */
    public static final double W_QUESTIONS = 0.25;
    public static final double W_DEMAND = 0.25;
    public static final double W_ENERGY = 0.25;
    public static final double W_GAPS = 0.25;
    /** A weak helix counts as half a missing one in the coverage-gap component. */
    public static final double WEAK_HELIX_GAP = 0.5;

    private AgendaRules() {
    }
}
