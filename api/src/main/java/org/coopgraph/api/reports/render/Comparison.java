package org.coopgraph.api.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of indicators with the previous year beside the report year and the change; without a
 * previous year (the first year of the data) only the report year's column. Undefined values print "–".
 */
final class Comparison {

    private final RenderContext ctx;
    private final List<List<String>> rows = new ArrayList<>();

    Comparison(RenderContext ctx) {
        this.ctx = ctx;
    }

    Comparison integer(String label, Number previous, Number current) {
        return row(label, ctx.num().integer(previous), ctx.num().integer(current), ctx.num().change(current, previous, 0));
    }

    /** A share shown as a percentage; the change in percentage points. */
    Comparison share(String label, Double previous, Double current) {
        String change = ctx.num().changePoints(current, previous, 1);
        return row(label, ctx.num().percent(previous, 1), ctx.num().percent(current, 1),
                Numbers.NONE.equals(change) ? change : ctx.msg().get("unit.points", change));
    }

    Comparison decimal(String label, Double previous, Double current, int digits) {
        return row(label, ctx.num().decimal(previous, digits), ctx.num().decimal(current, digits),
                ctx.num().change(current, previous, digits));
    }

    Comparison row(String label, String previous, String current, String change) {
        rows.add(ctx.hasPrevious() ? List.of(label, previous, current, change) : List.of(label, current));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void write(Html html, String caption) {
        writeWithHeader(html, caption, ctx.msg().get("col.indicator"));
    }

    /** The table with {@code firstHeader} over the label column (e.g. "Helix" instead of "Indicator"). */
    void writeWithHeader(Html html, String caption, String firstHeader) {
        if (ctx.hasPrevious()) {
            html.table("figures", caption, "lrrr", List.of(firstHeader, ctx.previousYear(), ctx.year(),
                    ctx.msg().get("col.change")), rows);
        } else {
            html.table("figures", caption, "lr", List.of(firstHeader, ctx.year()), rows);
        }
    }
}
