package org.coopgraph.analytics.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;

/**
 * Everything the suggestion components read, built once per snapshot and immutable afterwards: the
 * collaboration graph (its node numbers are the context's), each member's sector (SBI division) and
 * helix, skills offered and needed, agenda themes, value-chain coverage, and how tied members are
 * linked (a shared project or a tie kind) for the evidence. Two members are already tied exactly when
 * they are adjacent in the graph: an explicit tie, a supply link or a shared project.
 */
public final class SuggestionContext {

    static final String UNKNOWN_SECTOR = "UNKNOWN";

    private final NetworkSnapshot snapshot;
    private final CollaborationGraph graph;
    private final Member[] members;
    private final String[] sectorOf;
    final SkillIndex skills;
    final ThemeIndex themes;
    final ChainIndex chains;
    private final Map<Long, String> linkVia = new HashMap<>();

    private SuggestionContext(NetworkSnapshot snapshot) {
        this.snapshot = snapshot;
        this.graph = CollaborationGraph.of(snapshot);
        int n = graph.size();
        Map<String, Integer> nodeOf = new HashMap<>(n * 2);
        members = new Member[n];
        sectorOf = new String[n];
        for (int v = 0; v < n; v++) {
            members[v] = snapshot.member(graph.id(v)).orElseThrow();
            nodeOf.put(graph.id(v), v);
            sectorOf[v] = division(members[v], snapshot.taxonomy());
        }
        skills = new SkillIndex(snapshot, members, nodeOf);
        themes = new ThemeIndex(snapshot, members, nodeOf);
        chains = new ChainIndex(snapshot, n, nodeOf);
        // Projects first (ids ascending), so evidence names a shared project where there is one.
        for (Project project : snapshot.projects()) {
            List<Integer> team = project.participants().stream().map(p -> nodeOf.get(p.memberId()))
                    .filter(Objects::nonNull).distinct().toList();
            for (int i = 0; i < team.size(); i++) {
                for (int j = i + 1; j < team.size(); j++) {
                    linkVia.putIfAbsent(key(team.get(i), team.get(j)), project.id());
                }
            }
        }
        for (Tie tie : snapshot.ties()) {
            Integer a = nodeOf.get(tie.fromId());
            Integer b = nodeOf.get(tie.toId());
            if (a != null && b != null) {
                linkVia.putIfAbsent(key(a, b), "tie:" + tie.kind());
            }
        }
        for (int v = 0; v < n; v++) {
            for (String to : members[v].suppliesTo()) {
                Integer b = nodeOf.get(to);
                if (b != null && b != v) {
                    linkVia.putIfAbsent(key(v, b), "tie:SUPPLY");
                }
            }
        }
    }

    public static SuggestionContext of(NetworkSnapshot snapshot) {
        return new SuggestionContext(Objects.requireNonNull(snapshot, "snapshot"));
    }

    public NetworkSnapshot snapshot() { return snapshot; }
    public CollaborationGraph graph() { return graph; }
    public int size() { return members.length; }
    public Member member(int node) { return members[node]; }
    /** The node of a present member, or -1. */
    public int node(String memberId) { return graph.index(memberId); }
    /** The member's primary sector at SBI division level, or "UNKNOWN". */
    public String sector(int node) { return sectorOf[node]; }

    /** Whether the theme is on the member's agenda (a stake, a project of its, a question of its). */
    public boolean hasTheme(int node, String themeId) {
        Integer theme = themes.themeNo.get(themeId);
        return theme != null && themes.has(node, theme);
    }

    public boolean tied(int a, int b) {
        return graph.weight(a, b) > 0;
    }

    /** How two tied members are linked: the id of a project they share (lowest id), else "tie:KIND"; null if not tied. */
    public String linkVia(int a, int b) {
        return linkVia.get(key(a, b));
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** The primary sector walked up to an SBI division (level 2); a code the taxonomy lacks stays as it is. */
    static String division(Member member, Taxonomy taxonomy) {
        String code = member.primarySectorCode();
        if (code == null) {
            return UNKNOWN_SECTOR;
        }
        Sector sector = taxonomy.sectorByCode().get(code);
        for (int step = 0; sector != null && step < 5 && sector.level() > 2 && sector.parentCode() != null; step++) {
            Sector parent = taxonomy.sectorByCode().get(sector.parentCode());
            if (parent == null) {
                break;
            }
            sector = parent;
        }
        return sector == null ? code : sector.code();
    }
}
