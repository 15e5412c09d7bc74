package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.coopgraph.model.port.ApiKeyStore.StoredKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

class Neo4jApiKeyStoreTest {

    private static final byte[] HASH = {1, 2, 3, (byte) 0xff};

    private static InProcessNeo4j db;
    private static Neo4jApiKeyStore store;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        store = new Neo4jApiKeyStore(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aCreatedKeyIsFoundByIdWithItsHashAndCreationTime() {
        Instant before = Instant.now().minusSeconds(1);
        StoredKey created = store.create("k_create00001", "ks-a", "Office laptop", "coordinator", HASH);
        assertThat(created.created()).isBetween(before, Instant.now().plusSeconds(1));
        StoredKey found = store.find("k_create00001").orElseThrow();
        assertThat(found.regionId()).isEqualTo("ks-a");
        assertThat(found.label()).isEqualTo("Office laptop");
        assertThat(found.role()).isEqualTo("coordinator");
        assertThat(found.secretHash()).containsExactly(HASH);
        assertThat(found.isRevoked()).isFalse();
        assertThat(store.find("k_nothere0000")).isEmpty();
    }

    @Test
    void anIdIsUniqueAcrossRegions() {
        store.create("k_unique00001", "ks-b", "one", "analyst", HASH);
        assertThatThrownBy(() -> store.create("k_unique00001", "ks-c", "two", "analyst", HASH))
                .isInstanceOf(ClientException.class);
    }

    @Test
    void listingShowsOnlyTheRegionsKeysOldestFirst() throws Exception {
        store.create("k_listzz00001", "ks-list", "first", "analyst", HASH);
        Thread.sleep(5);
        store.create("k_listaa00002", "ks-list", "second", "coordinator", HASH);
        store.create("k_listother01", "ks-list-other", "elsewhere", "analyst", HASH);
        assertThat(store.list("ks-list")).extracting(StoredKey::id).containsExactly("k_listzz00001", "k_listaa00002");
        assertThat(store.list("ks-none")).isEmpty();
    }

    @Test
    void revokingKeepsTheKeyAndItsFirstRevocationTimeAndOnlyInItsRegion() throws Exception {
        store.create("k_revoke00001", "ks-rev", "gone", "coordinator", HASH);
        assertThat(store.revoke("ks-other", "k_revoke00001")).isFalse();
        assertThat(store.find("k_revoke00001").orElseThrow().isRevoked()).isFalse();
        assertThat(store.revoke("ks-rev", "k_revoke00001")).isTrue();
        Instant first = store.find("k_revoke00001").orElseThrow().revoked();
        Thread.sleep(5);
        assertThat(store.revoke("ks-rev", "k_revoke00001")).isTrue();
        assertThat(store.find("k_revoke00001").orElseThrow().revoked()).isEqualTo(first);
        assertThat(Duration.between(first, Instant.now())).isLessThan(Duration.ofMinutes(1));
        assertThat(store.revoke("ks-rev", "k_missing0001")).isFalse();
    }

    @Test
    void theNodeHoldsTheDigestAndNoOtherSecret() {
        store.create("k_node0000001", "ks-node", "n", "analyst", HASH);
        assertThat(db.value("MATCH (k:ApiKey {id: $id}) RETURN keys(k)", Map.of("id", "k_node0000001")))
                .asList().containsExactlyInAnyOrder("id", "regionId", "label", "role", "secretHash", "created");
    }
}
