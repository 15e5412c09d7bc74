package org.coopgraph.analytics.graph;

import java.util.Objects;

/**
 * Gould-Fernandez brokerage roles (Gould and Fernandez 1989, "Structures of mediation") counted on
 * the undirected collaboration graph. Every open triad a - b - c (a and c not tied) makes b a broker
 * for the pair {a, c}; the role depends on the groups of a, b and c:
 * coordinator (all three in one group), itinerant or consultant (a and c share a group, b is
 * outside it), liaison (three different groups), and the directed roles gatekeeper (a outside,
 * b and c inside) and representative (a and b inside, c outside).
 *
 * <p>Undirected adaptation: an undirected tie is read as reciprocal, so the triad where exactly one
 * end shares b's group holds both directed paths, a -> b -> c and c -> b -> a, and b is gatekeeper
 * for one reading and representative for the other. Gatekeeper and representative therefore
 * collapse into one count, "one side shares the broker's group", reported under both names; every
 * other role counts each open triad once. {@link Counts#triads} counts each open triad once.
 *
 * <p>Counting: all neighbour pairs of b are classified from per-group neighbour counts in O(deg),
 * then the closed pairs are removed by enumerating each triangle once (edges oriented by degree,
 * O(m^1.5)), so hubs cost no quadratic pair loop.
 */
public final class GouldFernandezBrokerage {

    private final int[] groups;

    /** {@code groups[node]} in 0..k-1 is the group of each node (e.g. its sector). */
    public GouldFernandezBrokerage(int[] groups) {
        this.groups = Objects.requireNonNull(groups, "groups").clone();
        for (int g : this.groups) {
            if (g < 0) {
                throw new IllegalArgumentException("groups must not be negative: " + g);
            }
        }
    }

    /** Per-node role counts, indexed by node number; read-only to callers. */
    public static final class Counts {

        static final int COORDINATOR = 0;
        static final int MIXED = 1;
        static final int ITINERANT = 2;
        static final int LIAISON = 3;
        private final long[][] byRole;

        Counts(int n) {
            this.byRole = new long[4][n];
        }

        public long coordinator(int node) { return byRole[COORDINATOR][node]; }
        /** Gatekeeper = representative on an undirected graph (see the class comment). */
        public long gatekeeperOrRepresentative(int node) { return byRole[MIXED][node]; }
        public long itinerant(int node) { return byRole[ITINERANT][node]; }
        public long liaison(int node) { return byRole[LIAISON][node]; }

        /** Open triads with this node in the middle, each counted once. */
        public long triads(int node) {
            return coordinator(node) + gatekeeperOrRepresentative(node) + itinerant(node) + liaison(node);
        }
    }

    public Counts count(CollaborationGraph graph) {
        int n = graph.size();
        if (groups.length != n) {
            throw new IllegalArgumentException("groups has " + groups.length + " entries for " + n + " nodes");
        }
        var counts = new Counts(n);
        int groupCount = java.util.Arrays.stream(groups).max().orElse(-1) + 1;
        int[] perGroup = new int[groupCount];
        for (int b = 0; b < n; b++) {
            addAllPairs(graph, b, perGroup, counts);
        }
        new TriangleWalk(graph).forEach((x, y, z) -> {
            remove(counts, x, y, z);
            remove(counts, y, x, z);
            remove(counts, z, x, y);
        });
        return counts;
    }

    private void addAllPairs(CollaborationGraph graph, int b, int[] perGroup, Counts counts) {
        long k = graph.degree(b);
        int own = groups[b];
        for (int p = graph.neighbourStart(b); p < graph.neighbourEnd(b); p++) {
            perGroup[groups[graph.target(p)]]++;
        }
        long inside = perGroup[own];
        long sameOutside = 0;
        for (int p = graph.neighbourStart(b); p < graph.neighbourEnd(b); p++) {
            int g = groups[graph.target(p)];
            if (g != own && perGroup[g] > 0) {
                sameOutside += (long) perGroup[g] * (perGroup[g] - 1) / 2;
            }
            perGroup[g] = 0;                            // also makes each outside group count once
        }
        long[][] byRole = counts.byRole;
        byRole[Counts.COORDINATOR][b] = inside * (inside - 1) / 2;
        byRole[Counts.MIXED][b] = inside * (k - inside);
        byRole[Counts.ITINERANT][b] = sameOutside;
        byRole[Counts.LIAISON][b] = k * (k - 1) / 2 - byRole[Counts.COORDINATOR][b] - byRole[Counts.MIXED][b] - sameOutside;
    }

    /** Takes the closed pair {a, c} out of broker b's counts. */
    private void remove(Counts counts, int b, int a, int c) {
        int gb = groups[b];
        int ga = groups[a];
        int gc = groups[c];
        int role = ga == gb && gc == gb ? Counts.COORDINATOR
                : ga == gb || gc == gb ? Counts.MIXED
                : ga == gc ? Counts.ITINERANT : Counts.LIAISON;
        counts.byRole[role][b]--;
    }
}
