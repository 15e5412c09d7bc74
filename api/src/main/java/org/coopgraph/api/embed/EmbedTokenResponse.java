package org.coopgraph.api.embed;

import java.time.Instant;

/**
 * An issued embed token with everything a coordinator pastes into a partner site: the embed page
 * address carrying the token and a ready {@code <iframe>} snippet.
 */
public record EmbedTokenResponse(String token, String regionId, String view, Instant expiresAt, String embedUrl,
                                 String iframe) {
}
