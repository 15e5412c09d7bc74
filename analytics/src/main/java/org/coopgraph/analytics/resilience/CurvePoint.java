package org.coopgraph.analytics.resilience;

/**
 * One point of a robustness curve: after {@code removed} members (a fraction {@code removedFraction}
 * of N) are taken out, the largest connected component holds {@code largestComponentFraction} of the
 * original N members (for random removal, the mean over the orders).
 */
public record CurvePoint(double removedFraction, int removed, double largestComponentFraction) {

    public CurvePoint {
        if (removed < 0 || removedFraction < 0 || removedFraction > 1
                || largestComponentFraction < 0 || largestComponentFraction > 1) {
            throw new IllegalArgumentException("curve point out of range: " + removed + ", " + largestComponentFraction);
        }
    }
}
