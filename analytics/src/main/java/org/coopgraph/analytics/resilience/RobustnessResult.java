package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;

/**
 * Robustness curves of one network, one per requested strategy in {@link RemovalStrategy} order.
 * {@code betweennessSources} is the number of Brandes sources behind the betweenness order (equal to
 * {@code memberCount} when exact, 0 when the caller supplied the scores or no betweenness curve was asked).
 */
public record RobustnessResult(int memberCount, long tieCount, int betweennessSources, List<RobustnessCurve> curves) {

    public RobustnessResult {
        curves = List.copyOf(curves);
        if (memberCount < 0 || tieCount < 0 || betweennessSources < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The curve of one strategy. */
    public RobustnessCurve curve(RemovalStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy");
        return curves.stream().filter(c -> c.strategy() == strategy).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no curve computed for " + strategy));
    }
}
