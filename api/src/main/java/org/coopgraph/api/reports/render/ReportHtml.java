package org.coopgraph.api.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopgraph.analytics.report.RegionReport;

/**
 * The annual report as one self-contained XHTML page (styles and SVG charts inline, no scripts, no
 * external resources): cover, summary with recommended actions, one chapter per topic with the
 * previous year beside the report year, methods appendix. The same report gives the same bytes. Every
 * member appears as its {@code MemberRef.label}, which the report model already resolved for the view
 * (public: only consented members by name), and every string is escaped.
 */
public final class ReportHtml {

    /** The chapters in reading order: id (anchor and message prefix) and writer. */
    static final List<Chapter> CHAPTERS = List.of(
            new Chapter("summary", SummaryChapter::write),
            new Chapter("members", MembersChapter::write),
            new Chapter("crosssector", CrossSectorChapter::write),
            new Chapter("communities", CommunitiesChapter::write),
            new Chapter("brokers", BrokersChapter::write),
            new Chapter("robustness", RobustnessChapter::write),
            new Chapter("diversity", DiversityChapter::write),
            new Chapter("competences", CompetencesChapter::write),
            new Chapter("valuechains", ValueChainsChapter::write),
            new Chapter("questions", QuestionsChapter::write),
            new Chapter("methods", MethodsChapter::write));

    private static final String CSS = resource("/reports/report.css");
    private static final String MARGIN_FONT = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #555555;";

    private ReportHtml() {
    }

    record Chapter(String id, Writer writer) {
    }

    interface Writer {
        void write(Html html, RenderContext ctx);
    }

    /** The page for browsers ({@code .html}). */
    public static String render(RegionReport report) {
        return render(report, false);
    }

    /** {@code print}: adds the PDF's bookmarks (an element browsers do not know). */
    static String render(RegionReport report, boolean print) {
        RenderContext ctx = RenderContext.of(report);
        Messages msg = ctx.msg();
        String title = title(ctx);
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + ctx.meta().language()
                + "\" xml:lang=\"" + ctx.meta().language() + "\">");
        html.raw("<head><meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        html.el("title", null, title);
        html.raw("<meta name=\"generator\" content=\"" + Xml.text(ctx.meta().generator()) + "\"/>");
        html.raw("<style>").raw(CSS).raw(pageCss(msg)).raw("</style>");
        if (print) {
            html.raw("<bookmarks>");
            for (Chapter chapter : CHAPTERS) {
                html.raw("<bookmark name=\"" + Xml.text(msg.get(chapter.id() + ".title")) + "\" href=\"#"
                        + chapter.id() + "\"/>");
            }
            html.raw("</bookmarks>");
        }
        html.raw("</head><body>");
        html.el("div", "running-header", title);
        CoverPage.write(html, ctx, CHAPTERS);
        for (Chapter chapter : CHAPTERS) {
            html.openSection(chapter.id(), "chapter");
            html.el("h2", null, msg.get(chapter.id() + ".title"));
            chapter.writer().write(html, ctx);
            html.close("section");
        }
        html.raw("</body></html>\n");
        return html.toString();
    }

    static String title(RenderContext ctx) {
        return ctx.msg().get("report.title", ctx.meta().regionName(), ctx.year());
    }

    /** Page numbers in the report's language; CSS strings from the bundle only, quoted for CSS. */
    private static String pageCss(Messages msg) {
        return "\n@page { @bottom-right { content: \"" + cssString(msg.get("page.label")) + " \" counter(page) \" "
                + cssString(msg.get("page.of")) + " \" counter(pages); " + MARGIN_FONT + " }"
                + " @bottom-left { content: \"" + cssString(msg.get("page.footer")) + "\"; " + MARGIN_FONT + " } }\n";
    }

    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String path) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
