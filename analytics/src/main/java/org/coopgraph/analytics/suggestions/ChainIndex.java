package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.valuechains.ValueChainAnalysis;
import org.coopgraph.analytics.valuechains.ValueChainResult;
import org.coopgraph.analytics.valuechains.ValueChainResult.CoveringMember;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.ValueChain;

/**
 * Who covers which step of each value chain, taken from the value-chain analysis (its coverage rule:
 * sector at or below a step sector, or every step skill), with steps in position order.
 */
final class ChainIndex {

    /** One chain: step ids in position order and, per step, its covering nodes ascending. */
    record Chain(String chainId, String[] stepIds, int[][] coverers) {
        boolean covers(int step, int node) {
            return Arrays.binarySearch(coverers[step], node) >= 0;
        }
    }

    final List<Chain> chains = new ArrayList<>();
    /** Node to the chains (indexes into {@link #chains}) in which it covers at least one step, ascending. */
    final int[][] chainsOf;

    ChainIndex(NetworkSnapshot snapshot, int nodes, Map<String, Integer> nodeOf) {
        List<List<Integer>> byNode = new ArrayList<>(nodes);
        for (int v = 0; v < nodes; v++) {
            byNode.add(new ArrayList<>());
        }
        for (ValueChain chain : snapshot.valueChains()) {
            if (chain.steps().isEmpty()) {
                continue;
            }
            ValueChainResult result = ValueChainAnalysis.analyse(snapshot, chain.id());
            String[] stepIds = result.steps().stream().map(ValueChainResult.StepCoverage::stepId).toArray(String[]::new);
            int[][] coverers = result.steps().stream().map(step -> step.members().stream().map(CoveringMember::memberId)
                    .filter(nodeOf::containsKey).mapToInt(nodeOf::get).sorted().toArray()).toArray(int[][]::new);
            int index = chains.size();
            chains.add(new Chain(chain.id(), stepIds, coverers));
            for (int[] step : coverers) {
                for (int v : step) {
                    List<Integer> list = byNode.get(v);
                    if (list.isEmpty() || list.get(list.size() - 1) != index) {
                        list.add(index);
                    }
                }
            }
        }
        chainsOf = byNode.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
