package org.coopgraph.api.reports.render;

import java.util.List;

/**
 * Writes the report's XHTML: every text goes through {@link Xml#text}, so user data (member names,
 * project names, the region's name) can never become markup. Only void elements are self-closed, so
 * the same bytes parse as XML (the PDF renderer) and as HTML (browsers).
 */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    Html open(String tag, String cls) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(Xml.text(cls)).append('"');
        }
        out.append('>');
        return this;
    }

    Html openSection(String id, String cls) {
        out.append("<section id=\"").append(Svg.safeId(id)).append("\" class=\"").append(Xml.text(cls)).append("\">");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag class="cls">text</tag>}. */
    Html el(String tag, String cls, String text) {
        return open(tag, cls).text(text).close(tag);
    }

    Html text(String text) {
        out.append(Xml.text(text));
        return this;
    }

    /** Markup this package wrote itself (an SVG chart, a nested piece); never user text. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html link(String href, String text) {
        out.append("<a href=\"#").append(Svg.safeId(href)).append("\">").append(Xml.text(text)).append("</a>");
        return this;
    }

    /** A bulleted list; nothing for an empty list. */
    Html list(String cls, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        open("ul", cls);
        items.forEach(item -> el("li", null, item));
        return close("ul");
    }

    /**
     * A table with a caption, header cells and rows; {@code align} holds one letter per column, 'l' for
     * text and 'r' for numbers (right-aligned, never wrapped).
     */
    Html table(String cls, String caption, String align, List<String> header, List<List<String>> rows) {
        if (align.length() != header.size()) {
            throw new IllegalArgumentException("align '" + align + "' does not match " + header.size() + " columns");
        }
        open("table", cls);
        if (caption != null) {
            el("caption", null, caption);
        }
        open("thead", null).open("tr", null);
        for (int c = 0; c < header.size(); c++) {
            el("th", align.charAt(c) == 'r' ? "num" : null, header.get(c));
        }
        close("tr").close("thead").open("tbody", null);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells for " + header.size() + " columns");
            }
            open("tr", null);
            for (int c = 0; c < row.size(); c++) {
                el("td", align.charAt(c) == 'r' ? "num" : null, row.get(c));
            }
            close("tr");
        }
        return close("tbody").close("table");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
