package org.coopgraph.api.reports.render;

import java.util.List;

/**
 * Colours and line styles of the charts. Okabe-Ito colours stay apart for the common colour-vision
 * deficiencies; every line series also has its own dash pattern and marker shape, and the two bars of
 * "previous year / this year" differ in lightness, so the charts also read in grey print.
 */
final class ChartPalette {

    private static final List<String> LINES = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
            "#56b4e9", "#000000");
    private static final List<String> DASHES = List.of("", "7 4", "2 3", "9 3 2 3");
    private static final List<String> PAIR = List.of("#9ccbe8", "#0072b2");
    /** Sequential single-hue ramp (light to dark blue) for heat maps: order by lightness alone. */
    static final String HEAT_LOW = "#eef5fb";
    static final String HEAT_HIGH = "#08306b";
    static final String EMPTY = "#f2f2f2";

    private ChartPalette() {
    }

    static String line(int series) {
        return LINES.get(Math.floorMod(series, LINES.size()));
    }

    static String dash(int series) {
        return DASHES.get(Math.floorMod(series, DASHES.size()));
    }

    /** Bar colours: a light and a dark blue for two series (previous year, this year), else the line colours. */
    static String bar(int series, int seriesCount) {
        return seriesCount == 2 ? PAIR.get(series) : line(series);
    }

    /** The heat colour at {@code t} in [0, 1] between {@link #HEAT_LOW} and {@link #HEAT_HIGH}. */
    static String heat(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        int[] low = rgb(HEAT_LOW);
        int[] high = rgb(HEAT_HIGH);
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int value = (int) Math.round(low[i] + (high[i] - low[i]) * clamped);
            hex.append(String.format("%02x", value));
        }
        return hex.toString();
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
