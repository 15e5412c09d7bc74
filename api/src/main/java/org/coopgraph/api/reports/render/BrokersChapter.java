package org.coopgraph.api.reports.render;

import java.util.List;
import org.coopgraph.analytics.report.BrokersSection;
import org.coopgraph.analytics.report.BrokersSection.Broker;
import org.coopgraph.analytics.report.BrokersSection.BrokersYear;
import org.coopgraph.analytics.report.BrokersSection.CutPoint;
import org.coopgraph.analytics.report.MemberRef;

/** Brokers (betweenness, constraint, brokerage roles) and cut points with who their leaving would cut off. */
final class BrokersChapter {

    private BrokersChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        Numbers num = ctx.num();
        BrokersSection section = ctx.report().brokers();
        BrokersYear year = section.year();
        BrokersYear prev = section.previous();
        html.el("p", "lead", msg.get("brokers.intro"));
        new Comparison(ctx)
                .integer(msg.get("brokers.components"), prev == null ? null : prev.components(), year.components())
                .integer(msg.get("brokers.largest"), prev == null ? null : prev.largestComponent(), year.largestComponent())
                .integer(msg.get("brokers.isolated"), prev == null ? null : prev.isolatedMembers(), year.isolatedMembers())
                .integer(msg.get("brokers.cutPoints"), prev == null ? null : prev.cutPointCount(), year.cutPointCount())
                .integer(msg.get("brokers.bridges"), prev == null ? null : prev.bridges(), year.bridges())
                .write(html, msg.get("brokers.figures.caption"));

        html.el("h3", null, msg.get("brokers.top", ctx.year()));
        if (year.brokers().isEmpty()) {
            html.el("p", "note", msg.get("brokers.none"));
        } else {
            html.table(null, msg.get("brokers.table"), "lrrrrrr", List.of(msg.get("col.member"),
                    msg.get("brokers.betweenness"), msg.get("brokers.constraint"), msg.get("brokers.coordinator"),
                    msg.get("brokers.gatekeeper"), msg.get("brokers.itinerant"), msg.get("brokers.liaison")),
                    year.brokers().stream().map(b -> row(num, b)).toList());
            if (!year.betweennessExact()) {
                html.el("p", "note", msg.get("brokers.estimated"));
            }
        }
        if (prev != null) {
            html.el("p", "muted", msg.get("brokers.previous", ctx.previousYear(),
                    Blocks.joined(prev.brokers().stream().map(b -> b.member().label()).toList())));
        }

        html.el("h3", null, msg.get("brokers.cutPoints.title", ctx.year()));
        if (year.cutPoints().isEmpty()) {
            html.el("p", "note", msg.get("brokers.cutPoints.none"));
        } else {
            html.table(null, msg.get("brokers.cutPoints.table"), "lrl", List.of(msg.get("col.member"),
                    msg.get("brokers.cutOffCount"), msg.get("brokers.cutOff")),
                    year.cutPoints().stream().map(c -> cutRow(ctx, c)).toList());
            if (year.cutPointCount() > year.cutPoints().size()) {
                html.el("p", "note", msg.get("brokers.cutPoints.more", num.integer(year.cutPoints().size()),
                        num.integer(year.cutPointCount())));
            }
        }
        if (prev != null) {
            html.el("p", "muted", msg.get("brokers.cutPoints.previous", ctx.previousYear(),
                    Blocks.joined(prev.cutPoints().stream().map(c -> c.member().label()).toList())));
        }
    }

    private static List<String> row(Numbers num, Broker b) {
        return List.of(b.member().label(), num.decimal(b.normalizedBetweenness(), 3), num.decimal(b.constraint(), 2),
                num.integer(b.coordinator()), num.integer(b.gatekeeper()), num.integer(b.itinerant()), num.integer(b.liaison()));
    }

    private static List<String> cutRow(RenderContext ctx, CutPoint c) {
        String names = Blocks.joined(c.cutOff().stream().map(MemberRef::label).toList());
        if (c.cutOffCount() > c.cutOff().size()) {
            names += " " + ctx.msg().get("list.more", ctx.num().integer(c.cutOffCount() - c.cutOff().size()));
        }
        return List.of(c.member().label(), ctx.num().integer(c.cutOffCount()), names);
    }
}
