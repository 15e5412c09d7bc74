package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.fixtures.SyntheticRegion;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GEXF and GraphML exports read back with jgrapht-io's importers (GraphML validated against its
 * schema; GEXF 1.3 is newer than the importer's 1.2 schema, so read unvalidated) give the same
 * nodes, edges, weights and attributes as the graph that was written.
 */
class ExportRoundTripTest {

    private static final NetworkGraph GRAPH_PUBLIC = graph(View.PUBLIC);
    private static final NetworkGraph GRAPH_FULL = graph(View.FULL);

    private static NetworkGraph graph(View view) {
        var snapshot = Networks.of(SyntheticRegion.generate(5, 250));
        return new NetworkGraphs(new DerivedCache()).graph(snapshot, NetworkQuery.unfiltered(view, null));
    }

    private record Imported(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, String>> nodes,
                            Map<String, Map<String, String>> edges) {
    }

    private static Imported read(boolean gexf, byte[] bytes) {
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true)
                .vertexSupplier(() -> null).edgeClass(DefaultWeightedEdge.class).buildGraph();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, String>> edgeAttrs = new HashMap<>();
        var reader = new StringReader(new String(bytes, StandardCharsets.UTF_8));
        if (gexf) {
            var importer = new SimpleGEXFImporter<String, DefaultWeightedEdge>();
            importer.setSchemaValidation(false);
            importer.setVertexFactory(id -> id);
            importer.addVertexAttributeConsumer((p, a) -> put(nodes, p.getFirst(), p.getSecond(), a));
            importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
            importer.importGraph(g, reader);
        } else {
            var importer = new GraphMLImporter<String, DefaultWeightedEdge>();
            importer.setVertexFactory(id -> id);
            importer.addVertexAttributeConsumer((p, a) -> put(nodes, p.getFirst(), p.getSecond(), a));
            importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
            importer.importGraph(g, reader);
        }
        Map<String, Map<String, String>> edges = new HashMap<>();
        edgeAttrs.forEach((e, attrs) -> edges.put(g.getEdgeSource(e) + "|" + g.getEdgeTarget(e), attrs));
        return new Imported(g, nodes, edges);
    }

    private static void put(Map<String, Map<String, String>> nodes, String id, String name, Attribute value) {
        nodes.computeIfAbsent(id, k -> new HashMap<>()).put(name, value.getValue());
    }

    private static byte[] export(boolean gexf, NetworkGraph graph) throws IOException {
        var out = new ByteArrayOutputStream();
        if (gexf) {
            GexfWriter.write(graph, out);
        } else {
            GraphmlWriter.write(graph, out);
        }
        return out.toByteArray();
    }

    enum Format { GEXF, GRAPHML }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportsReadBackWithTheSameNodesEdgesAndAttributes(Format format) throws IOException {
        for (NetworkGraph graph : new NetworkGraph[] {GRAPH_PUBLIC, GRAPH_FULL}) {
            boolean gexf = format == Format.GEXF;
            Imported back = read(gexf, export(gexf, graph));
            assertThat(back.graph().vertexSet()).hasSize(graph.nodes().size());
            assertThat(back.graph().edgeSet()).hasSize(graph.edges().size());
            for (NetNode node : graph.nodes()) {
                Map<String, String> attrs = back.nodes().get(node.id());
                assertThat(attrs.get("label")).isEqualTo(node.label());
                NodeAttributes.of(node).forEach((name, value) -> assertThat(attrs.get(name)).as(node.id() + " " + name)
                        .isEqualTo(String.valueOf(value)));
                assertThat(attrs).doesNotContainKey(node.website() == null ? "website" : "-");
            }
            for (NetEdge edge : graph.edges()) {
                Map<String, String> attrs = back.edges().get(edge.source() + "|" + edge.target());
                DefaultWeightedEdge e = back.graph().getEdge(edge.source(), edge.target());
                assertThat(back.graph().getEdgeWeight(e)).as(edge.id()).isEqualTo(edge.weight());
                NodeAttributes.of(edge).forEach((name, value) -> assertThat(attrs.get(name)).as(edge.id() + " " + name)
                        .isEqualTo(String.valueOf(value)));
            }
        }
        assertThat(GRAPH_PUBLIC.hiddenMembers()).isPositive();
        assertThat(GRAPH_PUBLIC.nodes()).anyMatch(n -> n.type() == NetNode.NodeType.AGGREGATE);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void equalDataGivesEqualBytes(Format format) throws IOException {
        boolean gexf = format == Format.GEXF;
        assertThat(export(gexf, graph(View.PUBLIC))).isEqualTo(export(gexf, GRAPH_PUBLIC));
    }
}
