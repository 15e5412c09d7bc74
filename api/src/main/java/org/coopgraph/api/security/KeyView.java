package org.coopgraph.api.security;

import java.time.Instant;
import org.coopgraph.model.port.ApiKeyStore.StoredKey;

/** A key as listed: never its secret (which is not stored) nor its digest. {@code revoked} is null while it works. */
public record KeyView(String id, String regionId, String label, String role, Instant created, Instant revoked) {

    static KeyView of(StoredKey key) {
        return new KeyView(key.id(), key.regionId(), key.label(), key.role(), key.created(), key.revoked());
    }
}
