package org.coopgraph.analytics.valuechains;

import java.util.List;

/** The gaps of every value chain of a region, in chain id order, without candidates. */
public record ValueChainSummary(int k, List<ChainSummary> chains) {

    public ValueChainSummary {
        chains = List.copyOf(chains);
    }

    /** Counts and step ids of one chain's gaps; steps and pairs in position order. */
    public record ChainSummary(String chainId, String name, int steps, int coveredSteps, List<String> uncoveredSteps,
                               List<String> singleSupplierSteps, List<StepPair> linkGaps) {
        public ChainSummary {
            uncoveredSteps = List.copyOf(uncoveredSteps);
            singleSupplierSteps = List.copyOf(singleSupplierSteps);
            linkGaps = List.copyOf(linkGaps);
        }
    }

    public record StepPair(String fromStepId, String toStepId) {
    }
}
