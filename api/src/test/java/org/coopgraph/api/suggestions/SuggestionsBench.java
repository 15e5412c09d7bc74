package org.coopgraph.api.suggestions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.suggestions.StructuralComponent;
import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.analytics.suggestions.SuggestionRequest;
import org.coopgraph.analytics.suggestions.SuggestionScorer;
import org.coopgraph.analytics.suggestions.SuggestionWeights;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * The suggestion benchmark (run by bench/suggestions.sh, not by the test suite): on a seeded synthetic
 * region, the time to suggest partners for one member (p50/p95/p99 over 1,000 members after a
 * warm-up) and for every member, and the files the NetworkX reference reads: the collaboration graph
 * and this implementation's Adamic-Adar scores for a sample of members, to compare values and times.
 * Usage: SuggestionsBench [members=10000] [outDir=target/bench-suggestions] [seed=20240301].
 */
public final class SuggestionsBench {

    private SuggestionsBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-suggestions");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240301L;
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        NetworkSnapshot snapshot = EvaluateCommand.snapshot(SyntheticRegion.generate(seed, n));
        long t1 = System.nanoTime();
        SuggestionContext context = SuggestionContext.of(snapshot);
        long t2 = System.nanoTime();
        SuggestionScorer scorer = new SuggestionScorer(context, SuggestionWeights.DEFAULTS);
        List<String> ids = snapshot.presentMembers().stream().map(Member::id).toList();
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "region: %d members (%d present), %d collaboration edges; generated in %d ms,"
                + " suggestion context built in %d ms%n", n, ids.size(), context.graph().edgeCount(), ms(t1 - t0), ms(t2 - t1));

        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 300; i++) {
            scorer.suggest(ids.get(rnd.nextInt(ids.size())), SuggestionRequest.top(10));
        }
        long[] times = new long[1000];
        long[] cpu = new long[times.length];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long suggested = 0;
        for (int i = 0; i < times.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            suggested += scorer.suggest(ids.get(rnd.nextInt(ids.size())), SuggestionRequest.top(10)).size();
            times[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "one member, top 10 with evidence (1000 random members, warm): wall p50 %.2f ms,"
                        + " p95 %.2f ms, p99 %.2f ms, max %.2f ms; thread CPU p50 %.2f ms, p95 %.2f ms; %.1f suggestions"
                        + " on average (target p95 <= 20 ms)%n", times[500] / 1e6, times[950] / 1e6, times[990] / 1e6,
                times[999] / 1e6, cpu[500] / 1e6, cpu[950] / 1e6, suggested / 1000.0);

        AtomicLong total = new AtomicLong();
        long s = System.nanoTime();
        IntStream.range(0, ids.size()).parallel()
                .forEach(i -> total.addAndGet(scorer.suggest(ids.get(i), SuggestionRequest.top(10)).size()));
        long all = System.nanoTime() - s;
        System.out.printf(Locale.ROOT, "all %d present members, top 10 each, %d threads: %.2f s, %d suggestions"
                + " (target <= 30 s)%n", ids.size(), Runtime.getRuntime().availableProcessors(), all / 1e9, total.get());

        writeReference(context, out, rnd);
        System.out.println("NetworkX reference input written to " + out);
    }

    /** The graph as an edge list (unweighted) and our Adamic-Adar of 50 sampled members against every non-neighbour. */
    private static void writeReference(SuggestionContext context, Path out, SplittableRandom rnd) throws IOException {
        CollaborationGraph g = context.graph();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("nodes.txt"), StandardCharsets.UTF_8))) {
            for (int v = 0; v < g.size(); v++) {
                w.println(g.id(v));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("edges.tsv"), StandardCharsets.UTF_8))) {
            for (int v = 0; v < g.size(); v++) {
                for (int p = g.neighbourStart(v); p < g.neighbourEnd(v); p++) {
                    if (g.target(p) > v) {
                        w.println(g.id(v) + "\t" + g.id(g.target(p)));
                    }
                }
            }
        }
        StructuralComponent aa = new StructuralComponent(StructuralComponent.Index.ADAMIC_ADAR);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("ours.tsv"), StandardCharsets.UTF_8))) {
            long timed = 0;
            for (int i = 0; i < 50; i++) {
                int a = rnd.nextInt(g.size());
                long s = System.nanoTime();
                double[] values = new double[g.size()];
                aa.scoreAll(context, a, values);
                timed += System.nanoTime() - s;
                for (int b = 0; b < g.size(); b++) {
                    if (b != a && values[b] > 0 && g.weight(a, b) == 0) {
                        w.printf(Locale.ROOT, "%s\t%s\t%.12f%n", g.id(a), g.id(b), values[b]);
                    }
                }
                w.printf(Locale.ROOT, "%s\t*\t0%n", g.id(a));
            }
            System.out.printf(Locale.ROOT, "Adamic-Adar alone, one member against all (this implementation, 50 members):"
                    + " %.3f ms on average%n", timed / 50 / 1e6);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
