package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Neo4jEmbedRevocationsTest {

    private static InProcessNeo4j db;
    private static Neo4jNetworkStore store;
    private static Neo4jSnapshotSource source;
    private static Neo4jEmbedRevocations revocations;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        store = new Neo4jNetworkStore(db.driver());
        source = new Neo4jSnapshotSource(db.driver());
        revocations = new Neo4jEmbedRevocations(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aRevocationIsKeptAndNeverMovesBackInTimeNorTouchesTheData() {
        TinyRegion.importInto(store, source, TinyRegion.document("er-a"));
        TinyRegion.importInto(store, source, TinyRegion.document("er-b"));
        long version = store.dataVersion("er-a").orElseThrow();
        assertThat(revocations.revokedBefore("er-a")).isEmpty();

        assertThat(revocations.revokeBefore("er-a", 1_700_000_000_500L)).isTrue();
        assertThat(revocations.revokeBefore("er-a", 1_600_000_000_000L)).isTrue();

        assertThat(revocations.revokedBefore("er-a")).hasValue(1_700_000_000_500L);
        assertThat(revocations.revokedBefore("er-b")).isEmpty();
        assertThat(store.dataVersion("er-a")).hasValue(version);
    }

    @Test
    void thereIsNothingToRevokeInARegionThatDoesNotExist() {
        assertThat(revocations.revokeBefore("er-none", 1L)).isFalse();
        assertThat(revocations.revokedBefore("er-none")).isEmpty();
    }
}
