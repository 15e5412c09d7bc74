package org.coopgraph.api.regions;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.StructureMemo;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.stereotype.Component;

/**
 * Keeps analysis results per (region, year, data version, analysis and its parameters), so each is
 * computed once per data version. A write bumps only that region's version, so only its entries go
 * stale; they are evicted least-recently-used. Shared by every feature that derives from a snapshot.
 */
@Component
public final class DerivedCache implements StructureMemo {

    private static final int MAX_ENTRIES = 256;

    private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Map<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();
    // Per region: the newest data version seen, and the keys made for each version (guarded by entries).
    private final Map<String, Long> newest = new HashMap<>();
    private final Map<String, Map<String, Long>> keysByRegion = new HashMap<>();

    /**
     * The cached result of {@code analysis} (with {@code parameters}) on this snapshot, computing it
     * on first use. Computation happens outside the lock, so a slow analysis never blocks other reads;
     * simultaneous first calls for one key wait for the one computation under way instead of each
     * starting their own (a 10k cross-sector analysis takes seconds: after a write, a burst of readers
     * would otherwise run it once each, side by side).
     */
    public <T> T get(NetworkSnapshot snapshot, String analysis, String parameters, Supplier<T> compute) {
        String key = keyOf(snapshot, analysis, parameters);
        remember(snapshot, key);
        return cached(key, compute);
    }

    /**
     * Notes the key under its region and version; the first key of a newer version drops the region's
     * older entries, which no request asks for again (a write's burst of new entries would otherwise
     * keep up to {@value #MAX_ENTRIES} stale results, hundreds of MB at 10k members, until pushed out).
     */
    private void remember(NetworkSnapshot snapshot, String key) {
        String region = snapshot.region().id();
        long version = snapshot.dataVersion();
        synchronized (entries) {
            Map<String, Long> keys = keysByRegion.computeIfAbsent(region, r -> new HashMap<>());
            Long known = newest.get(region);
            if (known == null || version > known) {
                newest.put(region, version);
                keys.entrySet().removeIf(k -> {
                    boolean stale = k.getValue() < version;
                    if (stale) {
                        entries.remove(k.getKey());
                    }
                    return stale;
                });
            }
            keys.put(key, version);
        }
    }

    /**
     * Results that depend only on a graph's shape are kept under its fingerprint, not a data version:
     * after a write that leaves the shape alone (a rename, a question's status) betweenness and
     * communities, the slowest parts of the cross-sector analysis, are not computed again.
     */
    @Override
    public <T> T remember(String computation, CollaborationGraph graph, Supplier<T> compute) {
        return cached("structure|" + computation + "|" + graph.structure(), compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> compute) {
        synchronized (entries) {
            Object cached = entries.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        var mine = new CompletableFuture<Object>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return (T) awaitOther(running);
        }
        try {
            T value = compute.get();
            synchronized (entries) {
                entries.put(key, value);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** The other caller's result, or its failure rethrown as it was thrown there. */
    static Object awaitOther(CompletableFuture<?> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A strong ETag for a response derived from this snapshot with these parameters. */
    public static String etag(NetworkSnapshot snapshot, String analysis, String parameters) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(keyOf(snapshot, analysis, parameters).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "-" + snapshot.dataVersion() + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String keyOf(NetworkSnapshot snapshot, String analysis, String parameters) {
        return snapshot.region().id() + "|" + (snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : "latest")
                + "|" + snapshot.dataVersion() + "|" + analysis + "|" + parameters;
    }
}
