package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.report.DiversitySection;
import org.coopgraph.analytics.report.DiversitySection.DiversityPoint;
import org.coopgraph.analytics.report.DiversitySection.DiversityYear;

/** Sector diversity: Shannon entropy split into related and unrelated variety, Herfindahl-Hirschman, sections. */
final class DiversityChapter {

    private DiversityChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        DiversitySection section = ctx.report().diversity();
        DiversityYear year = section.year();
        DiversityYear prev = section.previous();
        html.el("p", "lead", msg.get("diversity.intro"));
        new Comparison(ctx)
                .integer(msg.get("diversity.membersWithSector"), prev == null ? null : prev.membersWithSector(), year.membersWithSector())
                .decimal(msg.get("diversity.shannon"), prev == null ? null : prev.shannon(), year.shannon(), 3)
                .decimal(msg.get("diversity.related"), prev == null ? null : prev.relatedVariety(), year.relatedVariety(), 3)
                .decimal(msg.get("diversity.unrelated"), prev == null ? null : prev.unrelatedVariety(), year.unrelatedVariety(), 3)
                .decimal(msg.get("diversity.hhi"), prev == null ? null : prev.hhi(), year.hhi(), 3)
                .write(html, msg.get("diversity.figures.caption"));
        List<DiversityPoint> points = section.series();
        if (points.size() > 1) {
            double max = points.stream().map(DiversityPoint::shannon).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(1);
            Axis x = Axis.years(msg.get("col.year"), points.get(0).year(), points.get(points.size() - 1).year());
            Axis y = Axis.nice(msg.get("diversity.axis"), 0, Math.max(0.5, max), 5, v -> ctx.num().decimal(v, 1));
            List<Series> lines = List.of(
                    new Series(msg.get("diversity.shannon"), points.stream().map(p -> new Series.Point(p.year(), p.shannon())).toList()),
                    new Series(msg.get("diversity.related"), points.stream().map(p -> new Series.Point(p.year(), p.relatedVariety())).toList()),
                    new Series(msg.get("diversity.unrelated"), points.stream().map(p -> new Series.Point(p.year(), p.unrelatedVariety())).toList()));
            Blocks.chart(html, msg.get("diversity.series"), new LineChart(ctx.id("diversity-series"), msg.get("diversity.series"),
                    msg.get("diversity.series.desc"), x, y, lines).svg());
            html.table("figures", msg.get("diversity.series.table"), "lrrrr", List.of(msg.get("col.year"),
                    msg.get("diversity.shannon"), msg.get("diversity.related"), msg.get("diversity.unrelated"),
                    msg.get("diversity.hhi")), points.stream().map(p -> List.of(Integer.toString(p.year()),
                    ctx.num().decimal(p.shannon(), 3), ctx.num().decimal(p.relatedVariety(), 3),
                    ctx.num().decimal(p.unrelatedVariety(), 3), ctx.num().decimal(p.hhi(), 3))).toList());
        }
    }
}
