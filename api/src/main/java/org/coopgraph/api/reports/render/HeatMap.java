package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A heat map as inline SVG: rows by columns of values (e.g. ties between sector or helix pairs), each
 * cell shaded on a light-to-dark single-hue ramp (order by lightness, so no hue needs telling apart)
 * with its value written in it. Zero cells are pale grey with a "0", so gaps stand out; null cells (the
 * unused half of a symmetric matrix) stay blank.
 */
public record HeatMap(String id, String title, String description, List<String> rows, List<String> columns,
                      List<List<Double>> values, DoubleFunction<String> valueFormat) {

    static final int CELL = 44;
    private static final int TOP_LABELS = 96;

    public HeatMap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        Objects.requireNonNull(valueFormat, "valueFormat");
        if (values.size() != rows.size()) {
            throw new IllegalArgumentException(values.size() + " value rows for " + rows.size() + " row labels");
        }
        java.util.List<List<Double>> copy = new java.util.ArrayList<>();
        for (List<Double> row : values) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a value row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)));
        }
        values = List.copyOf(copy);
    }

    public String svg() {
        double labelWidth = 60;
        for (String row : rows) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(BarChart.shorten(row), Svg.FONT_SIZE) + 10);
        }
        labelWidth = Math.min(labelWidth, 220);
        int width = (int) Math.ceil(labelWidth + columns.size() * CELL + 90);
        int height = TOP_LABELS + rows.size() * CELL + 8;
        double max = 0;
        for (List<Double> row : values) {
            for (Double v : row) {
                max = v == null ? max : Math.max(max, v);
            }
        }
        Svg svg = new Svg(id, width, height, title, description);
        for (int c = 0; c < columns.size(); c++) {
            double x = labelWidth + c * CELL + CELL / 2.0;
            svg.text(x, TOP_LABELS - 6, "start", Svg.FONT_SIZE, false, null, -40, BarChart.shorten(columns.get(c), 24));
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP_LABELS + r * CELL;
            svg.text(labelWidth - 6, y + CELL / 2.0 + 4, "end", Svg.FONT_SIZE, false, null, 0, BarChart.shorten(rows.get(r)));
            for (int c = 0; c < columns.size(); c++) {
                Double value = values.get(r).get(c);
                if (value == null) {
                    continue;
                }
                double x = labelWidth + c * CELL;
                double t = max > 0 ? value / max : 0;
                String fill = value == 0 ? ChartPalette.EMPTY : ChartPalette.heat(t);
                svg.rect(x, y, CELL, CELL, fill, "#ffffff");
                String ink = t > 0.5 ? "#ffffff" : Svg.INK;
                svg.text(x + CELL / 2.0, y + CELL / 2.0 + 4, "middle", Svg.FONT_SIZE, value == 0, ink, 0,
                        valueFormat.apply(value));
            }
        }
        return svg.close();
    }
}
