package org.coopgraph.analytics.graph;

import java.util.Random;
import java.util.stream.IntStream;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Modularity-based Leiden communities (Traag, Waltman and van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities") with CWTS's reference implementation
 * (nl.cwts:networkanalysis). CWTS optimises CPM; with node weights set to strengths and resolution
 * gamma / (2W + self-link weight) that quality is Newman's modularity, and {@code calcQuality}
 * already returns Q (checked by hand in shared/NEO4J-NOTES.md). The seed makes runs reproducible;
 * clusters are ordered largest first. A graph without ties has no modularity: every node is its own
 * community and Q is reported as 0.
 */
public final class LeidenCommunities implements CommunityDetection {

    public static final int DEFAULT_ITERATIONS = 10;

    private final double gamma;
    private final int iterations;
    private final long seed;

    public LeidenCommunities(double gamma, int iterations, long seed) {
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive and finite: " + gamma);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        this.gamma = gamma;
        this.iterations = iterations;
        this.seed = seed;
    }

    @Override
    public Partition detect(CollaborationGraph graph) {
        int n = graph.size();
        if (graph.edgeCount() == 0) {
            return new Partition(IntStream.range(0, n).toArray(), 0.0);
        }
        Network network = toNetwork(graph);
        double resolution = gamma / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        var algorithm = new LeidenAlgorithm(resolution, iterations, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        Clustering clustering = algorithm.findClustering(network);
        clustering.orderClustersByNNodes();
        return new Partition(clustering.getClusters(), algorithm.calcQuality(network, clustering));
    }

    /** Each undirected edge once (a < b), node weights = strengths, as the CWTS constructor expects. */
    static Network toNetwork(CollaborationGraph graph) {
        int m = graph.edgeCount();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] weights = new double[m];
        int e = 0;
        for (int a = 0; a < graph.size(); a++) {
            for (int p = graph.neighbourStart(a); p < graph.neighbourEnd(a); p++) {
                int b = graph.target(p);
                if (a < b) {
                    from[e] = a;
                    to[e] = b;
                    weights[e++] = graph.weightAt(p);
                }
            }
        }
        return new Network(graph.size(), true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)},
                new LargeDoubleArray(weights), false, true);
    }
}
