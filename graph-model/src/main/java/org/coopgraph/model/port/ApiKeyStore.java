package org.coopgraph.model.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * API keys of regions. A key is stored with the SHA-256 digest of its secret, never the secret itself;
 * revoking keeps the key (with its revocation time) so the list still shows who had access.
 */
public interface ApiKeyStore {

    /** One key: public {@code id}, its region and role, and the digest of its secret. */
    record StoredKey(String id, String regionId, String label, String role, byte[] secretHash,
                     Instant created, Instant revoked) {
        public StoredKey {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(regionId, "regionId");
            Objects.requireNonNull(role, "role");
            secretHash = secretHash.clone();
        }

        @Override
        public byte[] secretHash() {
            return secretHash.clone();
        }

        public boolean isRevoked() {
            return revoked != null;
        }
    }

    /** Stores a new key; its {@code created} is set by the store and returned. */
    StoredKey create(String id, String regionId, String label, String role, byte[] secretHash);

    /** The key with this id, revoked or not. */
    Optional<StoredKey> find(String id);

    /** The region's keys, oldest first. */
    List<StoredKey> list(String regionId);

    /** Marks the region's key revoked (keeping the first revocation time); false if there is no such key. */
    boolean revoke(String regionId, String id);
}
