package org.coopgraph.api.network;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The anonymous stand-in for the non-consenting members of one SBI division in the public view.
 * It is fed a member index at a time and keeps only counts, the set of helices, community counts,
 * distinct projects and years: nothing from which a member's id, name, place or site could be read.
 */
final class Aggregate {

    private static final String PREFIX = "sector:";
    private static final String NO_SECTOR = "none";

    private final String division;
    private final YearSet yearFormat;
    private int members;
    private final Set<String> helices = new TreeSet<>();
    private final TreeMap<Integer, Integer> communities = new TreeMap<>();
    private final Set<Integer> projects = new HashSet<>();
    private final BitSet years = new BitSet();

    Aggregate(String division, YearSet yearFormat) {
        this.division = division;
        this.yearFormat = yearFormat;
    }

    static String key(String division) {
        return PREFIX + (division == null ? NO_SECTOR : division);
    }

    void add(MemberNetwork base, int v) {
        members++;
        helices.add(base.members[v].helix().name());
        communities.merge(base.community[v], 1, Integer::sum);
        for (int p : base.projectsOf[v]) {
            projects.add(p);
        }
        years.or(base.memberYears[v]);
    }

    /** The node; its community is the most common among its members (the lower label on a tie). */
    NetNode node(String id, Lang lang, SectorGroups sectors) {
        int community = communities.entrySet().stream()
                .max((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(y.getKey(), x.getKey())
                        : Integer.compare(x.getValue(), y.getValue()))
                .map(java.util.Map.Entry::getKey).orElse(0);
        String helix = helices.size() == 1 ? helices.iterator().next() : "MIXED";
        return new NetNode(id, lang.aggregateLabel(members, sectors.label(division)), NetNode.NodeType.AGGREGATE,
                "AGGREGATE", helix, division, sectors.name(division), sectors.section(division), community,
                yearFormat.format(years), projects.size(), members, 0, 0, null, null, 0, 0);
    }

    static NetNode withInternalTies(NetNode node, int internalTies, int degree) {
        return new NetNode(node.id(), node.label(), node.type(), node.kind(), node.helix(), node.sector(),
                node.sectorName(), node.section(), node.community(), node.years(), node.projects(), node.members(),
                internalTies, degree, null, null, 0, 0);
    }
}
