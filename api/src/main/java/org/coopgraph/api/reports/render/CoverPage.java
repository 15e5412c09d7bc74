package org.coopgraph.api.reports.render;

import java.util.List;
import org.coopgraph.analytics.report.ReportMeta;
import org.coopgraph.analytics.report.ReportView;

/** The cover: region, year, edition (public or coordinator), provenance (data version, content hash) and contents. */
final class CoverPage {

    private CoverPage() {
    }

    static void write(Html html, RenderContext ctx, List<ReportHtml.Chapter> chapters) {
        Messages msg = ctx.msg();
        ReportMeta meta = ctx.meta();
        html.open("section", "cover");
        html.el("p", "kicker", msg.get("cover.kicker"));
        html.el("h1", null, meta.regionName());
        html.el("p", "subtitle", ctx.hasPrevious() ? msg.get("cover.subtitle", ctx.year(), ctx.previousYear())
                : msg.get("cover.subtitle.first", ctx.year()));
        html.el("p", "edition", msg.get(meta.view() == ReportView.PUBLIC ? "cover.view.public" : "cover.view.full"));
        html.open("table", "provenance").open("tbody", null);
        row(html, msg.get("cover.region"), meta.regionId());
        row(html, msg.get("cover.span"), meta.firstYear() + "–" + meta.lastYear());
        row(html, msg.get("cover.dataVersion"), Long.toString(meta.dataVersion()));
        html.open("tr", null).el("td", null, msg.get("cover.contentHash"))
                .el("td", "hash", meta.contentHash() == null ? Numbers.NONE : meta.contentHash()).close("tr");
        row(html, msg.get("cover.generator"), meta.generator());
        html.close("tbody").close("table");
        html.el("p", "muted", msg.get("cover.reproducible"));
        html.open("nav", "toc").el("h3", null, msg.get("toc.title")).open("ol", null);
        for (ReportHtml.Chapter chapter : chapters) {
            html.open("li", null).link(chapter.id(), msg.get(chapter.id() + ".title")).close("li");
        }
        html.close("ol").close("nav");
        html.close("section");
    }

    private static void row(Html html, String label, String value) {
        html.open("tr", null).el("td", null, label).el("td", null, value).close("tr");
    }
}
