package org.coopgraph.api.network;

import java.time.Instant;

/** What a verified embed token grants: one view of one region until it expires. */
public record EmbedToken(String regionId, View view, Instant expiresAt) {
}
