package org.coopgraph.api.reports.render;

import org.coopgraph.analytics.report.BrokersSection.BrokersYear;
import org.coopgraph.analytics.report.CommunitiesSection.CommunitiesYear;
import org.coopgraph.analytics.report.CompetencesSection.CompetencesYear;
import org.coopgraph.analytics.report.CrossSectorSection.CrossSectorYear;
import org.coopgraph.analytics.report.DiversitySection.DiversityYear;
import org.coopgraph.analytics.report.MembersSection.MembersYear;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.Recommendation;
import org.coopgraph.analytics.report.RobustnessSection.RobustnessYear;
import org.coopgraph.analytics.agenda.QuestionOutcomes;

/**
 * First pages after the cover, for the reader who reads nothing else: the recommended actions derived
 * from the numbers, then the key figures of every chapter with the previous year beside them.
 */
final class SummaryChapter {

    private SummaryChapter() {
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        RegionReport r = ctx.report();
        html.el("p", "lead", msg.get("summary.intro", ctx.meta().regionName(), ctx.year()));
        html.el("h3", null, msg.get("summary.actions"));
        Blocks.listOrNone(html, ctx, r.recommendations(), Recommendation::text, "summary.noActions");
        html.open("div", "keep").el("h3", null, msg.get("summary.keyFigures"));
        MembersYear m = r.members().year();
        MembersYear mp = r.members().previous();
        CrossSectorYear c = r.crossSector().year();
        CrossSectorYear cp = r.crossSector().previous();
        CommunitiesYear k = r.communities().year();
        CommunitiesYear kp = r.communities().previous();
        BrokersYear b = r.brokers().year();
        BrokersYear bp = r.brokers().previous();
        RobustnessYear rb = r.robustness().year();
        RobustnessYear rbp = r.robustness().previous();
        DiversityYear d = r.diversity().year();
        DiversityYear dp = r.diversity().previous();
        CompetencesYear s = r.competences().year();
        CompetencesYear sp = r.competences().previous();
        QuestionOutcomes q = r.questions().year();
        QuestionOutcomes qp = r.questions().previous();
        Comparison table = new Comparison(ctx)
                .integer(msg.get("members.total"), mp == null ? null : mp.total(), m.total())
                .integer(msg.get("members.joined"), mp == null ? null : mp.joinedCount(), m.joinedCount())
                .integer(msg.get("members.left"), mp == null ? null : mp.leftCount(), m.leftCount())
                .share(msg.get("crosssector.share"), cp == null ? null : cp.crossSectorShare(), c.crossSectorShare())
                .decimal(msg.get("crosssector.sectorEi"), cp == null ? null : cp.sectorEi(), c.sectorEi(), 2)
                .integer(msg.get("communities.count"), kp == null ? null : kp.communities().size(), k.communities().size())
                .integer(msg.get("brokers.cutPoints"), bp == null ? null : bp.cutPointCount(), b.cutPointCount())
                .decimal(msg.get("robustness.r.RANDOM"), RobustnessChapter.r(rbp, "RANDOM"), RobustnessChapter.r(rb, "RANDOM"), 3)
                .decimal(msg.get("robustness.r.DEGREE_ADAPTIVE"), RobustnessChapter.r(rbp, "DEGREE_ADAPTIVE"),
                        RobustnessChapter.r(rb, "DEGREE_ADAPTIVE"), 3)
                .decimal(msg.get("diversity.shannon"), dp == null ? null : dp.shannon(), d.shannon(), 2)
                .integer(msg.get("competences.missing"), sp == null ? null : sp.missingCount(), s.missingCount())
                .integer(msg.get("competences.thin"), sp == null ? null : sp.thinCount(), s.thinCount())
                .integer(msg.get("valuechains.uncovered"), ValueChainsChapter.uncovered(r.valueChains().previous()),
                        ValueChainsChapter.uncovered(r.valueChains().year()))
                .integer(msg.get("questions.answered"), qp == null ? null : qp.answered(), q == null ? null : q.answered())
                .integer(msg.get("questions.open"), qp == null ? null : qp.open(), q == null ? null : q.open());
        table.write(html, msg.get("summary.keyFigures.caption"));
        html.el("p", "muted", msg.get("summary.reading")).close("div");
    }
}
