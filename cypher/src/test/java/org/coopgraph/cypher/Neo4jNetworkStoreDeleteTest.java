package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Neo4jNetworkStoreDeleteTest {

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

    private static String imported(String regionId) {
        TinyRegion.importInto(store, source, TinyRegion.document(regionId));
        return regionId;
    }

    @Test
    void deletingAMemberRemovesItsRelationshipsAndTheQuestionsItAsked() {
        String r = imported("del-member");
        assertThat(store.delete(r, EntityKind.MEMBER, "m3")).isTrue();

        NetworkSnapshot after = source.load(r).orElseThrow();
        assertThat(after.dataVersion()).isEqualTo(2L);
        assertThat(after.members()).extracting(m -> m.id()).containsExactly("m1", "m2");
        assertThat(after.questions()).isEmpty();
        assertThat(after.project("p2").orElseThrow().participants()).isEmpty();
        assertThat(after.ties()).extracting(t -> t.key()).containsExactly("m1|m2|SUPPLY");
        assertThat(db.value("MATCH (q:Question {regionId: $r}) RETURN count(q)", Map.of("r", r))).isEqualTo(0L);
    }

    @Test
    void deletingSomethingAbsentReturnsFalseAndKeepsTheVersion() {
        String r = imported("del-absent");
        assertThat(store.delete(r, EntityKind.MEMBER, "nobody")).isFalse();
        assertThat(store.delete(r, EntityKind.PROJECT, "m1")).isFalse();
        assertThat(store.delete(r, EntityKind.TIE, "m1|m2|MENTORING")).isFalse();
        assertThat(store.delete(r, EntityKind.TIE, "not a key")).isFalse();
        assertThat(store.delete("other-region", EntityKind.MEMBER, "m1")).isFalse();
        assertThat(store.dataVersion(r)).hasValue(1L);
    }

    @Test
    void deletingATieByKeyRemovesOnlyThatTie() {
        String r = imported("del-tie");
        assertThat(store.delete(r, EntityKind.TIE, "m1|m2|SUPPLY")).isTrue();

        NetworkSnapshot after = source.load(r).orElseThrow();
        assertThat(after.ties()).extracting(t -> t.key()).containsExactly("m2|m3|COLLABORATION");
        assertThat(after.member("m1").orElseThrow().suppliesTo()).containsExactly("m2");
        assertThat(after.dataVersion()).isEqualTo(2L);
    }

    @Test
    void deletingAValueChainRemovesItsSteps() {
        String r = imported("del-chain");
        assertThat(store.delete(r, EntityKind.VALUE_CHAIN, "vc1")).isTrue();

        assertThat(source.load(r).orElseThrow().valueChains()).isEmpty();
        assertThat(db.value("MATCH (s:ChainStep {regionId: $r}) RETURN count(s)", Map.of("r", r))).isEqualTo(0L);
    }

    @Test
    void deletingAProjectOrQuestionKeepsTheMembers() {
        String r = imported("del-project");
        assertThat(store.delete(r, EntityKind.PROJECT, "p1")).isTrue();
        assertThat(store.delete(r, EntityKind.QUESTION, "q1")).isTrue();

        NetworkSnapshot after = source.load(r).orElseThrow();
        assertThat(after.projects()).extracting(p -> p.id()).containsExactly("p2");
        assertThat(after.questions()).isEmpty();
        assertThat(after.members()).hasSize(3);
        assertThat(after.dataVersion()).isEqualTo(3L);
    }
}
