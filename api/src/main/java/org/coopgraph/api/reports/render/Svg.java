package org.coopgraph.api.reports.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small writer of inline SVG for the report's charts. Only presentation attributes, no CSS, no
 * scripts, no generated ids: the same input writes the same bytes, Batik (in the PDF) and browsers
 * draw it alike, and sizes are whole pixels (the PDF renderer crops fractional {@code width}s).
 * Coordinates are rounded to 0.1 px so float noise never reaches the output.
 */
final class Svg {

    static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
    static final int FONT_SIZE = 11;
    static final String INK = "#222222";
    static final String GRID = "#d9d9d9";

    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Opens the root element. {@code id} must be unique in the page (the caller derives it from the
     * section, never from a counter or the clock); the title and description are read by screen readers.
     */
    Svg(String id, int width, int height, String title, String description) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + "x" + height);
        }
        String safeId = safeId(id);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId)
                .append("-desc\" class=\"chart\" font-family=\"").append(FONT).append("\" font-size=\"")
                .append(FONT_SIZE).append("\" fill=\"").append(INK).append("\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(Xml.text(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(Xml.text(description)).append("</desc>");
    }

    /** Letters, digits and hyphens only, so an id never needs escaping and never collides with markup. */
    static String safeId(String id) {
        StringBuilder safe = new StringBuilder();
        for (char c : (id == null ? "" : id).toCharArray()) {
            safe.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '-');
        }
        return safe.isEmpty() || !Character.isLetter(safe.charAt(0)) ? "c-" + safe : safe.toString();
    }

    static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("coordinate is not finite: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return text;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append('"');
        dash(dash).append("/>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill, String stroke) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, width))).append("\" height=\"").append(num(Math.max(0, height)))
                .append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.5\"");
        }
        out.append("/>");
        return this;
    }

    /** A polyline through {@code xy} pairs; nothing for fewer than two points. */
    Svg polyline(double[] xy, String stroke, double width, String dash) {
        if (xy.length < 4) {
            return this;
        }
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width))
                .append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        out.append('"');
        dash(dash).append("/>");
        return this;
    }

    /** A marker of one of four shapes (circle, square, triangle, diamond) so series differ without colour. */
    Svg marker(int shape, double x, double y, String fill) {
        double r = 3.5;
        switch (Math.floorMod(shape, 4)) {
            case 0 -> out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
                    .append(num(r)).append("\" fill=\"").append(fill).append("\"/>");
            case 1 -> rect(x - r, y - r, 2 * r, 2 * r, fill, null);
            case 2 -> polygon(fill, x, y - r - 0.5, x + r + 0.5, y + r, x - r - 0.5, y + r);
            default -> polygon(fill, x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y);
        }
        return this;
    }

    private void polygon(String fill, double... xy) {
        out.append("<polygon fill=\"").append(fill).append("\" points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        out.append("\"/>");
    }

    /** Text with its anchor ({@code start}, {@code middle}, {@code end}); {@code rotate} in degrees, 0 for none. */
    Svg text(double x, double y, String anchor, int size, boolean bold, String fill, double rotate, String content) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (size != FONT_SIZE) {
            out.append(" font-size=\"").append(size).append('"');
        }
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (fill != null && !INK.equals(fill)) {
            out.append(" fill=\"").append(fill).append('"');
        }
        if (rotate != 0) {
            out.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ')
                    .append(num(y)).append(")\"");
        }
        out.append('>').append(Xml.text(content)).append("</text>");
        return this;
    }

    private StringBuilder dash(String dash) {
        if (dash != null && !dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        return out;
    }

    /** Closes the root element and returns the markup. */
    String close() {
        return out.append("</svg>").toString();
    }

    /** Rough width of {@code text} in pixels at {@code size} (Liberation Sans averages ~0.55 em per character). */
    static double textWidth(String text, int size) {
        return (text == null ? 0 : text.length()) * size * 0.56;
    }
}
