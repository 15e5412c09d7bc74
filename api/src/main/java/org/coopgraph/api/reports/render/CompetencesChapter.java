package org.coopgraph.api.reports.render;

import java.util.List;
import org.coopgraph.analytics.report.CompetencesSection;
import org.coopgraph.analytics.report.CompetencesSection.CompetencesYear;
import org.coopgraph.analytics.report.CompetencesSection.SkillRef;
import org.coopgraph.analytics.report.MemberRef;

/** Missing skills (demanded, nobody supplies them), thin skills (one supplier), skills that left with a member. */
final class CompetencesChapter {

    private CompetencesChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        Numbers num = ctx.num();
        CompetencesSection section = ctx.report().competences();
        CompetencesYear year = section.year();
        CompetencesYear prev = section.previous();
        html.el("p", "lead", msg.get("competences.intro"));
        new Comparison(ctx)
                .integer(msg.get("competences.demanded"), prev == null ? null : prev.skillsDemanded(), year.skillsDemanded())
                .integer(msg.get("competences.supplied"), prev == null ? null : prev.skillsSupplied(), year.skillsSupplied())
                .integer(msg.get("competences.missing"), prev == null ? null : prev.missingCount(), year.missingCount())
                .integer(msg.get("competences.thin"), prev == null ? null : prev.thinCount(), year.thinCount())
                .integer(msg.get("competences.projectsWithGaps"), prev == null ? null : prev.projectsWithGaps(), year.projectsWithGaps())
                .write(html, msg.get("competences.figures.caption"));

        html.el("h3", null, msg.get("competences.missing.title", ctx.year()));
        if (year.missing().isEmpty()) {
            html.el("p", "note", msg.get("competences.missing.none"));
        } else {
            html.table(null, msg.get("competences.missing.table"), "lrl", List.of(msg.get("col.skill"),
                    msg.get("competences.demand"), msg.get("competences.trainers")), year.missing().stream()
                    .map(g -> List.of(g.skill().name(), num.decimal(g.demand(), 1), labels(g.trainers()))).toList());
            more(html, ctx, year.missing().size(), year.missingCount());
        }
        html.el("h3", null, msg.get("competences.thin.title", ctx.year()));
        if (year.thin().isEmpty()) {
            html.el("p", "note", msg.get("competences.thin.none"));
        } else {
            html.table(null, msg.get("competences.thin.table"), "lll", List.of(msg.get("col.skill"),
                    msg.get("competences.supplier"), msg.get("competences.trainers")), year.thin().stream()
                    .map(t -> List.of(t.skill().name(), t.supplier().label(), labels(t.trainers()))).toList());
            more(html, ctx, year.thin().size(), year.thinCount());
        }
        html.el("h3", null, msg.get("competences.leftOnly.title"));
        Blocks.listOrNone(html, ctx, year.leftOnly(), SkillRef::name, "competences.leftOnly.none");
    }

    private static String labels(List<MemberRef> members) {
        return Blocks.joined(members.stream().map(MemberRef::label).toList());
    }

    private static void more(Html html, RenderContext ctx, int shown, int total) {
        if (total > shown) {
            html.el("p", "note", ctx.msg().get("list.shown", ctx.num().integer(shown), ctx.num().integer(total)));
        }
    }
}
