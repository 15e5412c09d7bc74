package org.coopgraph.api.security;

import java.time.Instant;

/**
 * The answer to creating a key: the only time {@code key} (what the holder sends as {@code X-API-Key})
 * is ever shown; the service keeps just its digest.
 */
public record NewKey(String id, String regionId, String label, String role, Instant created, String key) {
}
