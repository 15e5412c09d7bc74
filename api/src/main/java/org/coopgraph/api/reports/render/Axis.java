package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * One axis of a chart: its label, its range and where ticks go, with the function that writes a tick
 * (so a share shows as "25%" and a year as "2024", in the report's language).
 */
public record Axis(String label, double min, double max, List<Double> ticks, DoubleFunction<String> tickLabel) {

    public Axis {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tickLabel, "tickLabel");
        if (!(max > min)) {
            throw new IllegalArgumentException("axis max must exceed min: " + min + ".." + max);
        }
        ticks = List.copyOf(ticks);
    }

    /** Ticks at "nice" steps (1, 2 or 5 times a power of ten) covering min..max, at most about {@code count}. */
    public static Axis nice(String label, double min, double max, int count, DoubleFunction<String> tickLabel) {
        double span = max > min ? max - min : 1;
        double raw = span / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
        double lo = Math.floor(min / step) * step;
        double hi = Math.max(Math.ceil(max / step) * step, lo + step);
        List<Double> ticks = new java.util.ArrayList<>();
        for (int i = 0; lo + i * step <= hi + step / 1e6; i++) {
            ticks.add(Math.round((lo + i * step) / step) * step);
        }
        return new Axis(label, lo, hi, ticks, tickLabel);
    }

    /** Whole years {@code first..last}, a tick per year (every second one beyond twelve years). */
    public static Axis years(String label, int first, int last) {
        if (last < first) {
            throw new IllegalArgumentException("last year before first: " + first + ".." + last);
        }
        int step = last - first >= 12 ? 2 : 1;
        List<Double> ticks = new java.util.ArrayList<>();
        for (int year = first; year <= last; year += step) {
            ticks.add((double) year);
        }
        double pad = first == last ? 1 : 0.25;
        return new Axis(label, first - pad, last + pad, ticks, year -> Integer.toString((int) year));
    }

    /** The position of {@code value} between {@code from} (at min) and {@code to} (at max). */
    double scale(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }
}
