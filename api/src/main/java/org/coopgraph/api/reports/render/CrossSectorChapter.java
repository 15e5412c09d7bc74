package org.coopgraph.api.reports.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.report.CrossSectorSection;
import org.coopgraph.analytics.report.CrossSectorSection.CrossSectorPoint;
import org.coopgraph.analytics.report.CrossSectorSection.CrossSectorYear;
import org.coopgraph.analytics.report.CrossSectorSection.PairCount;

/** Cross-sector tie share and E-I indices over the years, ties between helices, sectors that never meet. */
final class CrossSectorChapter {

    private CrossSectorChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        CrossSectorSection section = ctx.report().crossSector();
        CrossSectorYear year = section.year();
        CrossSectorYear prev = section.previous();
        html.el("p", "lead", msg.get("crosssector.intro"));
        new Comparison(ctx)
                .integer(msg.get("crosssector.ties"), prev == null ? null : prev.ties(), year.ties())
                .integer(msg.get("crosssector.crossTies"), prev == null ? null : prev.crossSectorTies(), year.crossSectorTies())
                .share(msg.get("crosssector.share"), prev == null ? null : prev.crossSectorShare(), year.crossSectorShare())
                .decimal(msg.get("crosssector.sectorEi"), prev == null ? null : prev.sectorEi(), year.sectorEi(), 2)
                .decimal(msg.get("crosssector.helixEi"), prev == null ? null : prev.helixEi(), year.helixEi(), 2)
                .write(html, msg.get("crosssector.figures.caption"));
        series(html, ctx, section.series());
        helixMixing(html, ctx, year);
        html.el("h3", null, msg.get("crosssector.unlinked"));
        html.el("p", null, msg.get("crosssector.unlinked.intro", ctx.num().integer(year.minSectorMembers())));
        if (year.unlinkedSectorPairs().isEmpty()) {
            html.el("p", "note", msg.get("crosssector.unlinked.none"));
        } else {
            html.table("compact", null, "ll", List.of(msg.get("col.sector"), msg.get("col.sector")),
                    year.unlinkedSectorPairs().stream().map(p -> List.of(p.aLabel(), p.bLabel())).toList());
        }
    }

    private static void series(Html html, RenderContext ctx, List<CrossSectorPoint> points) {
        Messages msg = ctx.msg();
        if (points.size() < 2) {
            return;
        }
        Axis x = Axis.years(msg.get("col.year"), points.get(0).year(), points.get(points.size() - 1).year());
        Axis y = new Axis(msg.get("crosssector.axis"), -1, 1, List.of(-1.0, -0.5, 0.0, 0.5, 1.0),
                v -> ctx.num().decimal(v, 1));
        List<Series> lines = List.of(
                new Series(msg.get("crosssector.share.short"), points.stream().map(p -> new Series.Point(p.year(), p.crossSectorShare())).toList()),
                new Series(msg.get("crosssector.sectorEi.short"), points.stream().map(p -> new Series.Point(p.year(), p.sectorEi())).toList()),
                new Series(msg.get("crosssector.helixEi.short"), points.stream().map(p -> new Series.Point(p.year(), p.helixEi())).toList()));
        Blocks.chart(html, msg.get("crosssector.series"), new LineChart(ctx.id("crosssector-series"),
                msg.get("crosssector.series"), msg.get("crosssector.series.desc"), x, y, lines).svg());
        html.table("figures", msg.get("crosssector.series.table"), "lrrrr", List.of(msg.get("col.year"),
                msg.get("crosssector.ties"), msg.get("crosssector.share.short"), msg.get("crosssector.sectorEi.short"),
                msg.get("crosssector.helixEi.short")), points.stream().map(p -> List.of(Integer.toString(p.year()),
                ctx.num().integer(p.ties()), ctx.num().percent(p.crossSectorShare(), 1), ctx.num().decimal(p.sectorEi(), 2),
                ctx.num().decimal(p.helixEi(), 2))).toList());
    }

    private static void helixMixing(Html html, RenderContext ctx, CrossSectorYear year) {
        Messages msg = ctx.msg();
        if (year.helixPairs().isEmpty()) {
            return;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (PairCount p : year.helixPairs()) {
            labels.putIfAbsent(p.a(), ctx.helix(p.a(), p.aLabel()));
            labels.putIfAbsent(p.b(), ctx.helix(p.b(), p.bLabel()));
        }
        List<String> keys = new ArrayList<>(labels.keySet());
        List<List<Double>> cells = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            cells.add(new ArrayList<>(Arrays.asList(new Double[keys.size()])));
        }
        for (PairCount p : year.helixPairs()) {
            int a = keys.indexOf(p.a());
            int b = keys.indexOf(p.b());
            cells.get(Math.min(a, b)).set(Math.max(a, b), (double) p.ties());
        }
        List<String> names = keys.stream().map(labels::get).toList();
        html.el("h3", null, msg.get("crosssector.helixPairs", ctx.year()));
        Blocks.chart(html, msg.get("crosssector.helixPairs", ctx.year()), new HeatMap(ctx.id("crosssector-helix"),
                msg.get("crosssector.helixPairs", ctx.year()), msg.get("crosssector.helixPairs.desc"), names, names, cells,
                v -> ctx.num().integer(Math.round(v))).svg());
        html.table("figures", msg.get("crosssector.helixPairs.table"), "llr", List.of(msg.get("col.helix"),
                msg.get("col.helix"), msg.get("crosssector.ties")), year.helixPairs().stream().map(p -> List.of(labels.get(p.a()),
                labels.get(p.b()), ctx.num().integer(p.ties()))).toList());
    }
}
