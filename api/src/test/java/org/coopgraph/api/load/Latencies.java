package org.coopgraph.api.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies in nanoseconds per request kind, each measured from the time the request was scheduled
 * (not sent), so a stalled server or client shows as latency instead of hiding as fewer requests
 * (no coordinated omission). Errors: an answer other than 2xx/3xx, a timeout or a failed connection.
 */
final class Latencies {

    /** Figures of one kind, or of all kinds together. */
    record Figures(long requests, long errors, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }

    private static final class Kind {
        long[] nanos = new long[1024];
        int count;
        long errors;
    }

    private final Map<String, Kind> kinds = new TreeMap<>();
    private final Map<String, Integer> errorSamples = new LinkedHashMap<>();

    synchronized void record(String kind, long nanos, boolean ok, String errorSample) {
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        if (k.count == k.nanos.length) {
            k.nanos = Arrays.copyOf(k.nanos, k.count * 2);
        }
        k.nanos[k.count++] = nanos;
        if (!ok) {
            k.errors++;
            if (errorSamples.size() < 20 || errorSamples.containsKey(errorSample)) {
                errorSamples.merge(errorSample, 1, Integer::sum);
            }
        }
    }

    /** Per kind, then "all". */
    synchronized Map<String, Figures> figures() {
        var result = new LinkedHashMap<String, Figures>();
        long[] all = new long[kinds.values().stream().mapToInt(k -> k.count).sum()];
        int at = 0;
        long errors = 0;
        for (var entry : kinds.entrySet()) {
            Kind k = entry.getValue();
            result.put(entry.getKey(), figures(Arrays.copyOf(k.nanos, k.count), k.errors));
            System.arraycopy(k.nanos, 0, all, at, k.count);
            at += k.count;
            errors += k.errors;
        }
        result.put("all", figures(all, errors));
        return result;
    }

    /** The kinds of error seen (up to 20 distinct), with how often each happened. */
    synchronized Map<String, Integer> errorSamples() {
        return Map.copyOf(errorSamples);
    }

    private static Figures figures(long[] nanos, long errors) {
        Arrays.sort(nanos);
        return new Figures(nanos.length, errors, rank(nanos, 0.50), rank(nanos, 0.95), rank(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double rank(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
