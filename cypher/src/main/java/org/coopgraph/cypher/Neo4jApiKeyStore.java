package org.coopgraph.cypher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coopgraph.model.port.ApiKeyStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * {@link ApiKeyStore} on Neo4j: one {@code (:ApiKey)} node per key (schema: migration V005). The
 * nodes have no relationships and their own label, so no region read, export or import touches them.
 */
public final class Neo4jApiKeyStore implements ApiKeyStore {

    private final Driver driver;
    private final CypherQueries queries;

    public Neo4jApiKeyStore(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.queries = new CypherQueries().require("api-key-create", "api-key-read", "api-keys-read", "api-key-revoke");
    }

    @Override
    public StoredKey create(String id, String regionId, String label, String role, byte[] secretHash) {
        Map<String, Object> parameters = Map.of("id", id, "regionId", regionId, "label", label, "role", role,
                "secretHash", secretHash.clone());
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> key(tx.run(queries.get("api-key-create"), parameters).single()));
        }
    }

    @Override
    public Optional<StoredKey> find(String id) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get("api-key-read"), Map.of("id", id)).stream()
                    .findFirst().map(Neo4jApiKeyStore::key));
        }
    }

    @Override
    public List<StoredKey> list(String regionId) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get("api-keys-read"), Map.of("regionId", regionId))
                    .list(Neo4jApiKeyStore::key));
        }
    }

    @Override
    public boolean revoke(String regionId, String id) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> tx.run(queries.get("api-key-revoke"),
                    Map.of("regionId", regionId, "id", id)).hasNext());
        }
    }

    private static StoredKey key(Record row) {
        return new StoredKey(row.get("id").asString(), row.get("regionId").asString(), row.get("label").asString(),
                row.get("role").asString(), row.get("secretHash").asByteArray(), instant(row.get("created")),
                instant(row.get("revoked")));
    }

    private static Instant instant(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }
}
