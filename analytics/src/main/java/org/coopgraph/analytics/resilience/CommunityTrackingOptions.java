package org.coopgraph.analytics.resilience;

import java.util.Objects;
import org.coopgraph.analytics.crosssector.SectorLevel;

/**
 * Tuning of community tracking: Leiden's {@code resolution}, {@code iterations} and {@code seed} (the
 * same in every year); a current community keeps a prior label only with member overlap (Jaccard) of
 * at least {@code jaccardThreshold} (0.3, as Greene, Doyle and Cunningham 2010); communities with
 * fewer than {@code minSize} members are not tracked; a continuing community counts as GROWN or SHRUNK
 * when its size changed by more than {@code sizeTolerance} (a fraction of the prior size);
 * {@code level} is the sector level of the make-up; {@code threads} run the years' Leiden searches
 * side by side and only change speed.
 */
public record CommunityTrackingOptions(double resolution, int iterations, long seed, double jaccardThreshold,
                                       int minSize, double sizeTolerance, SectorLevel level, int threads) {

    public static final long DEFAULT_SEED = 20240301L;

    public CommunityTrackingOptions {
        Objects.requireNonNull(level, "level");
        if (!(resolution > 0) || Double.isInfinite(resolution) || iterations < 1) {
            throw new IllegalArgumentException("resolution must be positive and iterations at least 1");
        }
        if (!(jaccardThreshold > 0 && jaccardThreshold <= 1) || minSize < 1 || !(sizeTolerance >= 0)) {
            throw new IllegalArgumentException("jaccardThreshold must be in (0, 1], minSize >= 1, sizeTolerance >= 0");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** Modularity (resolution 1), 10 iterations, Jaccard 0.3, at least 3 members, 10 % size tolerance, divisions, all cores. */
    public static CommunityTrackingOptions defaults() {
        return new CommunityTrackingOptions(1.0, 10, DEFAULT_SEED, 0.3, 3, 0.1, SectorLevel.DIVISION,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public CommunityTrackingOptions withMinSize(int size) {
        return new CommunityTrackingOptions(resolution, iterations, seed, jaccardThreshold, size, sizeTolerance, level, threads);
    }

    public CommunityTrackingOptions withSeed(long newSeed) {
        return new CommunityTrackingOptions(resolution, iterations, newSeed, jaccardThreshold, minSize, sizeTolerance, level, threads);
    }

    public CommunityTrackingOptions withLevel(SectorLevel newLevel) {
        return new CommunityTrackingOptions(resolution, iterations, seed, jaccardThreshold, minSize, sizeTolerance, newLevel, threads);
    }

    public CommunityTrackingOptions withThreads(int count) {
        return new CommunityTrackingOptions(resolution, iterations, seed, jaccardThreshold, minSize, sizeTolerance, level, count);
    }
}
