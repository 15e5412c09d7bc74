package org.coopgraph.api.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML written by jgrapht-io's exporter. Besides the shared attributes it writes label, weight,
 * x, y, size and r, g, b, the keys Gephi reads from GraphML, so a GraphML file draws like the GEXF.
 */
final class GraphmlWriter {

    private GraphmlWriter() {
    }

    static void write(NetworkGraph graph, OutputStream out) throws IOException {
        Graph<String, NetEdge> g = GraphTypeBuilder.<String, NetEdge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true).buildGraph();
        Map<String, NetNode> nodes = new LinkedHashMap<>();
        for (NetNode node : graph.nodes()) {
            nodes.put(node.id(), node);
            g.addVertex(node.id());
        }
        for (NetEdge edge : graph.edges()) {
            g.addEdge(edge.source(), edge.target(), edge);
            g.setEdgeWeight(edge, edge.weight());
        }
        var exporter = new GraphMLExporter<String, NetEdge>(id -> id);
        exporter.setEdgeIdProvider(NetEdge::id);
        exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        // jgrapht keys attributes by name alone: names nodes and edges share ("years", "projects") are
        // declared once for both, else the edge declaration would replace the node's.
        NodeAttributes.NODE_TYPES.forEach((name, type) -> exporter.registerAttribute(name,
                NodeAttributes.EDGE_TYPES.containsKey(name) ? AttributeCategory.ALL : AttributeCategory.NODE, type(type)));
        for (String name : new String[] {"x", "y", "size"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        for (String name : new String[] {"r", "g", "b"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.INT);
        }
        exporter.setExportEdgeWeights(true);   // jgrapht writes the "weight" key itself (the name is reserved)
        NodeAttributes.EDGE_TYPES.forEach((name, type) -> {
            if (!NodeAttributes.NODE_TYPES.containsKey(name)) {
                exporter.registerAttribute(name, AttributeCategory.EDGE, type(type));
            }
        });
        ColourBy colour = graph.query().colour();
        exporter.setVertexAttributeProvider(id -> nodeAttributes(nodes.get(id), colour));
        exporter.setEdgeAttributeProvider(GraphmlWriter::edgeAttributes);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(g, writer);
        } catch (RuntimeException e) {
            throw Streams.failure("GraphML", e);
        }
        writer.flush();
    }

    private static Map<String, Attribute> nodeAttributes(NetNode node, ColourBy colour) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        values.put("label", DefaultAttribute.createAttribute(node.label()));
        NodeAttributes.of(node).forEach((name, value) -> values.put(name, attribute(value)));
        values.put("x", DefaultAttribute.createAttribute(node.x()));
        values.put("y", DefaultAttribute.createAttribute(node.y()));
        values.put("size", DefaultAttribute.createAttribute(node.size()));
        int[] rgb = Palette.rgb(Palette.colour(node, colour));
        values.put("r", DefaultAttribute.createAttribute(rgb[0]));
        values.put("g", DefaultAttribute.createAttribute(rgb[1]));
        values.put("b", DefaultAttribute.createAttribute(rgb[2]));
        return values;
    }

    private static Map<String, Attribute> edgeAttributes(NetEdge edge) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        NodeAttributes.of(edge).forEach((name, value) -> values.put(name, attribute(value)));
        return values;
    }

    private static Attribute attribute(Object value) {
        return value instanceof Integer i ? DefaultAttribute.createAttribute(i) : DefaultAttribute.createAttribute(String.valueOf(value));
    }

    private static AttributeType type(String type) {
        return switch (type) {
            case "int" -> AttributeType.INT;
            case "double" -> AttributeType.DOUBLE;
            default -> AttributeType.STRING;
        };
    }
}
