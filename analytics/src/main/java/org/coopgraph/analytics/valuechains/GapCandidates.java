package org.coopgraph.analytics.valuechains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.valuechains.ValueChainResult.Candidate;
import org.coopgraph.analytics.valuechains.ValueChainResult.Reason;

/** Collects reasons per member for one gap, then ranks: score (sum of reason weights) high to low, then member id. */
final class GapCandidates {

    private static final Comparator<Candidate> RANK =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::memberId);

    private final Map<String, List<Reason>> reasonsByMember = new TreeMap<>();

    void add(String memberId, List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            reasonsByMember.computeIfAbsent(memberId, m -> new ArrayList<>()).addAll(reasons);
        }
    }

    int count() {
        return reasonsByMember.size();
    }

    /** The best {@link ChainWeights#MAX_CANDIDATES}. */
    List<Candidate> top() {
        List<Candidate> all = new ArrayList<>(reasonsByMember.size());
        reasonsByMember.forEach((member, reasons) -> all.add(new Candidate(member, score(reasons), reasons)));
        all.sort(RANK);
        return List.copyOf(all.subList(0, Math.min(all.size(), ChainWeights.MAX_CANDIDATES)));
    }

    private static double score(List<Reason> reasons) {
        double sum = 0;
        for (Reason reason : reasons) {
            sum += ChainWeights.weight(reason.code());
        }
        return sum;
    }
}
