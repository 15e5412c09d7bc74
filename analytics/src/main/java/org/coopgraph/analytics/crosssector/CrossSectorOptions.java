package org.coopgraph.analytics.crosssector;

/**
 * Tuning of the cross-sector analysis. Betweenness is exact up to {@code exactBetweennessLimit}
 * members and estimated from {@code betweennessPivots} seeded sources beyond (exact at 10k members
 * takes seconds, at 100k it would take minutes). {@code seed} drives both the pivots and Leiden;
 * {@code resolution} is Leiden's modularity resolution gamma (1 = classic modularity).
 * {@code maxListedMembers} caps the member ids listed per articulation point (the count is always
 * exact). {@code threads} only changes speed, never a value.
 */
public record CrossSectorOptions(int topBrokers, int exactBetweennessLimit, int betweennessPivots, long seed,
                                 double resolution, int leidenIterations, int maxListedMembers, int threads) {

    public static final long DEFAULT_SEED = 20240301L;

    public CrossSectorOptions {
        requireAtLeast("topBrokers", topBrokers, 0);
        requireAtLeast("exactBetweennessLimit", exactBetweennessLimit, 0);
        requireAtLeast("betweennessPivots", betweennessPivots, 1);
        requireAtLeast("leidenIterations", leidenIterations, 1);
        requireAtLeast("maxListedMembers", maxListedMembers, 0);
        requireAtLeast("threads", threads, 1);
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite: " + resolution);
        }
    }

    public static CrossSectorOptions defaults() {
        return new CrossSectorOptions(20, 12_000, 1_000, DEFAULT_SEED, 1.0, 10, 200,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public CrossSectorOptions withExactBetweennessLimit(int limit) {
        return new CrossSectorOptions(topBrokers, limit, betweennessPivots, seed, resolution, leidenIterations,
                maxListedMembers, threads);
    }

    public CrossSectorOptions withTopBrokers(int count) {
        return new CrossSectorOptions(count, exactBetweennessLimit, betweennessPivots, seed, resolution, leidenIterations,
                maxListedMembers, threads);
    }

    private static void requireAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }
}
