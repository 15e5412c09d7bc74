package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes candidates best first (total descending, then node number, which is member id order) from a
 * binary max-heap over primitive arrays, applying the sector quota of {@link SectorDiversity} on the
 * way. Heapifying is linear and only the candidates looked at are popped, so one member's list costs
 * O(candidates + looked-at x log candidates) without sorting or boxing thousands of candidates.
 */
final class RankedSelection {

    private final int[] heap;
    private final double[] total;
    private int size;

    RankedSelection(int[] candidates, int count, double[] total) {
        this.heap = candidates;
        this.size = count;
        this.total = total;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** Up to {@code limit} candidates, best first, at most {@link SectorDiversity#cap} per sector. */
    List<Integer> select(int limit, double maxShare, java.util.function.IntFunction<String> sectorOf) {
        int cap = SectorDiversity.cap(limit, maxShare);
        Map<String, Integer> taken = new HashMap<>();
        List<Integer> selected = new ArrayList<>(limit);
        while (size > 0 && selected.size() < limit) {
            int best = heap[0];
            heap[0] = heap[--size];
            siftDown(0);
            String sector = sectorOf.apply(best);
            if (taken.getOrDefault(sector, 0) < cap) {
                taken.merge(sector, 1, Integer::sum);
                selected.add(best);
            }
        }
        return selected;
    }

    private boolean before(int a, int b) {
        return total[a] > total[b] || (total[a] == total[b] && a < b);
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int best = left + 1 < size && before(heap[left + 1], heap[left]) ? left + 1 : left;
            if (!before(heap[best], heap[i])) {
                return;
            }
            int swap = heap[i];
            heap[i] = heap[best];
            heap[best] = swap;
            i = best;
        }
    }
}
