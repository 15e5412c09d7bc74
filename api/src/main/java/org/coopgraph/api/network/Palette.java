package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The colours of every export, in one place so GEXF, GraphML and the embed page agree. Colours are
 * chosen to stay apart for common colour-vision deficiencies where possible (Okabe-Ito first) and
 * to be visible on white. Sector colours follow the SBI section letter; helices have fixed colours;
 * communities cycle through twelve colours, larger numbers share grey.
 */
final class Palette {

    static final String GREY = "#8c8c8c";
    private static final String OTHER = "other";
    private static final String[] CYCLE = {
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#8c6d1f", "#5b3a8e",
        "#b22222", "#2e8b57", "#c71585", "#4682b4"};
    private static final Map<String, String> HELIX = Map.of(
            "INDUSTRY", "#0072b2", "EDUCATION", "#e69f00", "GOVERNMENT", "#009e73",
            "FINANCE", "#cc79a7", "CIVIL_SOCIETY", "#d55e00");

    private Palette() {
    }

    static String colour(NetNode node, ColourBy by) {
        return switch (by) {
            case SECTOR -> sectionColour(node.section());
            case HELIX -> HELIX.getOrDefault(node.helix(), GREY);
            case COMMUNITY -> node.community() < CYCLE.length ? CYCLE[node.community()] : GREY;
        };
    }

    /** Sections A..U spread over the cycle (letter order), so neighbouring sections differ. */
    static String sectionColour(String section) {
        if (section == null || section.length() != 1 || section.charAt(0) < 'A' || section.charAt(0) > 'Z') {
            return GREY;
        }
        return CYCLE[((section.charAt(0) - 'A') * 5) % CYCLE.length];
    }

    static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    /** The legend of each colouring, listing only what occurs in {@code nodes}, by key. */
    static Map<String, List<LegendEntry>> legends(List<NetNode> nodes, Lang lang, SectorGroups sectors) {
        Map<String, List<LegendEntry>> legends = new TreeMap<>();
        legends.put("sector", legend(nodes, n -> n.section() == null ? "?" : n.section(),
                key -> "?".equals(key) ? lang.unknownSectorLabel() : key + " " + sectors.name(key),
                key -> sectionColour("?".equals(key) ? null : key)));
        legends.put("helix", legend(nodes, NetNode::helix, lang::helixLabel, key -> HELIX.getOrDefault(key, GREY)));
        legends.put("community", legend(nodes,
                n -> n.community() < CYCLE.length ? String.format("%02d", n.community()) : OTHER,
                key -> OTHER.equals(key) ? lang.otherCommunitiesLabel() : lang.communityLabel(Integer.parseInt(key)),
                key -> OTHER.equals(key) ? GREY : CYCLE[Integer.parseInt(key)]));
        return legends;
    }

    private static List<LegendEntry> legend(List<NetNode> nodes, Function<NetNode, String> key,
                                            Function<String, String> label, Function<String, String> colour) {
        Map<String, Integer> counts = new TreeMap<>();
        nodes.forEach(n -> counts.merge(key.apply(n), 1, Integer::sum));
        List<LegendEntry> entries = new ArrayList<>();
        counts.forEach((k, count) -> entries.add(new LegendEntry(k, label.apply(k), colour.apply(k), count)));
        return entries;
    }
}
