package org.coopgraph.analytics.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Tie;

/**
 * The undirected, weighted member collaboration graph of a snapshot in compressed (CSR) form: members
 * are numbered 0..n-1 in id order, neighbours of i are {@code targets[offsets[i] .. offsets[i+1])}
 * sorted ascending. Heavy algorithms run on this int view because JGraphT's boxed graphs are ~50x
 * slower here (shared/ANALYTICS-NOTES.md). Edge weight = sum of explicit tie weights (every kind)
 * + 1 per supply link + 1 per shared project. Only present members take part.
 */
public final class CollaborationGraph {

    private final String[] ids;
    private final Map<String, Integer> indexById;
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;
    private volatile String structure;

    private CollaborationGraph(String[] ids, int[] offsets, int[] targets, double[] weights) {
        this.ids = ids;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.indexById = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            indexById.put(ids[i], i);
        }
    }

    public static CollaborationGraph of(NetworkSnapshot snapshot) {
        List<Member> present = snapshot.presentMembers();
        String[] ids = present.stream().map(Member::id).toArray(String[]::new);
        var index = new HashMap<String, Integer>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        var edges = new EdgeAccumulator(index);
        for (Tie tie : snapshot.ties()) {
            edges.add(tie.fromId(), tie.toId(), tie.weight());
        }
        for (Member member : present) {
            member.suppliesTo().forEach(to -> edges.add(member.id(), to, 1.0));
        }
        for (Project project : snapshot.projects()) {
            List<String> people = project.participants().stream().map(p -> p.memberId()).distinct().toList();
            for (int a = 0; a < people.size(); a++) {
                for (int b = a + 1; b < people.size(); b++) {
                    edges.add(people.get(a), people.get(b), 1.0);
                }
            }
        }
        return edges.build(ids);
    }

    /** Builds a graph directly from an edge list over ids (for tests and peer benchmarks). */
    public static CollaborationGraph fromEdges(List<String> ids, List<String[]> edges, List<Double> edgeWeights) {
        String[] sorted = ids.stream().sorted().toArray(String[]::new);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < sorted.length; i++) {
            index.put(sorted[i], i);
        }
        var acc = new EdgeAccumulator(index);
        for (int e = 0; e < edges.size(); e++) {
            acc.add(edges.get(e)[0], edges.get(e)[1], edgeWeights == null ? 1.0 : edgeWeights.get(e));
        }
        return acc.build(sorted);
    }

    static CollaborationGraph fromCsr(String[] ids, int[] offsets, int[] targets, double[] weights) {
        return new CollaborationGraph(ids, offsets, targets, weights);
    }

    public int size() { return ids.length; }
    public int edgeCount() { return targets.length / 2; }
    public String id(int node) { return ids[node]; }

    /** The node number of a member, or -1 if the member is not in the graph. */
    public int index(String memberId) {
        Integer i = indexById.get(memberId);
        return i == null ? -1 : i;
    }

    public int degree(int node) { return offsets[node + 1] - offsets[node]; }
    public int neighbourStart(int node) { return offsets[node]; }
    public int neighbourEnd(int node) { return offsets[node + 1]; }
    /** Neighbour at CSR position {@code p} (between neighbourStart and neighbourEnd). */
    public int target(int p) { return targets[p]; }
    public double weightAt(int p) { return weights[p]; }

    public int[] neighbours(int node) {
        return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
    }

    /** Weight of the edge between two nodes, 0 when they are not adjacent. */
    public double weight(int a, int b) {
        int p = Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b);
        return p >= 0 ? weights[p] : 0.0;
    }

    public double strength(int node) {
        double sum = 0;
        for (int p = offsets[node]; p < offsets[node + 1]; p++) {
            sum += weights[p];
        }
        return sum;
    }

    /**
     * A fingerprint of the graph's shape: node count, adjacency and weights, not the member ids. Results
     * that depend only on the shape (betweenness, communities, both indexed by node number) are the same
     * for two graphs with equal fingerprints, so a write that leaves the shape alone (a renamed member,
     * a question's status) can reuse them. SHA-256, computed once.
     */
    public String structure() {
        String known = structure;
        if (known == null) {
            known = StructureFingerprint.of(offsets, targets, weights);
            structure = known;
        }
        return known;
    }
}
