package org.coopgraph.api.embed;

/** Body of {@code POST /api/regions/{r}/embed-tokens}: the view to grant ("public" or "full") and minutes to live. */
public record EmbedTokenRequest(String view, Integer ttlMinutes) {
}
