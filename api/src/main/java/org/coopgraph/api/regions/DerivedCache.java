package org.coopgraph.api.regions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.stereotype.Component;

/**
 * Keeps analysis results per (region, year, data version, analysis and its parameters), so each is
 * computed once per data version. A write bumps only that region's version, so only its entries go
 * stale; they are evicted least-recently-used. Shared by every feature that derives from a snapshot.
 */
@Component
public final class DerivedCache {

    private static final int MAX_ENTRIES = 256;

    private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * The cached result of {@code analysis} (with {@code parameters}) on this snapshot, computing it
     * on first use. Computation happens outside the lock, so a slow analysis never blocks other reads;
     * two simultaneous first calls may both compute, and the results are equal (analyses are pure).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(NetworkSnapshot snapshot, String analysis, String parameters, Supplier<T> compute) {
        String key = keyOf(snapshot, analysis, parameters);
        synchronized (entries) {
            Object cached = entries.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
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
