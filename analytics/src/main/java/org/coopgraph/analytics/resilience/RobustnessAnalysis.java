package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.coopgraph.analytics.crosssector.MemberScore;
import org.coopgraph.analytics.graph.BrandesBetweenness;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Robustness of the collaboration network to losing members (Albert, Jeong and Barabasi 2000, "Error
 * and attack tolerance of complex networks", Nature 406): members are removed one by one, at random
 * or highest degree / betweenness first, and s(Q) is the fraction of the N members still in the
 * largest connected component after Q removals. The robustness index of Schneider, Moreira, Andrade,
 * Havlin and Herrmann (2011, "Mitigation of malicious attacks on networks", PNAS 108(10)) sums the
 * curve: R = (1/N) sum_{Q=1..N} s(Q), between 0 (a network of isolated members) and (N-1)/(2N) (a
 * complete graph), about 0.5 for a large well-knit network. Only present members take part (the
 * graph of {@link CollaborationGraph#of}). Each curve is one reverse union-find pass per order
 * ({@link LargestComponentCurve}). Pure and deterministic for a seed.
 */
public final class RobustnessAnalysis {

    public static final Method METHOD = new Method("Robustness index R",
            "s(Q) = |largest connected component after removing Q members| / N;  R = (1/N) * sum_{Q=1..N} s(Q);"
                    + " removal orders: random (mean over seeded orders), highest degree first (recomputed after each"
                    + " removal), highest betweenness first (Brandes, on the intact network)",
            "Schneider, Moreira, Andrade, Havlin & Herrmann (2011), Mitigation of malicious attacks on networks,"
                    + " PNAS 108(10), 3838-3841; Albert, Jeong & Barabasi (2000), Error and attack tolerance of"
                    + " complex networks, Nature 406, 378-382");

    private RobustnessAnalysis() {
    }

    /** All default curves for the present members of a snapshot. */
    public static RobustnessResult analyse(NetworkSnapshot snapshot) {
        return analyse(CollaborationGraph.of(Objects.requireNonNull(snapshot, "snapshot")), RobustnessOptions.defaults());
    }

    public static RobustnessResult analyse(CollaborationGraph graph, RobustnessOptions options) {
        return analyse(graph, options, null);
    }

    /**
     * As {@link #analyse(CollaborationGraph, RobustnessOptions)}, ordering the betweenness attack by
     * scores the caller already has ({@code betweenness[v]} for node v of this graph; null = compute).
     */
    public static RobustnessResult analyse(CollaborationGraph graph, RobustnessOptions options, double[] betweenness) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(options, "options");
        if (betweenness != null && betweenness.length != graph.size()) {
            throw new IllegalArgumentException("betweenness has " + betweenness.length + " scores for " + graph.size() + " nodes");
        }
        int n = graph.size();
        int sources = 0;
        List<RobustnessCurve> curves = new ArrayList<>();
        for (RemovalStrategy strategy : RemovalStrategy.values()) {
            if (!options.strategies().contains(strategy)) {
                continue;
            }
            switch (strategy) {
                case RANDOM -> curves.add(randomCurve(graph, options));
                case DEGREE_INITIAL -> curves.add(curve(strategy, graph, RemovalOrders.degreeInitial(graph), options));
                case DEGREE_ADAPTIVE -> curves.add(curve(strategy, graph, RemovalOrders.degreeAdaptive(graph), options));
                case BETWEENNESS_INITIAL -> {
                    double[] scores = betweenness;
                    if (scores == null) {
                        boolean exact = n <= options.exactBetweennessLimit() || options.betweennessPivots() >= n;
                        sources = exact ? n : options.betweennessPivots();
                        scores = (exact ? BrandesBetweenness.exact(options.threads())
                                : BrandesBetweenness.sampled(options.betweennessPivots(), options.seed(), options.threads()))
                                .scores(graph);
                    }
                    curves.add(curve(strategy, graph, RemovalOrders.byScoreDescending(scores), options));
                }
            }
        }
        return new RobustnessResult(n, graph.edgeCount(), sources, curves);
    }

    /** Betweenness per node of {@code graph} from cross-sector member scores (0 for a member not listed). */
    public static double[] betweennessOf(CollaborationGraph graph, List<MemberScore> members) {
        double[] scores = new double[graph.size()];
        for (MemberScore member : members) {
            int v = graph.index(member.memberId());
            if (v >= 0) {
                scores[v] = member.betweenness();
            }
        }
        return scores;
    }

    private static RobustnessCurve randomCurve(CollaborationGraph graph, RobustnessOptions options) {
        int n = graph.size();
        long[] sums = new long[n + 1];
        var seeds = new SplittableRandom(options.seed());
        for (int k = 0; k < options.randomOrders(); k++) {
            int[] largest = LargestComponentCurve.largestAfterRemovals(graph, RemovalOrders.random(n, seeds.nextLong()));
            for (int q = 0; q <= n; q++) {
                sums[q] += largest[q];
            }
        }
        return summarise(RemovalStrategy.RANDOM, options.randomOrders(), sums, n, options.points());
    }

    private static RobustnessCurve curve(RemovalStrategy strategy, CollaborationGraph graph, int[] order,
                                         RobustnessOptions options) {
        int[] largest = LargestComponentCurve.largestAfterRemovals(graph, order);
        return summarise(strategy, 1, java.util.Arrays.stream(largest).asLongStream().toArray(), graph.size(), options.points());
    }

    /** Sums are exact integers (component sizes summed over the orders), so R does not depend on summing order. */
    static RobustnessCurve summarise(RemovalStrategy strategy, int orders, long[] sums, int n, int pointCount) {
        double denominator = (double) orders * n;
        long total = 0;
        for (int q = 1; q <= n; q++) {
            total += sums[q];
        }
        double index = n == 0 ? 0.0 : total / (denominator * n);
        int halving = 0;
        while (n > 0 && 2 * sums[halving] > sums[0]) {
            halving++;
        }
        List<CurvePoint> points = new ArrayList<>(pointCount);
        for (int i = 0; i < pointCount; i++) {
            int q = (int) ((2L * i * n + (pointCount - 1)) / (2L * (pointCount - 1)));   // round(i * n / (P - 1)), half up
            points.add(n == 0 ? new CurvePoint((double) i / (pointCount - 1), 0, 0.0)
                    : new CurvePoint((double) q / n, q, sums[q] / denominator));
        }
        return new RobustnessCurve(strategy, orders, index, n == 0 ? 0.0 : (double) halving / n, points);
    }
}
