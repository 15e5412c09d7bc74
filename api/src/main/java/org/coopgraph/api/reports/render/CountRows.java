package org.coopgraph.api.reports.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.report.Count;

/**
 * Counts of the report year beside the previous year's, one row per key: the report year's order
 * first, then keys only the previous year had (a helix or sector that emptied shows with 0, not gone).
 */
record CountRows(List<Row> rows, boolean withPrevious) {

    record Row(String key, String label, Integer previous, int current) {
    }

    static CountRows of(List<Count> previous, List<Count> current) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Count c : current) {
            rows.put(c.key(), new Row(c.key(), c.label(), previous == null ? null : 0, c.count()));
        }
        if (previous != null) {
            for (Count p : previous) {
                Row row = rows.get(p.key());
                rows.put(p.key(), row == null ? new Row(p.key(), p.label(), p.count(), 0)
                        : new Row(row.key(), row.label(), p.count(), row.current()));
            }
        }
        return new CountRows(List.copyOf(rows.values()), previous != null);
    }

    /** A grouped bar chart: previous year (light) and report year (dark) per key. */
    String chart(RenderContext ctx, String id, String title, String description) {
        List<String> labels = rows.stream().map(Row::label).toList();
        List<BarChart.BarSeries> series = new ArrayList<>();
        if (withPrevious) {
            series.add(new BarChart.BarSeries(ctx.previousYear(),
                    rows.stream().map(r -> r.previous() == null ? null : r.previous().doubleValue()).toList()));
        }
        series.add(new BarChart.BarSeries(ctx.year(), rows.stream().map(r -> (Double) (double) r.current()).toList()));
        return new BarChart(ctx.id(id), title, description, ctx.msg().get("unit.members"), labels, series,
                v -> ctx.num().integer(Math.round(v))).svg();
    }

    void table(Html html, RenderContext ctx, String caption, String keyHeader) {
        Comparison table = new Comparison(ctx);
        rows.forEach(r -> table.integer(r.label(), r.previous(), r.current()));
        table.writeWithHeader(html, caption, keyHeader);
    }
}
