package org.coopgraph.api.reports.render;

import org.coopgraph.analytics.report.MethodNote;
import org.coopgraph.analytics.report.ReportMeta;

/** The methods appendix: every indicator with its formula, explanation and literature; then the provenance. */
final class MethodsChapter {

    private MethodsChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        html.el("p", "lead", msg.get("methods.intro"));
        for (MethodNote note : ctx.report().methods()) {
            html.openSection("method-" + note.id(), "method");
            html.el("h3", null, note.title());
            html.el("div", "formula", note.formula());
            html.el("p", null, note.explanation());
            if (!note.references().isEmpty()) {
                html.list("references", note.references());
            }
            html.close("section");
        }
        ReportMeta meta = ctx.meta();
        html.el("h3", null, msg.get("methods.provenance"));
        html.el("p", null, msg.get("methods.provenance.text", Long.toString(meta.dataVersion()),
                meta.contentHash() == null ? Numbers.NONE : meta.contentHash(), meta.generator()));
    }
}
