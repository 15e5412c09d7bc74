package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coopgraph.analytics.crosssector.CrossSectorResult;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.report.DiversitySection.DiversityPoint;
import org.coopgraph.analytics.report.DiversitySection.DiversityYear;
import org.coopgraph.analytics.report.RobustnessSection.Curve;
import org.coopgraph.analytics.report.RobustnessSection.RobustnessPoint;
import org.coopgraph.analytics.report.RobustnessSection.RobustnessYear;
import org.coopgraph.analytics.resilience.RemovalStrategy;
import org.coopgraph.analytics.resilience.RobustnessAnalysis;
import org.coopgraph.analytics.resilience.RobustnessCurve;
import org.coopgraph.analytics.resilience.RobustnessOptions;
import org.coopgraph.analytics.resilience.RobustnessResult;
import org.coopgraph.analytics.resilience.SectorVariety;
import org.coopgraph.analytics.resilience.SectorVarietyResult;
import org.coopgraph.analytics.resilience.YearHistory;

/** Robustness and diversity parts with their series, from the resilience package's analyses. */
final class ResilienceSections {

    private final RobustnessOptions options;
    private final MemberNames names;

    ResilienceSections(RobustnessOptions options, MemberNames names) {
        this.options = options;
        this.names = names;
    }

    /**
     * Every strategy for the report year and the one before, the betweenness attack ordered by the
     * cross-sector analysis' scores (no second betweenness run); random and degree for the series years.
     */
    RobustnessSection robustness(YearHistory history, int year, Integer prev, CrossSectorResult cs, CrossSectorResult csPrev) {
        Set<RemovalStrategy> cheap = EnumSet.of(RemovalStrategy.RANDOM, RemovalStrategy.DEGREE_ADAPTIVE);
        List<RobustnessPoint> series = new ArrayList<>();
        RobustnessYear now = null;
        RobustnessYear before = null;
        for (int y : history.years()) {
            CollaborationGraph graph = history.graph(y);
            CrossSectorResult scores = y == year ? cs : prev != null && y == prev ? csPrev : null;
            RobustnessResult result = scores == null
                    ? RobustnessAnalysis.analyse(graph, options.withStrategies(cheap))
                    : RobustnessAnalysis.analyse(graph, options.withStrategies(EnumSet.allOf(RemovalStrategy.class)),
                            RobustnessAnalysis.betweennessOf(graph, scores.members()));
            series.add(point(result, y));
            if (y == year) {
                now = robustness(result, y);
            } else if (prev != null && y == prev) {
                before = robustness(result, y);
            }
        }
        return new RobustnessSection(now, before, series);
    }

    DiversitySection diversity(YearHistory history, int year, Integer prev) {
        List<DiversityPoint> series = new ArrayList<>();
        DiversityYear now = null;
        DiversityYear before = null;
        for (int y : history.years()) {
            SectorVarietyResult result = SectorVariety.of(history.snapshot(y));
            series.add(point(result, y));
            if (y == year) {
                now = diversity(result, y);
            } else if (prev != null && y == prev) {
                before = diversity(result, y);
            }
        }
        return new DiversitySection(now, before, series);
    }

    static RobustnessYear robustness(RobustnessResult result, int year) {
        List<Curve> curves = result.curves().stream().map(ResilienceSections::curve).toList();
        return new RobustnessYear(year, result.memberCount(), curves);
    }

    /** R per strategy; null for a strategy not computed that year or a year without members. */
    static RobustnessPoint point(RobustnessResult result, int year) {
        return new RobustnessPoint(year, r(result, RemovalStrategy.RANDOM), r(result, RemovalStrategy.DEGREE_ADAPTIVE),
                r(result, RemovalStrategy.BETWEENNESS_INITIAL));
    }

    private static Double r(RobustnessResult result, RemovalStrategy strategy) {
        if (result.memberCount() == 0) {
            return null;
        }
        return result.curves().stream().filter(c -> c.strategy() == strategy).findFirst()
                .map(RobustnessCurve::robustnessIndex).orElse(null);
    }

    private static Curve curve(RobustnessCurve curve) {
        List<RobustnessSection.CurvePoint> points = new ArrayList<>();
        curve.points().forEach(p -> points.add(new RobustnessSection.CurvePoint(p.removedFraction(), p.largestComponentFraction())));
        return new Curve(curve.strategy().name(), curve.robustnessIndex(), points);
    }

    /** Sector shares at section level, most members first, then code; null indices when no member has a sector. */
    DiversityYear diversity(SectorVarietyResult result, int year) {
        boolean none = result.classified() == 0;
        List<Count> sections = result.sections().stream()
                .map(s -> new Count(s.section(), names.sectorLabel(s.section()), s.members()))
                .sorted(java.util.Comparator.comparingInt(Count::count).reversed().thenComparing(Count::key)).toList();
        return new DiversityYear(year, result.classified(), none ? null : result.entropy(),
                none ? null : result.relatedVariety(), none ? null : result.unrelatedVariety(),
                none ? null : result.herfindahl(), sections);
    }

    static DiversityPoint point(SectorVarietyResult result, int year) {
        boolean none = result.classified() == 0;
        return new DiversityPoint(year, none ? null : result.entropy(), none ? null : result.relatedVariety(),
                none ? null : result.unrelatedVariety(), none ? null : result.herfindahl());
    }
}
