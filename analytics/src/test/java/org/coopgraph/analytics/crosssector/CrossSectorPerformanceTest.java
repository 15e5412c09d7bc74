package org.coopgraph.analytics.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.Supplier;
import org.coopgraph.analytics.graph.Biconnectivity;
import org.coopgraph.analytics.graph.BrandesBetweenness;
import org.coopgraph.analytics.graph.BurtConstraint;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.ConnectedComponents;
import org.coopgraph.analytics.graph.LeidenCommunities;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Times the full analysis on Holme-Kim graphs and prints them; the speed targets are checked by the
 * peer benchmark, not asserted here (timings on a shared 2-core machine vary too much). Both runs
 * are opt-in, because timings belong in the bench (bench/analytics-peers.sh), not in every build:
 * {@code -Dcoopgraph.perf=true} turns on the 10k run (15-65 s), {@code -Dcoopgraph.perf.large=true}
 * the 100k one. The stages run first, so the full analysis is timed with a warm JIT.
 */
class CrossSectorPerformanceTest {

    @Test
    void shouldAnalyseTenThousandMembersAndPrintTheTime() {
        assumeTrue(Boolean.getBoolean("coopgraph.perf"), "set -Dcoopgraph.perf=true to run");
        var region = HolmeKim.region(10_000, 4, 0.5, 1L);
        var result = timeAnalysis("10k", region, CrossSectorOptions.defaults());

        assertEquals(10_000, result.memberCount());
        assertThat(result.betweennessExact()).isTrue();
        assertThat(result.tieCount()).isGreaterThan(39_000);
    }

    @Test
    void shouldAnalyseOneHundredThousandMembersAndPrintTheTime() {
        assumeTrue(Boolean.getBoolean("coopgraph.perf.large"), "set -Dcoopgraph.perf.large=true to run");
        var region = HolmeKim.region(100_000, 4, 0.5, 1L);
        var result = timeAnalysis("100k", region, CrossSectorOptions.defaults());

        assertEquals(100_000, result.memberCount());
        assertThat(result.betweennessExact()).isFalse();
    }

    private static CrossSectorResult timeAnalysis(String label, NetworkSnapshot region, CrossSectorOptions options) {
        var graph = CollaborationGraph.of(region);
        time(label + " collaboration graph", () -> CollaborationGraph.of(region));
        time(label + " components", () -> ConnectedComponents.of(graph));
        time(label + " articulation points + bridges", () -> Biconnectivity.of(graph));
        time(label + " betweenness (" + (graph.size() <= options.exactBetweennessLimit() ? "exact" : options.betweennessPivots() + " pivots") + ")",
                () -> graph.size() <= options.exactBetweennessLimit() ? BrandesBetweenness.exact(options.threads()).scores(graph)
                        : BrandesBetweenness.sampled(options.betweennessPivots(), options.seed(), options.threads()).scores(graph));
        time(label + " constraint", () -> new BurtConstraint().scores(graph));
        var partition = time(label + " leiden", () -> new LeidenCommunities(1.0, options.leidenIterations(), options.seed()).detect(graph));
        var result = time(label + " FULL cross-sector analysis", () -> CrossSectorAnalysis.analyse(region, SectorLevel.DIVISION, options));
        System.out.printf("%s: %d members, %d ties, %d communities (Q = %.4f), %d articulation points, %d bridges%n", label,
                result.memberCount(), result.tieCount(), partition.count(), partition.modularity(),
                result.connectivity().articulationPoints().size(), result.connectivity().bridges().size());
        return result;
    }

    /** Prints wall time and the process's CPU time: on a busy shared machine the second says more. */
    private static <T> T time(String what, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        System.out.printf("%-45s wall %8.3f s   process cpu %8.3f s%n", what, (System.nanoTime() - start) / 1e9,
                (os.getProcessCpuTime() - cpu) / 1e9);
        return value;
    }
}
