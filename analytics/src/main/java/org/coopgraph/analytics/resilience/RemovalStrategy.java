package org.coopgraph.analytics.resilience;

/**
 * The order in which members are removed for a robustness curve. Ties in a score are broken by the
 * member's node number (id order), so every order is deterministic.
 */
public enum RemovalStrategy {
    /** Uniformly random orders (failures), averaged over several seeded orders. */
    RANDOM,
    /** Highest degree first, degrees taken once on the intact network (static attack). */
    DEGREE_INITIAL,
    /** Highest degree first, degrees recomputed among the remaining members after each removal (adaptive attack). */
    DEGREE_ADAPTIVE,
    /** Highest betweenness first, betweenness taken once on the intact network. */
    BETWEENNESS_INITIAL
}
