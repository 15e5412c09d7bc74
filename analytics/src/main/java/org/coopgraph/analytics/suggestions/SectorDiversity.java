package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Greedy diversity re-ranking: walk the ranked candidates and take each unless its sector already has
 * ceil(maxShare x limit) places (at least 1), until {@code limit} are taken. The cap is strict: when
 * too few sectors are left the list is shorter rather than dominated by one sector. The order among
 * the taken keeps the ranking (a re-ranking in the spirit of maximal marginal relevance, Carbonell and
 * Goldstein, SIGIR 1998, with a hard per-group quota instead of a similarity penalty).
 */
final class SectorDiversity {

    private SectorDiversity() {
    }

    static int cap(int limit, double maxShare) {
        return Math.max(1, (int) Math.ceil(maxShare * limit - 1e-9));
    }

    static List<Integer> select(List<Integer> ranked, IntFunction<String> sectorOf, int limit, double maxShare) {
        int cap = cap(limit, maxShare);
        Map<String, Integer> taken = new HashMap<>();
        List<Integer> selected = new ArrayList<>(limit);
        for (int candidate : ranked) {
            if (selected.size() == limit) {
                break;
            }
            String sector = sectorOf.apply(candidate);
            if (taken.getOrDefault(sector, 0) < cap) {
                taken.merge(sector, 1, Integer::sum);
                selected.add(candidate);
            }
        }
        return selected;
    }
}
