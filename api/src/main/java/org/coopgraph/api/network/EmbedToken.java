package org.coopgraph.api.network;

import java.time.Instant;

/**
 * What a verified embed token grants: one view of one region until it expires, unless the region
 * revoked its tokens after {@code issuedAt} (tokens of the first format carry no issue time: the epoch).
 */
public record EmbedToken(String regionId, View view, Instant issuedAt, Instant expiresAt) {
}
