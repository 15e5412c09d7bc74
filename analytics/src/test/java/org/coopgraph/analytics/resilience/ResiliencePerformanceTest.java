package org.coopgraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.Supplier;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.analytics.graph.BrandesBetweenness;
import org.junit.jupiter.api.Test;

/**
 * Times every resilience indicator on a 10k-member region with 8 years of history and prints the
 * figures; opt-in like CrossSectorPerformanceTest ({@code -Dcoopgraph.perf=true}), because timings on
 * a shared 2-core machine belong in a deliberate run, not in every build. Each stage runs twice and
 * the second (warm JIT) run is the one to quote.
 */
class ResiliencePerformanceTest {

    @Test
    void shouldComputeTheResilienceIndicatorsForTenThousandMembersOverEightYears() {
        assumeTrue(Boolean.getBoolean("coopgraph.perf"), "set -Dcoopgraph.perf=true to run");
        var all = HistoryRegions.region(10_000, 4, 0.5, 2017, 2024, 7L);
        var options = RobustnessOptions.defaults();
        for (String run : new String[] {"cold", "warm"}) {
            var history = time(run + " year history 2017-2024 (8 snapshots + graphs)", () -> YearHistory.of(all, 2017, 2024));
            var graph = history.graph(2024);
            var robustness = time(run + " robustness, 3 strategies (500-pivot betweenness)", () -> RobustnessAnalysis.analyse(graph, options));
            double[] exact = time(run + " (exact betweenness, for comparison)", () -> BrandesBetweenness.exact(options.threads()).scores(graph));
            time(run + " robustness, 3 strategies, betweenness supplied", () -> RobustnessAnalysis.analyse(graph, options, exact));
            var timeline = time(run + " community tracking, 8 years", () -> CommunityTracking.track(history, CommunityTrackingOptions.defaults()));
            time(run + " sector variety, 8 years", () -> history.years().stream().map(y -> SectorVariety.of(history.snapshot(y))).toList());
            time(run + " membership change, 8 years", () -> MembershipChanges.of(all, 2017, 2024, SectorLevel.SECTION));
            var series = time(run + " E-I series, 8 years", () -> IndicatorSeries.of(history, SectorLevel.DIVISION));
            System.out.printf("%s: %d members in 2024, %d ties; R random %.4f, adaptive degree %.4f, betweenness %.4f;"
                            + " %d communities in 2024 (Q = %.4f); sector EI 2024 %.4f%n", run, graph.size(), graph.edgeCount(),
                    robustness.curve(RemovalStrategy.RANDOM).robustnessIndex(),
                    robustness.curve(RemovalStrategy.DEGREE_ADAPTIVE).robustnessIndex(),
                    robustness.curve(RemovalStrategy.BETWEENNESS_INITIAL).robustnessIndex(),
                    timeline.year(2024).communities().size(), timeline.year(2024).modularity(), series.get(7).sectorEi());
            assertThat(graph.size()).isGreaterThan(8_000);
            assertThat(timeline.years()).hasSize(8);
        }
    }

    /** Prints wall time and the process's CPU time: on a busy shared machine the second says more. */
    private static <T> T time(String what, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        System.out.printf("%-62s wall %7.3f s   process cpu %7.3f s%n", what, (System.nanoTime() - start) / 1e9,
                (os.getProcessCpuTime() - cpu) / 1e9);
        return value;
    }
}
