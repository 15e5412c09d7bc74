package org.coopgraph.api.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.analytics.report.RobustnessSection;
import org.coopgraph.analytics.report.RobustnessSection.Curve;
import org.coopgraph.analytics.report.RobustnessSection.CurvePoint;
import org.coopgraph.analytics.report.RobustnessSection.RobustnessPoint;
import org.coopgraph.analytics.report.RobustnessSection.RobustnessYear;

/**
 * Robustness curves (largest component as members are removed at random, by degree, by betweenness)
 * for the report year with last year's random curve for comparison, R per strategy, and R over the years.
 */
final class RobustnessChapter {

    /** The removal orders the model may hold, in the order the tables show them. */
    static final List<String> STRATEGIES = List.of("RANDOM", "DEGREE_INITIAL", "DEGREE_ADAPTIVE", "BETWEENNESS_INITIAL");

    private RobustnessChapter() {
    }

    /** R of {@code strategy} in {@code year}; null without that year or curve. */
    static Double r(RobustnessYear year, String strategy) {
        if (year == null) {
            return null;
        }
        return year.curves().stream().filter(c -> c.strategy().equals(strategy)).map(Curve::r).findFirst().orElse(null);
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        RobustnessSection section = ctx.report().robustness();
        RobustnessYear year = section.year();
        RobustnessYear prev = section.previous();
        html.el("p", "lead", msg.get("robustness.intro"));
        Comparison figures = new Comparison(ctx).integer(msg.get("robustness.members"), prev == null ? null : prev.members(),
                year.members());
        STRATEGIES.stream().filter(s -> r(year, s) != null || r(prev, s) != null)
                .forEach(s -> figures.decimal(msg.get("robustness.r." + s), r(prev, s), r(year, s), 3));
        figures.write(html, msg.get("robustness.figures.caption"));
        if (year.curves().isEmpty() || year.members() == 0) {
            html.el("p", "note", msg.get("robustness.none"));
            return;
        }
        List<Series> lines = new ArrayList<>();
        for (Curve curve : year.curves()) {
            lines.add(new Series(strategy(msg, curve.strategy()), points(curve)));
        }
        Axis share = new Axis(msg.get("robustness.axis.removed"), 0, 1, List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
                v -> ctx.num().percent(v, 0));
        Axis left = new Axis(msg.get("robustness.axis.largest"), 0, 1, List.of(0.0, 0.25, 0.5, 0.75, 1.0),
                v -> ctx.num().percent(v, 0));
        Blocks.chart(html, msg.get("robustness.curves", ctx.year()), new LineChart(ctx.id("robustness-curves"),
                msg.get("robustness.curves", ctx.year()), msg.get("robustness.curves.desc"), share, left, lines).svg());
        List<List<String>> rows = new ArrayList<>();
        for (int step = 0; step <= 10; step++) {
            double removed = step / 10.0;
            List<String> row = new ArrayList<>(List.of(ctx.num().percent(removed, 0)));
            for (Curve curve : year.curves()) {
                row.add(ctx.num().percent(at(curve, removed), 0));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(msg.get("robustness.axis.removed")));
        year.curves().forEach(c -> header.add(strategy(msg, c.strategy())));
        html.table("figures", msg.get("robustness.curves.table", ctx.year()), "l" + "r".repeat(year.curves().size()),
                header, rows);
        series(html, ctx, section.series());
    }

    private static void series(Html html, RenderContext ctx, List<RobustnessPoint> points) {
        Messages msg = ctx.msg();
        if (points.size() < 2) {
            return;
        }
        Axis x = Axis.years(msg.get("col.year"), points.get(0).year(), points.get(points.size() - 1).year());
        Axis y = new Axis(msg.get("robustness.axis.r"), 0, 0.5, List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5),
                v -> ctx.num().decimal(v, 1));
        List<Series> lines = List.of(
                new Series(strategy(msg, "RANDOM"), points.stream().map(p -> new Series.Point(p.year(), p.random())).toList()),
                new Series(strategy(msg, "DEGREE_ADAPTIVE"), points.stream().map(p -> new Series.Point(p.year(), p.degree())).toList()),
                new Series(strategy(msg, "BETWEENNESS_INITIAL"), points.stream().map(p -> new Series.Point(p.year(), p.betweenness())).toList()));
        Blocks.chart(html, msg.get("robustness.series"), new LineChart(ctx.id("robustness-series"), msg.get("robustness.series"),
                msg.get("robustness.series.desc"), x, y, lines).svg());
        html.table("figures", msg.get("robustness.series.table"), "lrrr", List.of(msg.get("col.year"),
                strategy(msg, "RANDOM"), strategy(msg, "DEGREE_ADAPTIVE"), strategy(msg, "BETWEENNESS_INITIAL")), points.stream()
                .map(p -> List.of(Integer.toString(p.year()), ctx.num().decimal(p.random(), 3), ctx.num().decimal(p.degree(), 3),
                        ctx.num().decimal(p.betweenness(), 3))).toList());
    }

    static String strategy(Messages msg, String strategy) {
        return msg.getOr("robustness.strategy." + strategy, strategy);
    }

    private static List<Series.Point> points(Curve curve) {
        return curve.points().stream().map(p -> new Series.Point(p.removed(), p.largestComponent())).toList();
    }

    /** The curve's value at the sampled point nearest to {@code removed}. */
    static Double at(Curve curve, double removed) {
        CurvePoint best = null;
        for (CurvePoint p : curve.points()) {
            if (best == null || Math.abs(p.removed() - removed) < Math.abs(best.removed() - removed) - 1e-12) {
                best = p;
            }
        }
        return best == null ? null : best.largestComponent();
    }
}
