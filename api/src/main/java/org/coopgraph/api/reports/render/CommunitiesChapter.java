package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.stream.Collectors;
import org.coopgraph.analytics.report.CommunitiesSection;
import org.coopgraph.analytics.report.CommunitiesSection.CommunitiesYear;
import org.coopgraph.analytics.report.CommunitiesSection.CommunityInfo;
import org.coopgraph.analytics.report.Count;

/** Communities with labels kept from year to year: sizes, who stayed, joined and left, which dissolved. */
final class CommunitiesChapter {

    private static final int TOP = 3;

    private CommunitiesChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        CommunitiesSection section = ctx.report().communities();
        CommunitiesYear year = section.year();
        CommunitiesYear prev = section.previous();
        html.el("p", "lead", msg.get("communities.intro"));
        new Comparison(ctx)
                .integer(msg.get("communities.count"), prev == null ? null : prev.communities().size(), year.communities().size())
                .decimal(msg.get("communities.modularity"), prev == null ? null : prev.modularity(), year.modularity(), 3)
                .write(html, msg.get("communities.figures.caption"));
        if (year.communities().isEmpty()) {
            html.el("p", "note", msg.get("communities.none"));
        } else {
            html.table(null, msg.get("communities.table", ctx.year()), "lrrrrrll", List.of(msg.get("communities.label"),
                    msg.get("communities.size"), msg.get("communities.previousSize"), msg.get("communities.stayed"),
                    msg.get("communities.joined"), msg.get("communities.left"), msg.get("communities.sectors"),
                    msg.get("communities.helices")), year.communities().stream().map(c -> row(ctx, c)).toList());
        }
        html.el("h3", null, msg.get("communities.dissolved"));
        Blocks.listOrNone(html, ctx, year.dissolved(), label -> label, "communities.dissolved.none");
        if (section.series().size() > 1) {
            html.table("figures", msg.get("communities.series.table"), "lrr", List.of(msg.get("col.year"),
                    msg.get("communities.count"), msg.get("communities.modularity")), section.series().stream()
                    .map(p -> List.of(Integer.toString(p.year()), ctx.num().integer(p.communities()),
                            ctx.num().decimal(p.modularity(), 3))).toList());
        }
    }

    private static List<String> row(RenderContext ctx, CommunityInfo c) {
        Numbers num = ctx.num();
        return List.of(c.label(), num.integer(c.size()), c.previousSize() == null ? ctx.msg().get("communities.new")
                : num.integer(c.previousSize()), num.integer(c.stayed()), num.integer(c.joined()), num.integer(c.left()),
                top(c.sectors(), num), top(ctx.helices(c.helices()), num));
    }

    /** The most common few, "Industrie (12), Onderwijs (3)". */
    static String top(List<Count> counts, Numbers num) {
        return counts.isEmpty() ? Numbers.NONE : counts.stream().limit(TOP)
                .map(c -> c.label() + " (" + num.integer(c.count()) + ")").collect(Collectors.joining(", "));
    }
}
