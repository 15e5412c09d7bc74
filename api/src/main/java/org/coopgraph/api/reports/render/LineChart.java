package org.coopgraph.api.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line chart as inline SVG: gridlines at the y ticks, a zero line when the range spans zero, one
 * line per series (colour, dash and, for up to {@value #MARKER_LIMIT} points, marker shape of its own),
 * and a legend under the plot. A null y breaks the line instead of dropping it to zero.
 */
public record LineChart(String id, String title, String description, Axis x, Axis y, List<Series> series) {

    static final int WIDTH = 640;
    static final int PLOT_HEIGHT = 220;
    static final int MARKER_LIMIT = 20;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 12;

    public LineChart {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        series = List.copyOf(series);
    }

    public String svg() {
        Legend legend = Legend.layout(series.stream().map(Series::name).toList(), LEFT, WIDTH - RIGHT);
        int plotBottom = TOP + PLOT_HEIGHT;
        int height = plotBottom + 44 + legend.height();
        Svg svg = new Svg(id, WIDTH, height, title, description);
        double left = LEFT;
        double right = WIDTH - RIGHT;
        for (double tick : y.ticks()) {
            double py = y.scale(tick, plotBottom, TOP);
            svg.line(left, py, right, py, Svg.GRID, 0.8, null);
            svg.text(left - 6, py + 4, "end", Svg.FONT_SIZE, false, null, 0, y.tickLabel().apply(tick));
        }
        if (y.min() < 0 && y.max() > 0) {
            double zero = y.scale(0, plotBottom, TOP);
            svg.line(left, zero, right, zero, "#666666", 1, null);
        }
        svg.line(left, plotBottom, right, plotBottom, Svg.INK, 1, null);
        svg.line(left, TOP, left, plotBottom, Svg.INK, 1, null);
        for (double tick : x.ticks()) {
            double px = x.scale(tick, left, right);
            svg.line(px, plotBottom, px, plotBottom + 4, Svg.INK, 1, null);
            svg.text(px, plotBottom + 16, "middle", Svg.FONT_SIZE, false, null, 0, x.tickLabel().apply(tick));
        }
        svg.text((left + right) / 2, plotBottom + 32, "middle", Svg.FONT_SIZE, false, null, 0, x.label());
        svg.text(14, (TOP + plotBottom) / 2.0, "middle", Svg.FONT_SIZE, false, null, -90, y.label());
        for (int i = 0; i < series.size(); i++) {
            drawSeries(svg, i, series.get(i), left, right, plotBottom);
        }
        legend.draw(svg, plotBottom + 44, (index, sx, sy) -> {
            svg.line(sx, sy, sx + 22, sy, ChartPalette.line(index), 2.5, ChartPalette.dash(index));
            if (series.get(index).points().size() <= MARKER_LIMIT) {
                svg.marker(index, sx + 11, sy, ChartPalette.line(index));
            }
        });
        return svg.close();
    }

    private void drawSeries(Svg svg, int index, Series s, double left, double right, double bottom) {
        String colour = ChartPalette.line(index);
        List<Double> run = new ArrayList<>();
        for (Series.Point p : s.points()) {
            if (p.y() == null) {
                flush(svg, run, index);
                continue;
            }
            run.add(x.scale(p.x(), left, right));
            run.add(y.scale(clamp(p.y()), bottom, TOP));
        }
        flush(svg, run, index);
        if (s.points().size() <= MARKER_LIMIT) {
            for (Series.Point p : s.points()) {
                if (p.y() != null) {
                    svg.marker(index, x.scale(p.x(), left, right), y.scale(clamp(p.y()), bottom, TOP), colour);
                }
            }
        }
    }

    private double clamp(double value) {
        return Math.max(y.min(), Math.min(y.max(), value));
    }

    private static void flush(Svg svg, List<Double> run, int index) {
        double[] xy = run.stream().mapToDouble(Double::doubleValue).toArray();
        svg.polyline(xy, ChartPalette.line(index), 2.5, ChartPalette.dash(index));
        run.clear();
    }
}
