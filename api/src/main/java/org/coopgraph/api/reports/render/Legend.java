package org.coopgraph.api.reports.render;

import java.util.ArrayList;
import java.util.List;

/** A legend laid out in rows under a chart: a 22 px swatch and the name per entry, wrapping at the right edge. */
record Legend(List<String> names, List<double[]> positions, int height) {

    static final int ROW = 18;

    interface Swatch {
        void draw(int index, double x, double y);
    }

    static Legend layout(List<String> names, double left, double right) {
        List<double[]> positions = new ArrayList<>();
        double x = left;
        int row = 0;
        for (String name : names) {
            double width = 30 + Svg.textWidth(name, Svg.FONT_SIZE) + 18;
            if (x > left && x + width > right) {
                row++;
                x = left;
            }
            positions.add(new double[] {x, row * ROW});
            x += width;
        }
        return new Legend(List.copyOf(names), positions, names.isEmpty() ? 0 : (row + 1) * ROW);
    }

    void draw(Svg svg, double top, Swatch swatch) {
        for (int i = 0; i < names.size(); i++) {
            double x = positions.get(i)[0];
            double y = top + positions.get(i)[1] + ROW / 2.0;
            swatch.draw(i, x, y);
            svg.text(x + 30, y + 4, "start", Svg.FONT_SIZE, false, null, 0, names.get(i));
        }
    }
}
