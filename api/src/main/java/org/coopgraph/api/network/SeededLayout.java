package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Positions computed on the server, so the same data draws the same picture on every reload and in
 * every tool. Communities of three or more nodes get a disc each, placed along a spiral largest first
 * without overlap; smaller groups and loose nodes share one more disc. Inside a disc nodes sit on a
 * sunflower (Vogel's spiral), hubs in the middle. A Fruchterman-Reingold pass (Fruchterman and
 * Reingold 1991) then pulls neighbours together; repulsion is only counted within neighbouring grid
 * cells, so a pass costs O(n) rather than O(n^2). Jitter comes from the seed and each node's id, so
 * a node's start does not depend on the others. Everything is deterministic.
 */
final class SeededLayout {

    static final long SEED = 20240301L;
    private static final double SPACING = 60;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private SeededLayout() {
    }

    /** x, y per node id, rounded to one decimal. */
    static Map<String, double[]> of(ConsentFolding.Folded graph) {
        List<NetNode> nodes = graph.nodes();
        int n = nodes.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[][] centre = new double[n][];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        placeGroups(nodes, x, y, centre);
        int[][] edges = graph.edges().stream()
                .map(e -> new int[] {index.get(e.source()), index.get(e.target())}).toArray(int[][]::new);
        new ForceRefinement(x, y, centre, edges, SPACING).run(iterations(n));
        Map<String, double[]> positions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(nodes.get(i).id(), new double[] {Math.round(x[i] * 10) / 10.0, Math.round(y[i] * 10) / 10.0});
        }
        return positions;
    }

    static int iterations(int nodes) {
        return nodes <= 500 ? 120 : nodes <= 3_000 ? 60 : nodes <= 12_000 ? 20 : nodes <= 50_000 ? 8 : 0;
    }

    private static void placeGroups(List<NetNode> nodes, double[] x, double[] y, double[][] centre) {
        Map<Integer, List<Integer>> byCommunity = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            byCommunity.computeIfAbsent(nodes.get(i).community(), c -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> loose = new ArrayList<>();
        for (List<Integer> members : byCommunity.values()) {
            if (members.size() >= 3) {
                groups.add(members);
            } else {
                loose.addAll(members);
            }
        }
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()));
        if (!loose.isEmpty()) {
            groups.add(loose);
        }
        List<double[]> discs = new ArrayList<>();
        for (List<Integer> group : groups) {
            group.sort(Comparator.comparingInt((Integer i) -> -nodes.get(i).degree()).thenComparing(i -> nodes.get(i).id()));
            double radius = SPACING * Math.sqrt(group.size() + 1) * 1.1;
            double[] disc = freeSpot(discs, radius);
            discs.add(disc);
            for (int k = 0; k < group.size(); k++) {
                int i = group.get(k);
                double r = SPACING * Math.sqrt(k + 0.5);
                double angle = k * GOLDEN_ANGLE;
                long jitter = mix(SEED ^ nodes.get(i).id().hashCode());
                x[i] = disc[0] + r * Math.cos(angle) + ((jitter & 0xff) / 255.0 - 0.5) * SPACING * 0.2;
                y[i] = disc[1] + r * Math.sin(angle) + (((jitter >>> 8) & 0xff) / 255.0 - 0.5) * SPACING * 0.2;
                centre[i] = new double[] {disc[0], disc[1]};
            }
        }
    }

    /** The first spot along an Archimedean spiral where a disc of this radius overlaps none placed. */
    private static double[] freeSpot(List<double[]> discs, double radius) {
        for (double t = 0; ; t += 0.2) {
            double r = SPACING * 2 * t;
            double cx = r * Math.cos(t);
            double cy = r * Math.sin(t);
            boolean free = true;
            for (double[] d : discs) {
                double gap = Math.hypot(cx - d[0], cy - d[1]) - d[2] - radius;
                if (gap < SPACING) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return new double[] {cx, cy, radius};
            }
        }
    }

    /** SplitMix64's finaliser: a well-spread hash of the seed and a node id. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
