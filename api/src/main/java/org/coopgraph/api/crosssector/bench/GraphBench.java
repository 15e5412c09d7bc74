package org.coopgraph.api.crosssector.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coopgraph.analytics.competences.CompetenceAnalysis;
import org.coopgraph.analytics.crosssector.CrossSectorAnalysis;
import org.coopgraph.analytics.crosssector.CrossSectorOptions;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.analytics.graph.Biconnectivity;
import org.coopgraph.analytics.graph.BrandesBetweenness;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.ConnectedComponents;
import org.coopgraph.analytics.graph.LeidenCommunities;
import org.coopgraph.analytics.graph.Partition;
import org.coopgraph.analytics.valuechains.ValueChainAnalysis;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Times coopgraph's measures on one synthetic region and writes what the peers need to run the same
 * measures on the same graph: the edge list (0-based node numbers in member id order, weight), the
 * Leiden labels and the betweenness scores (exact up to the exact limit, and from {@code pivots}
 * sampled sources). Fast measures are timed best of three after a warm-up, because the peers are
 * compiled code and the JIT should be warm; each betweenness and the full analysis run once.
 */
final class GraphBench {

    private final Path out;
    private final int pivots;
    private final long seed;
    private final PrintStream log;

    GraphBench(Path out, int pivots, long seed, PrintStream log) {
        this.out = out;
        this.pivots = pivots;
        this.seed = seed;
        this.log = log;
    }

    /** Figures for one region; files are named by {@code tag} (the size asked for: members who left are not in the graph). */
    Map<String, Object> run(NetworkSnapshot region, String tag) throws IOException {
        var options = CrossSectorOptions.defaults();
        int threads = options.threads();
        var graph = CollaborationGraph.of(region);
        int n = graph.size();
        var figures = new LinkedHashMap<String, Object>();
        figures.put("members_in_graph", n);
        figures.put("load_average_at_start", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figures.put("edges", graph.edgeCount());
        figures.put("threads", threads);
        figures.put("pivots", pivots);
        writeEdges(graph, out.resolve("edges-" + tag + ".tsv"));

        figures.put("components_s", best(() -> ConnectedComponents.of(graph)));
        figures.put("components", ConnectedComponents.of(graph).count());
        figures.put("articulation_points_s", best(() -> Biconnectivity.of(graph)));
        figures.put("articulation_points", Biconnectivity.of(graph).articulationPoints().length);
        var leiden = new LeidenCommunities(options.resolution(), options.leidenIterations(), options.seed());
        figures.put("leiden_s", best(() -> leiden.detect(graph)));
        Partition partition = leiden.detect(graph);
        figures.put("leiden_modularity", partition.modularity());
        figures.put("leiden_communities", partition.count());
        writeInts(partition.labels(), out.resolve("leiden-" + tag + ".txt"));

        BrandesBetweenness.sampled(Math.min(pivots, 200), seed, threads).scores(graph);      // JIT warm-up
        long start = System.nanoTime();
        double[] sampled = BrandesBetweenness.sampled(pivots, seed, threads).scores(graph);
        figures.put("betweenness_sampled_s", seconds(start));
        writeDoubles(sampled, out.resolve("betweenness-sampled-" + tag + ".txt"));
        if (n <= options.exactBetweennessLimit()) {
            start = System.nanoTime();
            double[] exact = BrandesBetweenness.exact(threads).scores(graph);
            figures.put("betweenness_exact_s", seconds(start));
            writeDoubles(exact, out.resolve("betweenness-exact-" + tag + ".txt"));
            figures.put("sampling_relative_l1_error", relativeL1(sampled, exact));
            figures.put("sampling_top20_overlap", topOverlap(sampled, exact, 20));
        }

        start = System.nanoTime();
        var result = CrossSectorAnalysis.analyse(region, SectorLevel.DIVISION, options);
        figures.put("full_cross_sector_s", seconds(start));
        figures.put("full_cross_sector_betweenness_exact", result.betweennessExact());
        start = System.nanoTime();
        CompetenceAnalysis.analyse(region);
        figures.put("competences_s", seconds(start));
        start = System.nanoTime();
        ValueChainAnalysis.summary(region, 2);
        figures.put("value_chain_summary_s", seconds(start));
        figures.forEach((k, v) -> log.printf("  %-36s %s%n", k, v));
        return figures;
    }

    /** Best wall time of three runs after one warm-up, in seconds. */
    private static double best(Supplier<?> work) {
        work.get();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, seconds(start));
        }
        return best;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double relativeL1(double[] estimate, double[] exact) {
        double diff = 0;
        double total = 0;
        for (int v = 0; v < exact.length; v++) {
            diff += Math.abs(estimate[v] - exact[v]);
            total += exact[v];
        }
        return total == 0 ? 0 : diff / total;
    }

    /** The share of the exact top-k nodes that are also in the estimate's top-k. */
    static double topOverlap(double[] estimate, double[] exact, int k) {
        List<Integer> a = top(estimate, k);
        List<Integer> b = top(exact, k);
        return b.isEmpty() ? 1.0 : (double) a.stream().filter(b::contains).count() / b.size();
    }

    private static List<Integer> top(double[] scores, int k) {
        List<Integer> nodes = new ArrayList<>();
        for (int v = 0; v < scores.length; v++) {
            nodes.add(v);
        }
        nodes.sort((x, y) -> scores[y] != scores[x] ? Double.compare(scores[y], scores[x]) : Integer.compare(x, y));
        return nodes.subList(0, Math.min(k, nodes.size()));
    }

    private static void writeEdges(CollaborationGraph graph, Path file) throws IOException {
        var text = new StringBuilder(graph.edgeCount() * 16);
        for (int a = 0; a < graph.size(); a++) {
            for (int p = graph.neighbourStart(a); p < graph.neighbourEnd(a); p++) {
                if (a < graph.target(p)) {
                    text.append(a).append('\t').append(graph.target(p)).append('\t').append(graph.weightAt(p)).append('\n');
                }
            }
        }
        Files.writeString(file, "# nodes " + graph.size() + "\n" + text);
    }

    private static void writeInts(int[] values, Path file) {
        write(file, Arrays.stream(values).mapToObj(String::valueOf).toList());
    }

    private static void writeDoubles(double[] values, Path file) {
        write(file, Arrays.stream(values).mapToObj(String::valueOf).toList());
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
