package org.coopgraph.api.load;

import java.util.Map;

/** The figures of a load run as a plain-text table (printed, and kept under target/). */
final class LoadReport {

    private LoadReport() {
    }

    static String format(LoadRun.Result result, int rate, int members, double importSeconds, double warmSeconds,
                         int versionWritesPerMinute, long heapUsed, long heapMax) {
        var out = new StringBuilder();
        out.append(String.format("load run: %d members, target %d req/s for %.0f s, open loop, latency from the scheduled"
                        + " send time%n", members, rate, result.scheduled() / (double) rate));
        out.append(String.format("import %.1f s, warm-up (first analyses and exports) %.1f s, version-changing writes"
                + " %d/min, cores %d, load average %.1f%n", importSeconds, warmSeconds, versionWritesPerMinute,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.append(String.format("%-18s %9s %7s %9s %9s %9s %9s%n", "kind", "requests", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        for (Map.Entry<String, Latencies.Figures> entry : result.latencies().figures().entrySet()) {
            var f = entry.getValue();
            out.append(String.format("%-18s %9d %7d %9.1f %9.1f %9.1f %9.1f%n", entry.getKey(), f.requests(), f.errors(),
                    f.p50Ms(), f.p95Ms(), f.p99Ms(), f.maxMs()));
        }
        out.append(String.format("throughput %.1f answers/s over %.1f s (%.1f %% of target); most requests in flight %d;"
                        + " sends more than 10 ms late %d%n", result.achievedPerSecond(), result.wallSeconds(),
                100 * result.achievedPerSecond() / rate, result.maxInFlight(), result.lateSendsOver10Ms()));
        out.append(String.format("heap used after the run (after a GC, whole test JVM) %d MB of max %d MB%n",
                heapUsed >> 20, heapMax >> 20));
        if (!result.latencies().errorSamples().isEmpty()) {
            out.append("errors: ").append(result.latencies().errorSamples()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
