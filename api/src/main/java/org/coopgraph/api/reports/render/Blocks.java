package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.function.Function;

/** Pieces every chapter uses: a chart with its caption, a sentence for an empty list, a list of labels. */
final class Blocks {

    private Blocks() {
    }

    /** A chart with a visible caption; its data table follows it in the chapter (the accessible alternative). */
    static void chart(Html html, String caption, String svg) {
        html.open("figure", "chart-block").el("figcaption", null, caption).raw(svg).close("figure");
    }

    /** {@code items} as a bulleted list, or the sentence {@code emptyKey} when there are none. */
    static <T> void listOrNone(Html html, RenderContext ctx, List<T> items, Function<T, String> text, String emptyKey) {
        if (items.isEmpty()) {
            html.el("p", "note", ctx.msg().get(emptyKey));
        } else {
            html.list(null, items.stream().map(text).toList());
        }
    }

    /** Labels joined with commas, "–" for none. */
    static String joined(List<String> labels) {
        return labels.isEmpty() ? Numbers.NONE : String.join(", ", labels);
    }
}
