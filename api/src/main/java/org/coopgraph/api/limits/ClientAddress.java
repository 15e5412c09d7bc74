package org.coopgraph.api.limits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request is counted against. The TCP peer ({@code getRemoteAddr}) unless the service
 * runs behind one trusted reverse proxy: then the last {@code X-Forwarded-For} entry, the one that
 * proxy added. Entries further left are whatever the client wrote and are never trusted.
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, boolean trustedProxy) {
        if (trustedProxy) {
            String forwarded = request.getHeader(FORWARDED_FOR);
            if (forwarded != null) {
                String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
