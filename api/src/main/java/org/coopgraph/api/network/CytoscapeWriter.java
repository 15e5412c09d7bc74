package org.coopgraph.api.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cytoscape.js elements JSON, written straight to the stream one element at a time: the region and
 * query, counts, legends, then {@code elements: {nodes: [{data, position}], edges: [{data}]}}, which
 * {@code cytoscape({elements})} takes as it is. Node data carries the colour of the requested
 * colouring and of each colouring, so a page can switch without knowing the palette.
 */
final class CytoscapeWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CytoscapeWriter() {
    }

    static void write(NetworkGraph graph, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", "cytoscape");
            g.writeName("region");
            g.writeStartObject();
            g.writeStringProperty("id", graph.regionId());
            g.writeStringProperty("name", graph.regionName());
            g.writeEndObject();
            g.writeStringProperty("view", graph.view().parameterValue());
            g.writeNumberProperty("dataVersion", graph.dataVersion());
            g.writePOJOProperty("year", graph.year());
            g.writeStringProperty("lang", graph.query().lang().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringProperty("colour", graph.query().colour().name().toLowerCase(java.util.Locale.ROOT));
            g.writeName("filters");
            g.writeStartObject();
            g.writeStringProperty("sector", graph.query().sector());
            g.writeStringProperty("helix", graph.query().helix() == null ? null : graph.query().helix().name());
            g.writePOJOProperty("community", graph.query().community());
            g.writeEndObject();
            g.writeName("counts");
            g.writeStartObject();
            g.writeNumberProperty("nodes", graph.nodes().size());
            g.writeNumberProperty("edges", graph.edges().size());
            g.writeNumberProperty("hiddenMembers", graph.hiddenMembers());
            g.writeEndObject();
            g.writePOJOProperty("legends", graph.legends());
            g.writeName("elements");
            g.writeStartObject();
            g.writeArrayPropertyStart("nodes");
            for (NetNode node : graph.nodes()) {
                writeNode(g, node, graph.query().colour());
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("edges");
            for (NetEdge edge : graph.edges()) {
                writeEdge(g, edge);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (JacksonException e) {
            throw Streams.failure("Cytoscape JSON", e);
        }
    }

    private static void writeNode(JsonGenerator g, NetNode node, ColourBy colour) {
        g.writeStartObject();
        g.writeName("data");
        g.writeStartObject();
        g.writeStringProperty("id", node.id());
        g.writeStringProperty("label", node.label());
        writeValues(g, NodeAttributes.of(node));
        g.writeNumberProperty("size", node.size());
        g.writeStringProperty("colour", Palette.colour(node, colour));
        g.writeStringProperty("colourSector", Palette.colour(node, ColourBy.SECTOR));
        g.writeStringProperty("colourHelix", Palette.colour(node, ColourBy.HELIX));
        g.writeStringProperty("colourCommunity", Palette.colour(node, ColourBy.COMMUNITY));
        g.writeEndObject();
        g.writeName("position");
        g.writeStartObject();
        g.writeNumberProperty("x", node.x());
        g.writeNumberProperty("y", node.y());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeEdge(JsonGenerator g, NetEdge edge) {
        g.writeStartObject();
        g.writeName("data");
        g.writeStartObject();
        g.writeStringProperty("id", edge.id());
        g.writeStringProperty("source", edge.source());
        g.writeStringProperty("target", edge.target());
        g.writeNumberProperty("weight", edge.weight());
        g.writeNumberProperty("ties", edge.ties());
        g.writeArrayPropertyStart("kinds");
        for (String kind : edge.kinds()) {
            g.writeString(kind);
        }
        g.writeEndArray();
        g.writeStringProperty("years", edge.years());
        g.writeNumberProperty("projects", edge.projects());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeValues(JsonGenerator g, Map<String, Object> values) {
        values.forEach((name, value) -> {
            if (value instanceof Integer i) {
                g.writeNumberProperty(name, i);
            } else {
                g.writeStringProperty(name, String.valueOf(value));
            }
        });
    }
}
