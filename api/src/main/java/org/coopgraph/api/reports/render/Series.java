package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.Objects;

/** A named series of points for a line chart; a null {@code y} is a gap (no data that year), never a zero. */
public record Series(String name, List<Point> points) {

    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }

    public record Point(double x, Double y) {
    }
}
