package org.coopgraph.api.reports.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopgraph.analytics.report.ValueChainsSection;
import org.coopgraph.analytics.report.ValueChainsSection.ChainCoverage;
import org.coopgraph.analytics.report.ValueChainsSection.StepRef;
import org.coopgraph.analytics.report.ValueChainsSection.ValueChainsYear;

/** Value-chain coverage per chain beside last year, and each chain's gaps: uncovered, single-supplier, unlinked steps. */
final class ValueChainsChapter {

    private ValueChainsChapter() {
    }

    /** Uncovered steps over all chains; null without that year. */
    static Integer uncovered(ValueChainsYear year) {
        return year == null ? null : year.chains().stream().mapToInt(c -> c.uncovered().size()).sum();
    }

    static void write(Html html, RenderContext ctx) {
        Messages msg = ctx.msg();
        Numbers num = ctx.num();
        ValueChainsSection section = ctx.report().valueChains();
        ValueChainsYear year = section.year();
        Map<String, ChainCoverage> previous = section.previous() == null ? Map.of() : section.previous().chains().stream()
                .collect(Collectors.toMap(ChainCoverage::chainId, Function.identity()));
        html.el("p", "lead", msg.get("valuechains.intro", num.integer(year.k())));
        if (year.chains().isEmpty()) {
            html.el("p", "note", msg.get("valuechains.none"));
            return;
        }
        Comparison coverage = new Comparison(ctx);
        for (ChainCoverage chain : year.chains()) {
            ChainCoverage before = previous.get(chain.chainId());
            coverage.share(msg.get("valuechains.coverageOf", chain.name(), num.integer(chain.steps())),
                    before == null ? null : before.coverage(), chain.coverage());
        }
        coverage.writeWithHeader(html, msg.get("valuechains.figures.caption"), msg.get("col.chain"));
        for (ChainCoverage chain : year.chains()) {
            html.el("h3", null, chain.name());
            html.el("p", null, msg.get("valuechains.covered", num.integer(chain.coveredSteps()), num.integer(chain.steps())));
            html.table(null, null, "ll", List.of(msg.get("valuechains.gapKind"), msg.get("valuechains.steps")), List.of(
                    List.of(msg.get("valuechains.uncovered"), steps(chain.uncovered())),
                    List.of(msg.get("valuechains.single"), steps(chain.singleSupplier())),
                    List.of(msg.get("valuechains.links"), Blocks.joined(chain.linkGaps().stream()
                            .map(g -> g.from().name() + " → " + g.to().name()).toList()))));
        }
    }

    private static String steps(List<StepRef> steps) {
        return Blocks.joined(steps.stream().map(StepRef::name).toList());
    }
}
