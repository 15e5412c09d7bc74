package org.coopgraph.api.security;

/** Body of {@code POST /api/regions/{r}/keys}: who the key is for, and its role there. */
public record KeyRequest(String label, String role) {
}
