package org.coopgraph.analytics.graph;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Articulation points and bridges by Tarjan's low-point depth-first search (Tarjan 1972; Hopcroft
 * and Tarjan 1973), run with an explicit stack: JGraphT's recursive BiconnectivityInspector
 * overflows the default thread stack on 10k-node graphs (shared/ANALYTICS-NOTES.md).
 *
 * <p>Besides the cut vertices it keeps, for each one, the pieces its removal splits its component
 * into (depth-first subtrees occupy contiguous preorder ranges), which is what the impact question
 * "if X leaves, who loses every path to the rest?" needs. "The rest" is the largest piece of X's own
 * component; ties between equal pieces go to the one met first (the part above X, else the earliest
 * child), which changes who is listed but never how many.
 */
public final class Biconnectivity {

    private final int[] disc;
    private final int[] order;
    private final int[] subtreeSize;
    private final int[] root;
    private final int[][] separatedChildren;
    private final int[] articulationPoints;
    private final int[][] bridges;

    private Biconnectivity(int[] disc, int[] order, int[] subtreeSize, int[] root, int[][] separatedChildren,
                           int[] articulationPoints, int[][] bridges) {
        this.disc = disc;
        this.order = order;
        this.subtreeSize = subtreeSize;
        this.root = root;
        this.separatedChildren = separatedChildren;
        this.articulationPoints = articulationPoints;
        this.bridges = bridges;
    }

    public static Biconnectivity of(CollaborationGraph graph) {
        return new TarjanSearch(Objects.requireNonNull(graph, "graph")).run();
    }

    static Biconnectivity fromSearch(int[] disc, int[] order, int[] subtreeSize, int[] root,
                                     int[][] separatedChildren, int[][] bridges) {
        int[] points = IntStream.range(0, disc.length)
                .filter(v -> separatedChildren[v].length >= (root[v] == v ? 2 : 1)).toArray();
        return new Biconnectivity(disc, order, subtreeSize, root, separatedChildren, points, bridges);
    }

    /** Cut vertices in ascending node order. */
    public int[] articulationPoints() { return articulationPoints.clone(); }

    /** Bridges as {@code {a, b}} with a < b, in ascending order. */
    public int[][] bridges() {
        return Arrays.stream(bridges).map(int[]::clone).toArray(int[][]::new);
    }

    public boolean isArticulationPoint(int node) {
        return Arrays.binarySearch(articulationPoints, node) >= 0;
    }

    /** Size of the connected component holding {@code node}. */
    public int componentSize(int node) { return subtreeSize[root[node]]; }

    /** For a bridge {a, b}: how many nodes end up on the smaller side when it is cut. */
    public int bridgeCutOffCount(int a, int b) {
        int child = disc[a] < disc[b] ? b : a;
        return Math.min(subtreeSize[child], componentSize(a) - subtreeSize[child]);
    }

    /**
     * The nodes that lose every path to the largest remaining piece of their component when
     * {@code node} is removed, ascending; empty for a node that is no articulation point.
     */
    public int[] cutOff(int node) {
        int[] children = separatedChildren[node];
        boolean isRoot = root[node] == node;
        if (children.length < (isRoot ? 2 : 1)) {
            return new int[0];
        }
        int keep = keptChild(node, children, isRoot);
        int[] lost;
        if (keep < 0) {
            lost = Arrays.stream(children).flatMap(c -> preorderRange(disc[c], disc[c] + subtreeSize[c])).toArray();
        } else {
            int start = disc[root[node]];
            int end = start + componentSize(node);
            lost = IntStream.concat(
                    preorderRange(start, disc[keep]).filter(v -> v != node),
                    preorderRange(disc[keep] + subtreeSize[keep], end)).toArray();
        }
        Arrays.sort(lost);
        return lost;
    }

    private IntStream preorderRange(int from, int to) {
        return IntStream.range(from, to).map(t -> order[t]);
    }

    /** The separated child whose subtree is the largest piece, or -1 when the part above the node is. */
    private int keptChild(int node, int[] children, boolean isRoot) {
        int keep = -1;
        int keepSize = isRoot ? -1 : componentSize(node) - 1 - Arrays.stream(children).map(c -> subtreeSize[c]).sum();
        for (int c : children) {
            if (subtreeSize[c] > keepSize) {
                keep = c;
                keepSize = subtreeSize[c];
            }
        }
        return keep;
    }

    /** How many nodes {@link #cutOff} would list, without listing them. */
    public int cutOffCount(int node) {
        int[] children = separatedChildren[node];
        boolean isRoot = root[node] == node;
        if (children.length < (isRoot ? 2 : 1)) {
            return 0;
        }
        int keep = keptChild(node, children, isRoot);
        int largest = keep >= 0 ? subtreeSize[keep]
                : componentSize(node) - 1 - Arrays.stream(children).map(c -> subtreeSize[c]).sum();
        return componentSize(node) - 1 - largest;
    }
}
