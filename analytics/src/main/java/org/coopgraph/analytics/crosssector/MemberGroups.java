package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;

/**
 * The group of every graph node by sector (primary sector mapped up the SBI hierarchy to the chosen
 * level) and by helix, as dense ints for the int-view algorithms plus the sorted labels behind them.
 * A member without a sector is "UNKNOWN"; a code missing from the taxonomy is kept as given; a code
 * coarser than the level (a section when divisions are asked for) stays at its own level.
 */
record MemberGroups(List<String> sectorLabels, int[] sectorOf, List<String> helixLabels, int[] helixOf, Member[] members) {

    static final String UNKNOWN = "UNKNOWN";

    static MemberGroups of(NetworkSnapshot snapshot, CollaborationGraph graph, SectorLevel level) {
        int n = graph.size();
        Member[] members = new Member[n];
        String[] sectors = new String[n];
        for (int v = 0; v < n; v++) {
            members[v] = snapshot.member(graph.id(v)).orElseThrow();
            sectors[v] = sectorAt(members[v], snapshot.taxonomy(), level);
        }
        var present = new TreeSet<>(Arrays.asList(sectors));
        boolean unknown = present.remove(UNKNOWN);
        List<String> sectorLabels = new ArrayList<>(present);
        if (unknown) {
            sectorLabels.add(UNKNOWN);                 // last, whatever the codes look like
        }
        Map<String, Integer> sectorIndex = indexOf(sectorLabels);
        List<String> helixLabels = Arrays.stream(Helix.values()).map(Helix::name).toList();
        int[] sectorOf = new int[n];
        int[] helixOf = new int[n];
        for (int v = 0; v < n; v++) {
            sectorOf[v] = sectorIndex.get(sectors[v]);
            helixOf[v] = members[v].helix().ordinal();
        }
        return new MemberGroups(List.copyOf(sectorLabels), sectorOf, helixLabels, helixOf, members);
    }

    static String sectorAt(Member member, Taxonomy taxonomy, SectorLevel level) {
        String code = member.primarySectorCode();
        if (code == null) {
            return UNKNOWN;
        }
        Sector sector = taxonomy.sectorByCode().get(code);
        // Levels run 1..5, so five steps reach the top of any well-formed hierarchy and stop a bad one.
        for (int step = 0; sector != null && step < 5 && sector.level() > level.depth(); step++) {
            Sector parent = sector.parentCode() == null ? null : taxonomy.sectorByCode().get(sector.parentCode());
            if (parent == null) {
                break;
            }
            sector = parent;
        }
        return sector == null ? code : sector.code();
    }

    String sector(int node) { return sectorLabels.get(sectorOf[node]); }
    Helix helix(int node) { return members[node].helix(); }
    String id(int node) { return members[node].id(); }

    private static Map<String, Integer> indexOf(List<String> labels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        return index;
    }
}
