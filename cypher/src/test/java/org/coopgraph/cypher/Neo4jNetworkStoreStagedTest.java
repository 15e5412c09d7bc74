package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.Canonical;
import org.coopgraph.model.Helix;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Tie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

/** The staged path for large imports, forced here for tiny plans (every plan is staged, one row per batch). */
class Neo4jNetworkStoreStagedTest {

    private static InProcessNeo4j db;
    private static Neo4jNetworkStore store;
    private static Neo4jSnapshotSource source;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        store = new Neo4jNetworkStore(db.driver(), 1, 0);
        source = new Neo4jSnapshotSource(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void stagedImportLoadsBackAsTheImportedRecordsAndLeavesNoStagingBehind() {
        RegionDocument doc = TinyRegion.document("staged");
        assertThat(TinyRegion.importInto(store, source, doc)).isEqualTo(1L);

        NetworkSnapshot loaded = source.load("staged").orElseThrow();
        assertThat(loaded.toDocument().members()).isEqualTo(doc.members().stream().map(Canonical::of).toList());
        assertThat(loaded.projects()).isEqualTo(doc.projects().stream().map(Canonical::of).toList());
        assertThat(loaded.questions()).isEqualTo(doc.questions().stream().map(Canonical::of).toList());
        assertThat(loaded.ties()).containsExactlyInAnyOrderElementsOf(doc.ties());
        assertThat(loaded.valueChains()).isEqualTo(doc.valueChains().stream().map(Canonical::of).toList());
        assertThat(loaded.taxonomy().sectorByCode().get("C10")).isEqualTo(doc.sectors().get(1));
        assertThat(stagingLeft()).isZero();
        assertThat(TinyRegion.plan(source, doc).isEmpty()).isTrue();
    }

    @Test
    void stagedImportMixingNewAndUpdatedEntitiesLinksThemInOneStep() {
        RegionDocument doc = TinyRegion.document("staged-mix");
        TinyRegion.importInto(store, source, doc);
        RegionDocument next = withM4(doc, "C20", new Tie("m4", "m1", null, 2024, null, 1.0), new Tie("m1", "m4", null, 2024, null, 2.0));

        ImportPlan plan = TinyRegion.plan(source, next);
        assertThat(plan.updated(org.coopgraph.model.EntityKind.MEMBER)).containsExactly("m1");
        assertThat(store.apply(plan)).isEqualTo(2L);

        NetworkSnapshot loaded = source.load("staged-mix").orElseThrow();
        assertThat(loaded.members()).isEqualTo(next.members().stream().map(Canonical::of).sorted(
                java.util.Comparator.comparing(Member::id)).toList());
        assertThat(loaded.ties()).extracting(Tie::key)
                .containsExactly("m1|m2|SUPPLY", "m1|m4|COLLABORATION", "m2|m3|COLLABORATION", "m4|m1|COLLABORATION");
        assertThat(loaded.taxonomy().sectorByCode()).containsKey("C20");
        assertThat(stagingLeft()).isZero();
    }

    @Test
    void stagedImportFailingInItsLastBatchLeavesTheGraphAsItWas() {
        RegionDocument doc = TinyRegion.document("staged-fail");
        TinyRegion.importInto(store, source, doc);
        Map<String, Object> before = graphState("staged-fail");

        RegionDocument broken = withM4(doc, "C21", new Tie("m4", "m1", null, 2024, null, 1.0), new Tie("m4", "ghost", null, 2024, null, 1.0));
        ImportPlan plan = TinyRegion.plan(source, broken);

        assertThatThrownBy(() -> store.apply(plan)).isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("'staged-fail'").hasMessageContaining("'ties-create'");
        assertThat(graphState("staged-fail")).isEqualTo(before);
        assertThat(source.taxonomy().sectorByCode()).doesNotContainKey("C21");
        assertThat(stagingLeft()).isZero();
    }

    @Test
    void stagedImportOfAMemberThatExistsAfterAllFailsAtPublishingAndWritesNothing() {
        RegionDocument doc = TinyRegion.document("staged-stale");
        TinyRegion.importInto(store, source, doc);
        Map<String, Object> before = graphState("staged-stale");
        ImportPlan stale = ImportPlan.between(NetworkSnapshot.empty(doc.region(), source.taxonomy()), doc);

        assertThatThrownBy(() -> store.apply(stale)).isInstanceOf(ClientException.class).hasMessageContaining("already exists");
        assertThat(graphState("staged-stale")).isEqualTo(before);
        assertThat(stagingLeft()).isZero();
    }

    @Test
    void unpublishedLeftoversOfACrashedImportAreInvisibleAndSweptByTheNextImport() {
        RegionDocument doc = TinyRegion.document("staged-crash");
        TinyRegion.importInto(store, source, doc);
        db.run("MATCH (m1:Member {regionId: 'staged-crash', id: 'm1'})"
                + " CREATE (m1)-[:COLLABORATES_WITH {kind: 'COLLABORATION', weight: 1.0}]->"
                + "(:Member {regionId: 'staged-crash', id: 'half', name: 'Half written', importId: 'crashed'}),"
                + " (:Sector {code: 'Z', name: 'Half', level: 1, importId: 'crashed'})", Map.of());

        NetworkSnapshot loaded = source.load("staged-crash").orElseThrow();
        assertThat(loaded.members()).hasSize(3);
        assertThat(loaded.ties()).hasSize(2);
        assertThat(source.taxonomy().sectorByCode()).doesNotContainKey("Z");

        TinyRegion.importInto(store, source, withM4(doc, "C22", new Tie("m4", "m1", null, 2024, null, 1.0)));
        assertThat(db.value("MATCH (n:Member {regionId: 'staged-crash'}) RETURN collect(n.id)"))
                .asList().containsExactlyInAnyOrder("m1", "m2", "m3", "m4");
        assertThat(stagingLeft()).isZero();
    }

    @Test
    void publishedImportInterruptedWhileTidyingStaysVisibleAndIsTidiedByTheNextImport() {
        RegionDocument doc = TinyRegion.document("staged-tidy");
        TinyRegion.importInto(store, source, doc);
        db.run("MATCH (m:Member {regionId: 'staged-tidy', id: 'm3'}), (r:Region {id: 'staged-tidy'})"
                + " SET m.importId = 'interrupted', r.publishedImports = ['interrupted']", Map.of());
        assertThat(source.load("staged-tidy").orElseThrow().members()).hasSize(3);

        TinyRegion.importInto(store, source, withM4(doc, "C23", new Tie("m4", "m1", null, 2024, null, 1.0)));
        assertThat(source.load("staged-tidy").orElseThrow().members()).hasSize(4);
        assertThat(stagingLeft()).isZero();
    }

    /** The document plus an updated m1, a new member m4 in a new sector (taxonomies are shared), and extra ties. */
    private static RegionDocument withM4(RegionDocument doc, String newSector, Tie... extraTies) {
        var members = new ArrayList<>(doc.members());
        members.set(0, TinyRegion.member("m1", List.of(new SkillLevel("sk-teach", 1))));
        members.add(new Member("m4", "Nieuw lid", MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, true, 2024,
                null, List.of(new SectorLink(newSector, true)), List.of(new SkillLevel("sk-food", 2)), null, List.of("m1"), null));
        var sectors = new ArrayList<>(doc.sectors());
        sectors.add(new Sector(newSector, null, "Vervaardiging van chemische producten", 2, "C"));
        var ties = new ArrayList<>(doc.ties());
        ties.addAll(List.of(extraTies));
        return new RegionDocument(doc.region(), sectors, doc.skills(), doc.themes(), members, doc.projects(),
                doc.questions(), ties, doc.valueChains());
    }

    @Test
    void aStartUpSweepFinishesEveryRegionsInterruptedImportsAndStagedTaxonomy() {
        RegionDocument doc = TinyRegion.document("staged-startup");
        TinyRegion.importInto(store, source, doc);
        NetworkSnapshot before = source.load("staged-startup").orElseThrow();
        db.run("MATCH (m3:Member {regionId: 'staged-startup', id: 'm3'}), (r:Region {id: 'staged-startup'})"
                + " SET m3.importId = 'published-not-tidied', r.publishedImports = ['published-not-tidied']"
                + " CREATE (m3)-[:COLLABORATES_WITH {kind: 'COLLABORATION', weight: 1.0}]->"
                + "(:Member {regionId: 'staged-startup', id: 'half', name: 'Half written', importId: 'never-published'}),"
                + " (:Skill {id: 'half-skill', name: 'Half', importId: 'taxonomy-only'})", Map.of());

        assertThat(store.finishInterruptedImports()).isEqualTo(3);

        assertThat(stagingLeft()).isZero();
        assertThat(db.value("MATCH (n) WHERE n.id IN ['half', 'half-skill'] RETURN count(n)")).isEqualTo(0L);
        assertThat(source.load("staged-startup").orElseThrow().toDocument()).isEqualTo(before.toDocument());
        assertThat(store.finishInterruptedImports()).isZero();
    }

    private static long stagingLeft() {
        return (Long) db.value("MATCH (n) WHERE n.importId IS NOT NULL OR size(n.publishedImports) > 0 RETURN count(n)");
    }

    private static Map<String, Object> graphState(String regionId) {
        return Map.of("document", source.load(regionId).orElseThrow().toDocument(),
                "nodes", db.value("MATCH (n) RETURN count(n)"),
                "relationships", db.value("MATCH ()-[r]->() RETURN count(r)"),
                "properties", db.value("MATCH (n) UNWIND keys(n) AS k RETURN count(k)"));
    }
}
