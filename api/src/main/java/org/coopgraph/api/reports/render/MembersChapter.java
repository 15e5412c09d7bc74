package org.coopgraph.api.reports.render;

import java.util.List;
import org.coopgraph.analytics.report.MemberRef;
import org.coopgraph.analytics.report.MembersSection;
import org.coopgraph.analytics.report.MembersSection.MembersPoint;
import org.coopgraph.analytics.report.MembersSection.MembersYear;

/** Members by helix and by sector, who joined and who left, and the membership over every year. */
final class MembersChapter {

    private MembersChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        MembersSection section = ctx.report().members();
        MembersYear year = section.year();
        MembersYear previous = section.previous();
        html.el("p", "lead", msg.get("members.intro"));
        new Comparison(ctx)
                .integer(msg.get("members.total"), previous == null ? null : previous.total(), year.total())
                .integer(msg.get("members.joined"), previous == null ? null : previous.joinedCount(), year.joinedCount())
                .integer(msg.get("members.left"), previous == null ? null : previous.leftCount(), year.leftCount())
                .write(html, msg.get("members.figures.caption"));

        CountRows helices = CountRows.of(ctx.helices(previous == null ? null : previous.byHelix()), ctx.helices(year.byHelix()));
        Blocks.chart(html, msg.get("members.byHelix"), helices.chart(ctx, "members-helix", msg.get("members.byHelix"),
                msg.get("members.byHelix.desc")));
        helices.table(html, ctx, msg.get("members.byHelix.table"), msg.get("col.helix"));

        CountRows sectors = CountRows.of(previous == null ? null : previous.bySector(), year.bySector());
        Blocks.chart(html, msg.get("members.bySector"), sectors.chart(ctx, "members-sector", msg.get("members.bySector"),
                msg.get("members.bySector.desc")));
        sectors.table(html, ctx, msg.get("members.bySector.table"), msg.get("col.sector"));

        html.el("h3", null, msg.get("members.joinedList", ctx.year()));
        Blocks.listOrNone(html, ctx, year.joined(), MemberRef::label, "members.joinedList.none");
        html.el("h3", null, msg.get("members.leftList", ctx.year()));
        Blocks.listOrNone(html, ctx, year.left(), MemberRef::label, "members.leftList.none");

        List<MembersPoint> series = section.series();
        if (series.size() > 1) {
            int first = series.get(0).year();
            int last = series.get(series.size() - 1).year();
            double max = series.stream().mapToInt(MembersPoint::total).max().orElse(1);
            Axis y = Axis.nice(msg.get("unit.members"), 0, Math.max(1, max), 5, v -> ctx.num().integer(Math.round(v)));
            Series total = new Series(msg.get("members.total"),
                    series.stream().map(p -> new Series.Point(p.year(), (double) p.total())).toList());
            Blocks.chart(html, msg.get("members.series"), new LineChart(ctx.id("members-series"), msg.get("members.series"),
                    msg.get("members.series.desc"), Axis.years(msg.get("col.year"), first, last), y, List.of(total)).svg());
            html.table("figures", msg.get("members.series.table"), "lrrr", List.of(msg.get("col.year"),
                    msg.get("members.total"), msg.get("members.joined"), msg.get("members.left")), series.stream()
                    .map(p -> List.of(Integer.toString(p.year()), ctx.num().integer(p.total()), ctx.num().integer(p.joined()),
                            ctx.num().integer(p.left()))).toList());
        }
    }
}
