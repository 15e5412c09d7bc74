package org.coopgraph.analytics.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Shortest-path betweenness by Brandes' algorithm (Brandes 2001, "A faster algorithm for betweenness
 * centrality"), on hop distance: tie weights say how much two members work together, not how far
 * apart they are, so turning them into lengths would invent a meaning; unweighted is also what the
 * peers (igraph, NetworkX) compute by default, so benchmarks compare like with like.
 *
 * <p>Scores are raw and undirected (each unordered pair counted once, as igraph and JGraphT do).
 * Sampled mode runs from {@code pivots} sources drawn with a fixed seed and scales by n / pivots
 * (Brandes and Pich 2007, "Centrality estimation in large networks"). Sources are dealt round-robin
 * to a fixed number of partitions, each with its own arrays, and the partial sums are added in
 * partition order: the result is the same bits whatever the number of threads. The passes run on a
 * breadth-first renumbering of the nodes ({@link BfsRelabelling}) for memory locality.
 */
public final class BrandesBetweenness implements NodeScoring {

    static final int PARTITIONS = 4;

    private final int pivots;
    private final long seed;
    private final int threads;

    private BrandesBetweenness(int pivots, long seed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pivots = pivots;
        this.seed = seed;
        this.threads = threads;
    }

    /** Exact betweenness: every node is a source. */
    public static BrandesBetweenness exact(int threads) {
        return new BrandesBetweenness(-1, 0L, threads);
    }

    /** Estimated from {@code pivots} seeded random sources; exact when pivots >= the node count. */
    public static BrandesBetweenness sampled(int pivots, long seed, int threads) {
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be at least 1: " + pivots);
        }
        return new BrandesBetweenness(pivots, seed, threads);
    }

    @Override
    public double[] scores(CollaborationGraph graph) {
        int n = graph.size();
        int[] sources = sources(n);
        var relabelled = new BfsRelabelling(graph);
        int[] mapped = java.util.Arrays.stream(sources).map(v -> relabelled.newIndex[v]).toArray();
        List<double[]> partials = runPartitions(relabelled.offsets, relabelled.targets, mapped);
        double scale = 0.5 * n / Math.max(1, sources.length);
        double[] total = new double[n];
        for (double[] partial : partials) {
            for (int v = 0; v < n; v++) {
                total[v] += partial[relabelled.newIndex[v]];
            }
        }
        for (int v = 0; v < n; v++) {
            total[v] *= scale;
        }
        return total;
    }

    /** The sources used: all nodes, or a seeded sample (partial Fisher-Yates), ascending. */
    int[] sources(int n) {
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        if (pivots < 0 || pivots >= n) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < pivots; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = java.util.Arrays.copyOf(all, pivots);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private List<double[]> runPartitions(int[] offsets, int[] targets, int[] sources) {
        int used = Math.min(threads, PARTITIONS);
        List<double[]> partials = new ArrayList<>();
        if (used == 1 || sources.length < 2 * PARTITIONS) {
            for (int p = 0; p < PARTITIONS; p++) {
                partials.add(new BrandesPass(offsets, targets).run(sources, p, PARTITIONS));
            }
            return partials;
        }
        ExecutorService pool = Executors.newFixedThreadPool(used, task -> {
            Thread thread = new Thread(task, "brandes-betweenness");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                int part = p;
                futures.add(pool.submit(() -> new BrandesPass(offsets, targets).run(sources, part, PARTITIONS)));
            }
            for (Future<double[]> future : futures) {
                partials.add(future.get());
            }
            return partials;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("betweenness interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("betweenness failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
