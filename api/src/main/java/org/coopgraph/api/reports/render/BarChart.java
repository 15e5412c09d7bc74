package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A horizontal grouped bar chart as inline SVG: one band per category (labels on the left, so long
 * sector names stay readable), one bar per series in it (e.g. previous year, then this year), the
 * value written at the end of each bar, a legend under the axis. A null value draws no bar and "–".
 */
public record BarChart(String id, String title, String description, String valueLabel, List<String> categories,
                       List<BarSeries> series, DoubleFunction<String> valueFormat) {

    static final int WIDTH = 640;
    static final int MAX_LABEL_CHARS = 40;
    private static final int BAR = 10;
    private static final int TOP = 8;

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Objects.requireNonNull(valueFormat, "valueFormat");
        for (BarSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** One series: a value per category, in the order of the categories. */
    public record BarSeries(String name, List<Double> values) {
        public BarSeries {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public String svg() {
        double labelWidth = 80;
        for (String category : categories) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(shorten(category), Svg.FONT_SIZE) + 12);
        }
        labelWidth = Math.min(labelWidth, 250);
        double left = labelWidth;
        double right = WIDTH - 48;
        int band = series.size() * BAR + Math.max(0, series.size() - 1) * 2 + 8;
        int plotBottom = TOP + Math.max(1, categories.size()) * band;
        double max = 0;
        for (BarSeries s : series) {
            for (Double v : s.values()) {
                max = v == null ? max : Math.max(max, v);
            }
        }
        Axis axis = Axis.nice(valueLabel, 0, max <= 0 ? 1 : max, 5, valueFormat);
        Legend legend = Legend.layout(series.stream().map(BarSeries::name).toList(), left, right);
        int height = plotBottom + 40 + legend.height();
        Svg svg = new Svg(id, WIDTH, height, title, description);
        for (double tick : axis.ticks()) {
            double px = axis.scale(tick, left, right);
            svg.line(px, TOP, px, plotBottom, Svg.GRID, 0.8, null);
            svg.text(px, plotBottom + 14, "middle", Svg.FONT_SIZE, false, null, 0, valueFormat.apply(tick));
        }
        svg.text((left + right) / 2, plotBottom + 30, "middle", Svg.FONT_SIZE, false, null, 0, valueLabel);
        for (int c = 0; c < categories.size(); c++) {
            double bandTop = TOP + c * band + 4;
            svg.text(left - 6, bandTop + band / 2.0 - 1, "end", Svg.FONT_SIZE, false, null, 0, shorten(categories.get(c)));
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(c);
                double y = bandTop + s * (BAR + 2);
                String colour = ChartPalette.bar(s, series.size());
                if (value == null) {
                    svg.text(left + 4, y + BAR - 2, "start", 10, false, null, 0, "–");
                    continue;
                }
                double end = axis.scale(value, left, right);
                svg.rect(left, y, end - left, BAR, colour, "#333333");
                svg.text(end + 4, y + BAR - 2, "start", 10, false, null, 0, valueFormat.apply(value));
            }
        }
        svg.line(left, TOP, left, plotBottom, Svg.INK, 1, null);
        svg.line(left, plotBottom, right, plotBottom, Svg.INK, 1, null);
        legend.draw(svg, plotBottom + 40, (index, sx, sy) ->
                svg.rect(sx, sy - 6, 22, 12, ChartPalette.bar(index, series.size()), "#333333"));
        return svg.close();
    }

    static String shorten(String label) {
        return shorten(label, MAX_LABEL_CHARS);
    }

    /** At most {@code max} characters, the last one an ellipsis when cut (the data table has the full text). */
    static String shorten(String label, int max) {
        String text = label == null ? "" : label;
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
