package org.coopgraph.api.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 (gexf.net/1.3) with the viz module: colour by the requested colouring, size by degree,
 * the server-side positions. Written with StAX straight to the stream, because jgrapht-io's exporter
 * writes GEXF 1.2draft without viz. No timestamps, so equal data gives equal bytes.
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();

    private GexfWriter() {
    }

    static void write(NetworkGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("viz", VIZ);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("xsi:schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            element(w, "creator", "coopgraph");
            element(w, "description", "Collaboration network of " + graph.regionName() + " (" + graph.view().parameterValue()
                    + " view" + (graph.year() == null ? "" : ", " + graph.year()) + ")");
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "undirected");
            w.writeAttribute("mode", "static");
            declare(w, "node", NodeAttributes.NODE_TYPES);
            declare(w, "edge", NodeAttributes.EDGE_TYPES);
            w.writeStartElement("nodes");
            for (NetNode node : graph.nodes()) {
                writeNode(w, node, graph.query().colour());
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            for (NetEdge edge : graph.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", edge.id());
                w.writeAttribute("source", edge.source());
                w.writeAttribute("target", edge.target());
                w.writeAttribute("weight", String.valueOf(edge.weight()));
                values(w, NodeAttributes.of(edge));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw Streams.failure("GEXF", e);
        }
    }

    private static void writeNode(XMLStreamWriter w, NetNode node, ColourBy colour) throws XMLStreamException {
        w.writeStartElement("node");
        w.writeAttribute("id", node.id());
        w.writeAttribute("label", node.label());
        values(w, NodeAttributes.of(node));
        int[] rgb = Palette.rgb(Palette.colour(node, colour));
        w.writeEmptyElement("viz", "color", VIZ);
        w.writeAttribute("r", String.valueOf(rgb[0]));
        w.writeAttribute("g", String.valueOf(rgb[1]));
        w.writeAttribute("b", String.valueOf(rgb[2]));
        w.writeEmptyElement("viz", "position", VIZ);
        w.writeAttribute("x", String.valueOf(node.x()));
        w.writeAttribute("y", String.valueOf(node.y()));
        w.writeAttribute("z", "0.0");
        w.writeEmptyElement("viz", "size", VIZ);
        w.writeAttribute("value", String.valueOf(node.size()));
        w.writeEndElement();
    }

    private static void declare(XMLStreamWriter w, String kind, Map<String, String> types) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", kind);
        for (var entry : types.entrySet()) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", entry.getKey());
            w.writeAttribute("title", entry.getKey());
            w.writeAttribute("type", switch (entry.getValue()) {
                case "int" -> "integer";
                case "double" -> "double";
                default -> "string";
            });
        }
        w.writeEndElement();
    }

    private static void values(XMLStreamWriter w, Map<String, Object> values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (var entry : values.entrySet()) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", entry.getKey());
            w.writeAttribute("value", String.valueOf(entry.getValue()));
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
