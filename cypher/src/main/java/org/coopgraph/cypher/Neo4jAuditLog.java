package org.coopgraph.cypher;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.coopgraph.model.port.AuditLog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * {@link AuditLog} on Neo4j: one {@code (:AuditEntry)} node per write (schema: migration V006), with
 * {@code at} as a UTC datetime and the region as {@code region}. The nodes hang off nothing and carry no
 * {@code regionId}, so deleting a region's graph leaves them.
 */
public final class Neo4jAuditLog implements AuditLog {

    private final Driver driver;
    private final CypherQueries queries;

    public Neo4jAuditLog(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.queries = new CypherQueries().require("audit-record", "audit-read", "audit-count");
    }

    @Override
    public void record(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        var properties = new HashMap<String, Object>();
        properties.put("id", entry.id());
        properties.put("at", utc(entry.at()));
        properties.put("actor", entry.actor());
        properties.put("method", entry.method());
        properties.put("path", entry.path());
        properties.put("region", entry.regionId());
        properties.put("entityKind", entry.entityKind());
        properties.put("entityId", entry.entityId());
        properties.put("status", entry.status());
        properties.put("dataVersion", entry.dataVersion());
        properties.put("requestId", entry.requestId());
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(queries.get("audit-record"),
                    Map.of("entry", properties)).consume());
        }
    }

    @Override
    public Slice read(String regionId, Instant from, Instant to, long offset, int limit) {
        Objects.requireNonNull(regionId, "regionId");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        Map<String, Object> range = Map.of("regionId", regionId, "from", utc(from), "to", utc(to));
        var page = new HashMap<>(range);
        page.put("offset", offset);
        page.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new Slice(
                    tx.run(queries.get("audit-read"), page).list(Neo4jAuditLog::entry),
                    tx.run(queries.get("audit-count"), range).single().get("total").asLong()));
        }
    }

    private static ZonedDateTime utc(Instant instant) {
        return Objects.requireNonNull(instant, "instant").atZone(ZoneOffset.UTC);
    }

    private static Entry entry(Record r) {
        Value version = r.get("dataVersion");
        return new Entry(r.get("id").asString(), r.get("at").asZonedDateTime().toInstant(), r.get("actor").asString(),
                r.get("method").asString(), r.get("path").asString(), r.get("regionId").asString(null),
                r.get("entityKind").asString(null), r.get("entityId").asString(null), r.get("status").asInt(),
                version.isNull() ? null : version.asLong(), r.get("requestId").asString(null));
    }
}
