package org.coopgraph.cypher;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.coopgraph.model.port.EmbedRevocations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** {@link EmbedRevocations} as a property of the {@code (:Region)} node (absent: never revoked). */
public final class Neo4jEmbedRevocations implements EmbedRevocations {

    private final Driver driver;
    private final CypherQueries queries;

    public Neo4jEmbedRevocations(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.queries = new CypherQueries().require("embed-tokens-revoke", "embed-tokens-revoked");
    }

    @Override
    public OptionalLong revokedBefore(String regionId) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get("embed-tokens-revoked"), Map.of("regionId", regionId))
                    .stream().findFirst().map(Neo4jEmbedRevocations::at).orElse(OptionalLong.empty()));
        }
    }

    @Override
    public boolean revokeBefore(String regionId, long epochMillis) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> tx.run(queries.get("embed-tokens-revoke"),
                    Map.of("regionId", regionId, "at", epochMillis)).hasNext());
        }
    }

    private static OptionalLong at(Record row) {
        var value = row.get("revokedBefore");
        return value.isNull() ? OptionalLong.empty() : OptionalLong.of(value.asLong());
    }
}
