package org.coopgraph.api.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The attributes every export writes per node and edge, by name, in one order, so GEXF, GraphML and
 * Cytoscape JSON carry the same facts. Values are String, Integer or Double; absent values are left
 * out (a member without a website has no website attribute, an aggregate never has one).
 */
final class NodeAttributes {

    /** Attribute names and whether each is numeric: "int", "double" or "string". */
    static final Map<String, String> NODE_TYPES = types("type:string", "kind:string", "helix:string", "sector:string",
            "sectorName:string", "section:string", "community:int", "years:string", "projects:int", "members:int",
            "internalTies:int", "degree:int", "municipality:string", "website:string");
    static final Map<String, String> EDGE_TYPES = types("ties:int", "kinds:string", "years:string", "projects:int");

    private NodeAttributes() {
    }

    static Map<String, Object> of(NetNode n) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", n.type().name().toLowerCase(Locale.ROOT));
        values.put("kind", n.kind());
        values.put("helix", n.helix());
        values.put("sector", n.sector());
        values.put("sectorName", n.sectorName());
        values.put("section", n.section());
        values.put("community", n.community());
        values.put("years", n.years());
        values.put("projects", n.projects());
        values.put("members", n.members());
        values.put("internalTies", n.internalTies());
        values.put("degree", n.degree());
        values.put("municipality", n.municipality());
        values.put("website", n.website());
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    static Map<String, Object> of(NetEdge e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ties", e.ties());
        values.put("kinds", String.join(",", e.kinds()));
        values.put("years", e.years());
        values.put("projects", e.projects());
        return values;
    }

    static List<String> splitKinds(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static Map<String, String> types(String... specs) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String spec : specs) {
            types.put(spec.substring(0, spec.indexOf(':')), spec.substring(spec.indexOf(':') + 1));
        }
        return java.util.Collections.unmodifiableMap(types);
    }
}
