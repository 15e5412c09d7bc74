package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.junit.jupiter.api.Test;

/**
 * Property: in every public export (each format, language, colouring and filter), no id, name,
 * municipality or web address of a member without consent appears. Checked on 60 seeded random
 * regions with random consent and on a 400-member synthetic region; the full view must show them
 * (so the search for them can succeed).
 */
class ConsentLeakPropertyTest {

    @Test
    void noPublicByteNamesAMemberWithoutConsent() throws IOException {
        for (long seed = 1; seed <= 60; seed++) {
            RegionDocument doc = Networks.randomRegion(seed, "leak-" + seed);
            check(Networks.of(doc), seed, secrets(doc.members(), false));
        }
    }

    @Test
    void theSyntheticRegionLeaksNothingEitherWithWordBoundedIds() throws IOException {
        RegionDocument doc = SyntheticRegion.generate(99, 400);
        check(Networks.of(doc), 99, secrets(doc.members(), true));
    }

    /** What a member without consent is known by, and whether a match must stand alone (ids like m5 vs m57). */
    record Secrets(List<String> values, boolean bounded) {

        boolean foundIn(String bytes) {
            return values.stream().anyMatch(v -> leaked(bytes, v));
        }

        String leakIn(String bytes) {
            return values.stream().filter(v -> leaked(bytes, v)).findFirst().orElse(null);
        }

        private boolean leaked(String bytes, String value) {
            for (int at = bytes.indexOf(value); at >= 0; at = bytes.indexOf(value, at + 1)) {
                int end = at + value.length();
                if (!bounded || (!wordChar(bytes, at - 1) && !wordChar(bytes, end))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean wordChar(String text, int i) {
            return i >= 0 && i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-');
        }
    }

    static Secrets secrets(List<Member> members, boolean bounded) {
        List<String> values = new ArrayList<>();
        for (Member m : members) {
            if (!m.publicProfile()) {
                // Synthetic municipalities are shared real place names, so there only ids and names are secrets.
                for (String value : bounded ? new String[] {m.id(), m.name(), m.website()}
                        : new String[] {m.id(), m.name(), m.municipality(), m.website()}) {
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return new Secrets(values, bounded);
    }

    private static void check(NetworkSnapshot snapshot, long seed, Secrets secrets) throws IOException {
        var graphs = new NetworkGraphs(new DerivedCache());
        for (NetworkQuery query : queries(graphs, snapshot)) {
            for (ExportFormat format : ExportFormat.values()) {
                String bytes = export(graphs.graph(snapshot, query), format);
                assertThat(secrets.leakIn(bytes)).as("seed %d %s %s leaks", seed, format, query.key()).isNull();
            }
        }
        if (!snapshot.presentMembers().stream().allMatch(Member::publicProfile)) {
            String full = export(graphs.graph(snapshot, NetworkQuery.unfiltered(View.FULL, null)), ExportFormat.CYTOSCAPE);
            assertThat(secrets.foundIn(full)).as("seed %d: the full view names someone without consent", seed).isTrue();
        }
    }

    private static List<NetworkQuery> queries(NetworkGraphs graphs, NetworkSnapshot snapshot) {
        List<NetworkQuery> queries = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (ColourBy colour : ColourBy.values()) {
                queries.add(new NetworkQuery(View.PUBLIC, null, null, null, null, lang, colour));
            }
        }
        for (Helix helix : Helix.values()) {
            queries.add(new NetworkQuery(View.PUBLIC, null, null, helix, null, Lang.NL, ColourBy.HELIX));
        }
        for (String sector : new String[] {"C", "28", "10", "85", "P"}) {
            if (snapshot.sector(sector).isPresent()) {
                queries.add(new NetworkQuery(View.PUBLIC, null, sector, null, null, Lang.EN, ColourBy.SECTOR));
            }
        }
        int communities = graphs.graph(snapshot, NetworkQuery.unfiltered(View.FULL, null)).legends().get("community").size();
        for (int c = 0; c < Math.min(communities, 6); c++) {
            queries.add(new NetworkQuery(View.PUBLIC, null, null, null, c, Lang.EN, ColourBy.COMMUNITY));
        }
        return queries;
    }

    static String export(NetworkGraph graph, ExportFormat format) throws IOException {
        var out = new ByteArrayOutputStream();
        switch (format) {
            case CYTOSCAPE -> CytoscapeWriter.write(graph, out);
            case GEXF -> GexfWriter.write(graph, out);
            case GRAPHML -> GraphmlWriter.write(graph, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
