package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopgraph.analytics.graph.CollaborationGraph;

/**
 * Shared partners, weighted by how specific they are. Adamic-Adar (Adamic and Adar, "Friends and
 * neighbors on the Web", Social Networks 25, 2003): sum over common neighbours c of 1/ln(deg c); or
 * resource allocation (Zhou, Lü and Zhang, Eur. Phys. J. B 71, 2009): sum of 1/deg c. Unweighted
 * degrees (a tie is a tie however strong), as in those definitions and in NetworkX. Only the two-hop
 * neighbourhood of the member is walked. Evidence lists the {@link #MAX_EVIDENCE} most specific
 * partners (highest share, then id); the value always counts all of them.
 */
public final class StructuralComponent implements SuggestionComponent {

    public static final String NAME = "structural";
    static final int MAX_EVIDENCE = 5;

    /** Which index of shared partners to use. */
    public enum Index { ADAMIC_ADAR, RESOURCE_ALLOCATION }

    private final Index index;

    public StructuralComponent(Index index) {
        this.index = java.util.Objects.requireNonNull(index, "index");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The share one shared partner of this degree adds (degree is at least 2 for a shared partner). */
    public double share(int degree) {
        return index == Index.ADAMIC_ADAR ? 1.0 / Math.log(degree) : 1.0 / degree;
    }

    @Override
    public void scoreAll(SuggestionContext context, int a, double[] values) {
        CollaborationGraph g = context.graph();
        for (int p = g.neighbourStart(a); p < g.neighbourEnd(a); p++) {
            int c = g.target(p);
            int degree = g.degree(c);
            if (degree < 2) {
                continue;
            }
            double share = share(degree);
            for (int q = g.neighbourStart(c); q < g.neighbourEnd(c); q++) {
                values[g.target(q)] += share;
            }
        }
    }

    @Override
    public ComponentScore score(SuggestionContext context, int a, int b) {
        CollaborationGraph g = context.graph();
        List<int[]> shared = new ArrayList<>();
        // Both neighbour lists are sorted: merge them.
        int p = g.neighbourStart(a);
        int q = g.neighbourStart(b);
        double total = 0;
        while (p < g.neighbourEnd(a) && q < g.neighbourEnd(b)) {
            int x = g.target(p);
            int y = g.target(q);
            if (x == y) {
                total += share(g.degree(x));
                shared.add(new int[] {x, g.degree(x)});
                p++;
                q++;
            } else if (x < y) {
                p++;
            } else {
                q++;
            }
        }
        if (a == b || shared.isEmpty()) {
            return ComponentScore.NONE;
        }
        shared.sort(Comparator.comparingInt((int[] s) -> s[1]).thenComparingInt(s -> s[0]));
        List<Evidence> evidence = new ArrayList<>();
        for (int[] s : shared.subList(0, Math.min(MAX_EVIDENCE, shared.size()))) {
            int c = s[0];
            evidence.add(new Evidence(EvidenceCode.SHARED_PARTNER, List.of(context.member(c).id()), Map.of(
                    "memberVia", context.linkVia(a, c), "candidateVia", context.linkVia(b, c),
                    "weight", String.format(Locale.ROOT, "%.4f", share(s[1])),
                    "sharedPartners", Integer.toString(shared.size()))));
        }
        return new ComponentScore(total, evidence);
    }
}
