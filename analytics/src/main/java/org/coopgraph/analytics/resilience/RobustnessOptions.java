package org.coopgraph.analytics.resilience;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Tuning of the robustness curves. {@code randomOrders} seeded random orders are averaged (derived
 * from {@code seed}, so a seed gives the same curve on every run); {@code points} curve points are
 * returned at removed fractions 0, 1/(points-1), ..., 1 (21 points = every 5 %). The betweenness
 * order is exact up to {@code exactBetweennessLimit} members and estimated from
 * {@code betweennessPivots} seeded sources beyond (an attack order needs the ranking of the top
 * brokers, not exact scores, and exact Brandes at 10k members takes seconds). {@code threads} only
 * changes speed.
 */
public record RobustnessOptions(Set<RemovalStrategy> strategies, int randomOrders, int points, long seed,
                                int exactBetweennessLimit, int betweennessPivots, int threads) {

    public static final long DEFAULT_SEED = 20240301L;

    public RobustnessOptions {
        Objects.requireNonNull(strategies, "strategies");
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("strategies must not be empty");
        }
        strategies = Set.copyOf(EnumSet.copyOf(strategies));
        require("randomOrders", randomOrders, 1);
        require("points", points, 2);
        require("exactBetweennessLimit", exactBetweennessLimit, 0);
        require("betweennessPivots", betweennessPivots, 1);
        require("threads", threads, 1);
    }

    /** Random (20 orders), adaptive degree and initial betweenness; 21 points; exact betweenness up to 2,000 members, 500 pivots beyond. */
    public static RobustnessOptions defaults() {
        return new RobustnessOptions(EnumSet.of(RemovalStrategy.RANDOM, RemovalStrategy.DEGREE_ADAPTIVE,
                RemovalStrategy.BETWEENNESS_INITIAL), 20, 21, DEFAULT_SEED, 2_000, 500,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public RobustnessOptions withStrategies(Set<RemovalStrategy> chosen) {
        return new RobustnessOptions(chosen, randomOrders, points, seed, exactBetweennessLimit, betweennessPivots, threads);
    }

    public RobustnessOptions withRandomOrders(int orders) {
        return new RobustnessOptions(strategies, orders, points, seed, exactBetweennessLimit, betweennessPivots, threads);
    }

    public RobustnessOptions withSeed(long newSeed) {
        return new RobustnessOptions(strategies, randomOrders, points, newSeed, exactBetweennessLimit, betweennessPivots, threads);
    }

    private static void require(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }
}
