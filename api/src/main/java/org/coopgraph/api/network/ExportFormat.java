package org.coopgraph.api.network;

import java.util.Locale;
import org.coopgraph.api.errors.InvalidInputException;
import org.springframework.http.MediaType;

/** The three export formats of a network: Cytoscape.js elements JSON, GEXF 1.3 and GraphML. */
enum ExportFormat {
    CYTOSCAPE(MediaType.APPLICATION_JSON, "json"),
    GEXF(new MediaType("application", "gexf+xml", java.nio.charset.StandardCharsets.UTF_8), "gexf"),
    GRAPHML(new MediaType("application", "graphml+xml", java.nio.charset.StandardCharsets.UTF_8), "graphml");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() { return mediaType; }
    String extension() { return extension; }

    static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return CYTOSCAPE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("format", "must be 'cytoscape', 'gexf' or 'graphml' (was '" + value + "')");
        }
    }
}
