package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.List;

/**
 * Value-chain neighbours: 1 for every chain in which the candidate covers a step right before or
 * after a step the member covers, where the member does not cover that next step itself (the
 * candidate then completes the member's link in the chain, after Porter's value chain as mapped by
 * the value-chain analysis). At most 1 per chain, so a long chain with many shared steps does not
 * outweigh everything else. Evidence names the first such pair of steps in position order.
 */
public final class ValueChainComponent implements SuggestionComponent {

    public static final String NAME = "valueChain";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void scoreAll(SuggestionContext context, int a, double[] values) {
        int[] stamp = new int[values.length];
        for (int c : context.chains.chainsOf[a]) {
            ChainIndex.Chain chain = context.chains.chains.get(c);
            int round = c + 1;
            for (int step = 0; step < chain.stepIds().length; step++) {
                if (chain.covers(step, a) || !(coversAt(chain, step - 1, a) || coversAt(chain, step + 1, a))) {
                    continue;
                }
                for (int b : chain.coverers()[step]) {
                    if (stamp[b] != round) {
                        stamp[b] = round;
                        values[b] += 1.0;
                    }
                }
            }
        }
    }

    @Override
    public ComponentScore score(SuggestionContext context, int a, int b) {
        if (a == b) {
            return ComponentScore.NONE;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int c : context.chains.chainsOf[a]) {
            ChainIndex.Chain chain = context.chains.chains.get(c);
            found:
            for (int step = 0; step < chain.stepIds().length; step++) {
                if (!chain.covers(step, a)) {
                    continue;
                }
                for (int next : new int[] {step - 1, step + 1}) {
                    if (next >= 0 && next < chain.stepIds().length && !chain.covers(next, a) && chain.covers(next, b)) {
                        evidence.add(Evidence.of(EvidenceCode.CHAIN_NEXT_STEP,
                                List.of(chain.chainId(), chain.stepIds()[step], chain.stepIds()[next])));
                        break found;
                    }
                }
            }
        }
        return evidence.isEmpty() ? ComponentScore.NONE : new ComponentScore(evidence.size(), evidence);
    }

    private static boolean coversAt(ChainIndex.Chain chain, int step, int node) {
        return step >= 0 && step < chain.stepIds().length && chain.covers(step, node);
    }
}
