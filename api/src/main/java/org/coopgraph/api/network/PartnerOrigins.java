package org.coopgraph.api.network;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The partner web sites allowed to use a region's network from the browser: CORS on the export and
 * {@code frame-ancestors} of the embed page. Origins are checked at start-up (scheme, host, optional
 * port, nothing else), because they are copied into response headers: a malformed entry must stop
 * the service rather than produce a broken or widened header.
 */
public final class PartnerOrigins {

    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?");

    private final Map<String, List<String>> byRegion;

    public PartnerOrigins(Map<String, List<String>> configured) {
        Map<String, List<String>> checked = new HashMap<>();
        configured.forEach((region, origins) -> checked.put(region, origins.stream()
                .map(String::strip).filter(o -> !o.isEmpty()).map(o -> check(region, o)).distinct().toList()));
        this.byRegion = Map.copyOf(checked);
    }

    private static String check(String region, String origin) {
        String normal = origin.toLowerCase(Locale.ROOT);
        if (normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        if (!ORIGIN.matcher(normal).matches()) {
            throw new IllegalArgumentException("coopgraph.embed.allowed-origins." + region + ": '" + origin
                    + "' is not an origin; write scheme://host[:port], e.g. https://www.example.nl");
        }
        return normal;
    }

    public List<String> of(String regionId) {
        return byRegion.getOrDefault(regionId, List.of());
    }

    /** Whether a browser's Origin header names a partner of the region (exact match, case-insensitive). */
    public boolean allows(String regionId, String origin) {
        return origin != null && of(regionId).contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    /** The CSP frame-ancestors directive: the service itself and the region's partners. */
    public String frameAncestors(String regionId) {
        var sources = new StringBuilder("frame-ancestors 'self'");
        of(regionId).forEach(origin -> sources.append(' ').append(origin));
        return sources.toString();
    }
}
