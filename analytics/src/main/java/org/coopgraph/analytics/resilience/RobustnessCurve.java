package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;

/**
 * The robustness curve of one removal strategy. {@code robustnessIndex} is Schneider et al.'s R over
 * the full curve (every Q, not only the sampled points); {@code points} samples the curve at evenly
 * spaced removed fractions for charts; {@code halvingFraction} is the smallest removed fraction Q/N
 * at which the largest component is at most half its size in the intact network (0 for an empty
 * network); {@code orders} is how many removal orders were averaged (1 unless random).
 */
public record RobustnessCurve(RemovalStrategy strategy, int orders, double robustnessIndex, double halvingFraction,
                              List<CurvePoint> points) {

    public RobustnessCurve {
        Objects.requireNonNull(strategy, "strategy");
        points = List.copyOf(points);
        if (orders < 1 || robustnessIndex < 0 || robustnessIndex > 0.5 || halvingFraction < 0 || halvingFraction > 1) {
            throw new IllegalArgumentException("robustness curve out of range for " + strategy);
        }
    }
}
