package org.coopgraph.api.network;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code coopgraph.embed.*}: partner origins per region ({@code allowed-origins.<region>=https://a.nl,https://b.nl},
 * used for CORS on the network export and CSP frame-ancestors on the embed page), the embed token
 * secret (else {@code COOPGRAPH_EMBED_SECRET}, else one generated per run) and the longest token life.
 */
@ConfigurationProperties(prefix = "coopgraph.embed")
public record EmbedProperties(Map<String, List<String>> allowedOrigins, String tokenSecret, Duration maxTokenTtl) {

    public EmbedProperties {
        allowedOrigins = allowedOrigins == null ? Map.of() : Map.copyOf(allowedOrigins);
        maxTokenTtl = maxTokenTtl == null ? Duration.ofDays(30) : maxTokenTtl;
    }
}
