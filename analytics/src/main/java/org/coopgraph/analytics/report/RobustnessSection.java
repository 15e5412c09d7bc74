package org.coopgraph.analytics.report;

import java.util.List;

/**
 * How the network holds together as members are removed, in the report year beside the previous year,
 * and the robustness index R per strategy over every year ({@code series}, oldest first).
 */
public record RobustnessSection(RobustnessYear year, RobustnessYear previous, List<RobustnessPoint> series) {

    public RobustnessSection {
        series = List.copyOf(series);
    }

    /** One curve per removal strategy (RANDOM, DEGREE, BETWEENNESS in that order) for the year's members. */
    public record RobustnessYear(int year, int members, List<Curve> curves) {
        public RobustnessYear {
            curves = List.copyOf(curves);
        }
    }

    /**
     * The largest component's share of the original members after removing a share of them, at the
     * sampled {@code points} (removed 0 first, ascending); {@code r} the Schneider et al. robustness
     * index R = (1/N) sum over q = 1..N of s(q), the share left connected after q removals.
     */
    public record Curve(String strategy, double r, List<CurvePoint> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    /** {@code removed}: share of members removed (0..1); {@code largestComponent}: share of N in the largest component. */
    public record CurvePoint(double removed, double largestComponent) {
    }

    /** R per strategy in one year; null where the year had no members. */
    public record RobustnessPoint(int year, Double random, Double degree, Double betweenness) {
    }
}
