package org.coopgraph.model.port;

import java.util.OptionalLong;

/**
 * When a region last revoked its embed tokens: every token issued at or before that moment no longer
 * opens the region. Stored with the region; not part of its data (no data version bump, not exported).
 */
public interface EmbedRevocations {

    /** The last revocation, epoch milliseconds; empty if the region never revoked (or does not exist). */
    OptionalLong revokedBefore(String regionId);

    /** Revokes every token of the region issued at or before {@code epochMillis}; false if there is no such region. */
    boolean revokeBefore(String regionId, long epochMillis);
}
