package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopgraph.analytics.report.ValueChainsSection.ChainCoverage;
import org.coopgraph.analytics.report.ValueChainsSection.StepLinkGap;
import org.coopgraph.analytics.report.ValueChainsSection.StepRef;
import org.coopgraph.analytics.report.ValueChainsSection.ValueChainsYear;
import org.coopgraph.analytics.valuechains.ValueChainSummary;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.ValueChain;

/** The value-chain part of a year, read off one {@link ValueChainSummary} with the step names added. */
final class ChainSections {

    private ChainSections() {
    }

    static ValueChainsYear year(ValueChainSummary summary, NetworkSnapshot snapshot, int year) {
        List<ChainCoverage> chains = summary.chains().stream().map(chain -> {
            Map<String, ChainStep> steps = snapshot.valueChain(chain.chainId()).map(ValueChain::steps).orElse(List.of())
                    .stream().collect(Collectors.toMap(ChainStep::id, Function.identity()));
            Function<String, StepRef> step = id -> new StepRef(id, steps.containsKey(id) ? steps.get(id).name() : id);
            Double coverage = chain.steps() == 0 ? null : (double) chain.coveredSteps() / chain.steps();
            return new ChainCoverage(chain.chainId(), chain.name(), chain.steps(), chain.coveredSteps(), coverage,
                    chain.uncoveredSteps().stream().map(step).toList(),
                    chain.singleSupplierSteps().stream().map(step).toList(),
                    chain.linkGaps().stream().map(g -> new StepLinkGap(step.apply(g.fromStepId()), step.apply(g.toStepId())))
                            .toList());
        }).toList();
        return new ValueChainsYear(year, summary.k(), chains);
    }
}
