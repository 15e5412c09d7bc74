package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.coopgraph.model.Canonical;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.ImportSummary;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.SkillLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Neo4jNetworkStoreTest {

    private static InProcessNeo4j db;
    private static Neo4jNetworkStore store;
    private static Neo4jSnapshotSource source;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        store = new Neo4jNetworkStore(db.driver());
        source = new Neo4jSnapshotSource(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void importedRegionLoadsBackAsTheImportedCanonicalRecords() {
        RegionDocument doc = TinyRegion.document("roundtrip");
        assertThat(TinyRegion.importInto(store, source, doc)).isEqualTo(1L);

        NetworkSnapshot loaded = source.load("roundtrip").orElseThrow();
        assertThat(loaded.region()).isEqualTo(doc.region());
        assertThat(loaded.dataVersion()).isEqualTo(1L);
        assertThat(loaded.members()).isEqualTo(doc.members().stream().map(Canonical::of).toList());
        assertThat(loaded.projects()).isEqualTo(doc.projects().stream().map(Canonical::of).toList());
        assertThat(loaded.questions()).isEqualTo(doc.questions().stream().map(Canonical::of).toList());
        assertThat(loaded.ties()).isEqualTo(List.of(doc.ties().get(1), doc.ties().get(0)));
        assertThat(loaded.valueChains()).isEqualTo(doc.valueChains().stream().map(Canonical::of).toList());
        assertThat(loaded.taxonomy().sectors()).containsAll(doc.sectors());
        assertThat(loaded.taxonomy().skills()).containsAll(doc.skills());
        assertThat(loaded.taxonomy().themes()).containsAll(doc.themes());
        assertThat(loaded.member("m3").orElseThrow().municipality()).isNull();
        assertThat(loaded.member("m1").orElseThrow().sectors().get(0).code()).isEqualTo("C");
    }

    @Test
    void reimportingTheSameDocumentPlansNothingAndKeepsTheVersion() {
        RegionDocument doc = TinyRegion.document("again");
        TinyRegion.importInto(store, source, doc);
        Object relationshipsBefore = db.value("MATCH ()-[r]->() RETURN count(r)");

        ImportPlan again = TinyRegion.plan(source, doc);

        assertThat(again.isEmpty()).isTrue();
        assertThat(again.summary().of("members")).isEqualTo(new ImportSummary.Counts(0, 0, 3));
        assertThat(again.summary().of("ties")).isEqualTo(new ImportSummary.Counts(0, 0, 2));
        assertThat(again.summary().of("valueChains")).isEqualTo(new ImportSummary.Counts(0, 0, 1));
        assertThat(store.apply(again)).isEqualTo(1L);
        assertThat(store.dataVersion("again")).hasValue(1L);
        assertThat(db.value("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationshipsBefore);
    }

    @Test
    void updatingAMemberReplacesItsSkillsAndKeepsRelationshipsOthersOwn() {
        RegionDocument doc = TinyRegion.document("update");
        TinyRegion.importInto(store, source, doc);
        var m1 = TinyRegion.member("m1", List.of(new SkillLevel("sk-teach", 2)));
        RegionDocument changed = TinyRegion.withMembers(doc, List.of(m1, doc.members().get(1), doc.members().get(2)));

        ImportPlan plan = TinyRegion.plan(source, changed);
        assertThat(plan.updated(EntityKind.MEMBER)).containsExactly("m1");
        assertThat(store.apply(plan)).isEqualTo(2L);

        NetworkSnapshot loaded = source.load("update").orElseThrow();
        assertThat(loaded.member("m1").orElseThrow()).isEqualTo(Canonical.of(m1));
        assertThat(loaded.member("m1").orElseThrow().skills()).containsExactly(new SkillLevel("sk-teach", 2));
        assertThat(loaded.project("p1").orElseThrow().participants()).hasSize(2);
        assertThat(loaded.ties()).hasSize(2);
        assertThat(db.value("MATCH (:Member {regionId: 'update', id: 'm1'})-[r:HAS_SKILL]->() RETURN count(r)")).isEqualTo(1L);
    }

    @Test
    void regionsWithTheSameMemberIdsStaySeparate() {
        TinyRegion.importInto(store, source, TinyRegion.document("north"));
        RegionDocument south = TinyRegion.document("south");
        var m1 = TinyRegion.member("m1", List.of(new SkillLevel("sk-food", 1)));
        TinyRegion.importInto(store, source, TinyRegion.withMembers(south, List.of(m1, south.members().get(1), south.members().get(2))));

        assertThat(source.load("north").orElseThrow().member("m1").orElseThrow().skills())
                .containsExactly(new SkillLevel("sk-food", 3), new SkillLevel("sk-starch", 5));
        assertThat(source.load("south").orElseThrow().member("m1").orElseThrow().skills())
                .containsExactly(new SkillLevel("sk-food", 1));
        assertThat(db.value("MATCH (m:Member {id: 'm1'}) WHERE m.regionId IN ['north', 'south'] RETURN count(m)")).isEqualTo(2L);
        assertThat(store.regions()).extracting(r -> r.id()).contains("north", "south").isSorted();
    }

    @Test
    void loadingAsOfAYearKeepsOnlyWhatWasActiveThen() {
        TinyRegion.importInto(store, source, TinyRegion.document("asof"));

        NetworkSnapshot in2020 = source.load("asof", 2020).orElseThrow();
        assertThat(in2020.members()).extracting(m -> m.id()).containsExactly("m1", "m2", "m3");
        assertThat(in2020.projects()).extracting(p -> p.id()).containsExactly("p1");
        assertThat(in2020.project("p1").orElseThrow().participants()).hasSize(2);
        assertThat(in2020.questions()).isEmpty();
        assertThat(in2020.ties()).hasSize(2);

        NetworkSnapshot in2023 = source.load("asof", 2023).orElseThrow();
        assertThat(in2023.members()).extracting(m -> m.id()).containsExactly("m1", "m3");
        assertThat(in2023.member("m1").orElseThrow().suppliesTo()).isEmpty();
        assertThat(in2023.project("p1").orElseThrow().participants()).isEmpty();
        assertThat(in2023.project("p2").orElseThrow().participants()).hasSize(1);
        assertThat(in2023.questions()).extracting(q -> q.id()).containsExactly("q1");
        assertThat(in2023.ties()).isEmpty();
    }

    @Test
    void unknownRegionHasNoSnapshotAndNoVersion() {
        assertThat(source.load("nowhere")).isEmpty();
        assertThat(store.dataVersion("nowhere")).isEmpty();
        assertThat(store.delete("nowhere", EntityKind.MEMBER, "m1")).isFalse();
    }

    @Test
    void replacedSectorParentIsMovedNotAdded() {
        RegionDocument doc = TinyRegion.document("taxonomy");
        TinyRegion.importInto(store, source, doc);
        var moved = new org.coopgraph.model.Sector("C10", null, "Vervaardiging van voedingsmiddelen", 2, "P");
        TinyRegion.importInto(store, source, new RegionDocument(doc.region(), List.of(moved), null, null, null, null, null, null, null));

        assertThat(source.taxonomy().sectorByCode().get("C10")).isEqualTo(moved);
        assertThat(db.value("MATCH (:Sector {code: 'C10'})-[r:PART_OF]->(p) RETURN collect(p.code)", Map.of())).isEqualTo(List.of("P"));
    }
}
