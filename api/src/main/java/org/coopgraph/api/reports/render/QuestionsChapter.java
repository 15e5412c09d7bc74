package org.coopgraph.api.reports.render;

import java.util.List;
import org.coopgraph.analytics.agenda.QuestionOutcomes;
import org.coopgraph.analytics.report.QuestionsSection;
import org.coopgraph.analytics.report.SuggestionsSection;

/** Questions asked, matched, answered and open over the years, and what coordinators did with suggestions. */
final class QuestionsChapter {

    private QuestionsChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        Numbers num = ctx.num();
        QuestionsSection section = ctx.report().questions();
        QuestionOutcomes year = section.year();
        QuestionOutcomes prev = section.previous();
        html.el("p", "lead", msg.get("questions.intro"));
        new Comparison(ctx)
                .integer(msg.get("questions.asked"), prev == null ? null : prev.asked(), year.asked())
                .integer(msg.get("questions.matched"), prev == null ? null : prev.matched(), year.matched())
                .integer(msg.get("questions.answered"), prev == null ? null : prev.answered(), year.answered())
                .integer(msg.get("questions.open"), prev == null ? null : prev.open(), year.open())
                .decimal(msg.get("questions.daysToMatch"), prev == null ? null : prev.medianDaysToMatch(), year.medianDaysToMatch(), 0)
                .decimal(msg.get("questions.daysToAnswer"), prev == null ? null : prev.medianDaysToAnswer(), year.medianDaysToAnswer(), 0)
                .write(html, msg.get("questions.figures.caption"));
        if (year.answeredUndated() > 0) {
            html.el("p", "note", msg.get("questions.undated", num.integer(year.answeredUndated())));
        }
        List<QuestionOutcomes> points = section.series().stream().filter(p -> p.year() != null).toList();
        if (points.size() > 1) {
            int max = points.stream().mapToInt(p -> Math.max(p.asked(), Math.max(p.answered(), p.open()))).max().orElse(1);
            Axis x = Axis.years(msg.get("col.year"), points.get(0).year(), points.get(points.size() - 1).year());
            Axis y = Axis.nice(msg.get("unit.questions"), 0, Math.max(1, max), 5, v -> num.integer(Math.round(v)));
            List<Series> lines = List.of(
                    new Series(msg.get("questions.asked"), points.stream().map(p -> new Series.Point(p.year(), (double) p.asked())).toList()),
                    new Series(msg.get("questions.answered"), points.stream().map(p -> new Series.Point(p.year(), (double) p.answered())).toList()),
                    new Series(msg.get("questions.open"), points.stream().map(p -> new Series.Point(p.year(), (double) p.open())).toList()));
            Blocks.chart(html, msg.get("questions.series"), new LineChart(ctx.id("questions-series"), msg.get("questions.series"),
                    msg.get("questions.series.desc"), x, y, lines).svg());
            html.table("figures", msg.get("questions.series.table"), "lrrrr", List.of(msg.get("col.year"),
                    msg.get("questions.asked"), msg.get("questions.matched"), msg.get("questions.answered"),
                    msg.get("questions.open")), points.stream().map(p -> List.of(Integer.toString(p.year()),
                    num.integer(p.asked()), num.integer(p.matched()), num.integer(p.answered()), num.integer(p.open()))).toList());
        }
        SuggestionsSection suggestions = ctx.report().suggestions();
        html.open("div", "keep").el("h3", null, msg.get("suggestions.title"));
        html.el("p", null, msg.get("suggestions.intro"));
        html.table("figures", msg.get("suggestions.caption"), "lr", List.of(msg.get("col.indicator"), msg.get("col.total")),
                List.of(List.of(msg.get("suggestions.accepted"), num.integer(suggestions.accepted())),
                        List.of(msg.get("suggestions.rejected"), num.integer(suggestions.rejected()))));
        new Comparison(ctx).integer(msg.get("suggestions.withTie"), suggestions.acceptedWithTiePrevious(),
                suggestions.acceptedWithTie()).write(html, msg.get("suggestions.withTie.caption"));
        html.close("div");
    }
}
