package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Tie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

/** A write that fails anywhere, even in its very last batch, leaves the graph exactly as it was. */
class Neo4jNetworkStoreAtomicityTest {

    private static InProcessNeo4j db;
    private static Neo4jNetworkStore store;
    private static Neo4jSnapshotSource source;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        // One row per batch: the failing row below is then alone in the last batch of the last query.
        store = new Neo4jNetworkStore(db.driver(), 1, Long.MAX_VALUE);
        source = new Neo4jSnapshotSource(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void planFailingInItsLastBatchWritesNothing() {
        RegionDocument doc = TinyRegion.document("atomic-last");
        TinyRegion.importInto(store, source, doc);
        Map<String, Object> before = graphState("atomic-last");

        var members = new ArrayList<>(doc.members());
        members.set(0, TinyRegion.member("m1", List.of(new SkillLevel("sk-teach", 1))));
        members.add(new Member("m4", "Nieuw lid", MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, true, 2024,
                null, null, List.of(new SkillLevel("sk-food", 2)), null, null, null));
        var ties = new ArrayList<>(doc.ties());
        ties.add(new Tie("m4", "m1", null, 2024, null, 1.0));
        ties.add(new Tie("m4", "ghost", null, 2024, null, 1.0));
        RegionDocument broken = new RegionDocument(doc.region(), doc.sectors(), doc.skills(), doc.themes(), members,
                doc.projects(), doc.questions(), ties, doc.valueChains());
        ImportPlan plan = TinyRegion.plan(source, broken);
        assertThat(plan.changes().members()).hasSize(2);

        assertThatThrownBy(() -> store.apply(plan)).isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("1 of 2 rows of 'ties-create'").hasMessageContaining("atomic-last");
        assertThat(graphState("atomic-last")).isEqualTo(before);
        assertThat(store.dataVersion("atomic-last")).hasValue(1L);
    }

    @Test
    void planCreatingAMemberThatExistsAfterAllWritesNothing() {
        RegionDocument doc = TinyRegion.document("atomic-stale");
        TinyRegion.importInto(store, source, doc);
        Map<String, Object> before = graphState("atomic-stale");

        // Planned against an empty region, as a writer with a stale view would: every member looks new.
        ImportPlan stale = ImportPlan.between(NetworkSnapshot.empty(doc.region(), source.taxonomy()), doc);

        assertThatThrownBy(() -> store.apply(stale)).isInstanceOf(ClientException.class)
                .hasMessageContaining("already exists");
        assertThat(graphState("atomic-stale")).isEqualTo(before);
        assertThat(store.dataVersion("atomic-stale")).hasValue(1L);
    }

    /** Everything a failed write could have touched: the region's content, all nodes and relationships. */
    private static Map<String, Object> graphState(String regionId) {
        return Map.of("document", source.load(regionId).orElseThrow().toDocument(),
                "nodes", db.value("MATCH (n) RETURN count(n)"),
                "relationships", db.value("MATCH ()-[r]->() RETURN count(r)"),
                "properties", db.value("MATCH (n) UNWIND keys(n) AS k RETURN count(k)"));
    }
}
