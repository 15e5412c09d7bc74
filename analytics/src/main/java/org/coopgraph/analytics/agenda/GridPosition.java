package org.coopgraph.analytics.agenda;

/**
 * Mendelow's power/interest grid (Mendelow 1991; as used in Johnson and Scholes, Exploring Corporate
 * Strategy), with power read as the stake's influence and "high" meaning at least {@link AgendaRules#HIGH}.
 */
public enum GridPosition {
    /** High influence, high interest: key players. */
    MANAGE_CLOSELY,
    /** High influence, low interest. */
    KEEP_SATISFIED,
    /** Low influence, high interest. */
    KEEP_INFORMED,
    /** Low influence, low interest. */
    MONITOR;

    public static GridPosition of(int interest, int influence) {
        boolean power = influence >= AgendaRules.HIGH;
        boolean keen = interest >= AgendaRules.HIGH;
        if (power) {
            return keen ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return keen ? KEEP_INFORMED : MONITOR;
    }
}
