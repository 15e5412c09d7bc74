package org.coopgraph.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What a write touched, read off the route it matched: {@code POST /api/regions/{regionId}/members} is
 * kind {@code members} in the region, and the new id comes from the {@code Location} of the 201;
 * {@code POST .../questions/{id}/status} is kind {@code questions/status} with entity {@code id}.
 * Generic on purpose, so an endpoint added later is audited without knowing about the audit.
 */
public record AuditedWrite(String method, String path, String regionId, String entityKind, String entityId) {

    private static final int MAX_PATH = 1000;

    static AuditedWrite of(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI(); // never the query string, which may carry a token
        path = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
        String regionId = variables.get("regionId");
        if (pattern == null) {
            return new AuditedWrite(request.getMethod(), path, regionId, null, null);
        }
        var kind = new ArrayList<String>();
        String entityId = null;
        boolean afterScope = false;
        for (String segment : pattern.toString().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean variable = segment.startsWith("{");
            if (!afterScope) {
                // Everything up to the region ({regionId}), or after /api when the route has no region.
                afterScope = variable ? segment.equals("{regionId}") : segment.equals("api") && regionId == null;
            } else if (variable) {
                entityId = entityId == null ? variables.get(segment.substring(1, segment.length() - 1)) : entityId;
            } else {
                kind.add(segment);
            }
        }
        if (entityId == null && response.getStatus() == HttpServletResponse.SC_CREATED) {
            entityId = createdId(response.getHeader(HttpHeaders.LOCATION));
        }
        if (regionId == null && "regions".equals(String.join("/", kind)) && entityId != null) {
            regionId = entityId; // POST /api/regions: the new region's own log starts with its creation
        }
        if (kind.isEmpty() && regionId != null) {
            return new AuditedWrite(request.getMethod(), path, regionId, "region", regionId);
        }
        return new AuditedWrite(request.getMethod(), path, regionId, kind.isEmpty() ? null : String.join("/", kind), entityId);
    }

    private static String createdId(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            String rawPath = URI.create(location).getRawPath();
            String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
            return last.isEmpty() ? null : URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
