package org.coopgraph.analytics.report;

import java.util.List;

/** Value-chain coverage and gaps in the report year beside the previous year (chains by id). */
public record ValueChainsSection(ValueChainsYear year, ValueChainsYear previous) {

    /** {@code k}: the hop limit under which consecutive steps count as linked in the network. */
    public record ValueChainsYear(int year, int k, List<ChainCoverage> chains) {
        public ValueChainsYear {
            chains = List.copyOf(chains);
        }
    }

    /**
     * One chain: {@code coverage} = coveredSteps / steps (null for a chain without steps); uncovered
     * and single-supplier steps and broken links (both steps covered, members more than k hops apart)
     * in position order.
     */
    public record ChainCoverage(String chainId, String name, int steps, int coveredSteps, Double coverage,
                                List<StepRef> uncovered, List<StepRef> singleSupplier, List<StepLinkGap> linkGaps) {
        public ChainCoverage {
            uncovered = List.copyOf(uncovered);
            singleSupplier = List.copyOf(singleSupplier);
            linkGaps = List.copyOf(linkGaps);
        }
    }

    public record StepRef(String stepId, String name) {
    }

    public record StepLinkGap(StepRef from, StepRef to) {
    }
}
