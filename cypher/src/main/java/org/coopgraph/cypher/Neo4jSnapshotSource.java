package org.coopgraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.port.SnapshotSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * The {@link SnapshotSource} on Neo4j: one query per kind of entity, each returning one row per entity
 * with its relationships collected, all fetched at once (fetch size -1). Over Bolt that is the fastest
 * shape measured (shared/NEO4J-NOTES.md). Neo4j reads are read-committed, so a write committing
 * mid-load could mix two versions: the version is read before and after, and the load repeated if
 * it moved.
 */
public final class Neo4jSnapshotSource implements SnapshotSource {

    private static final int ATTEMPTS = 3;
    // Fetch everything in one go: with the default of 1000 rows per round trip a big region loads ~2x slower.
    private static final SessionConfig FETCH_ALL = SessionConfig.builder().withFetchSize(-1).build();

    private final Driver driver;
    private final CypherQueries queries;

    public Neo4jSnapshotSource(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.queries = new CypherQueries().require("region-read", "region-version", "sectors-read", "skills-read",
                "themes-read", "members-read", "projects-read", "questions-read", "value-chains-read");
    }

    @Override
    public Optional<NetworkSnapshot> load(String regionId) {
        Objects.requireNonNull(regionId, "regionId");
        try (Session session = driver.session(FETCH_ALL)) {
            Optional<NetworkSnapshot> snapshot = Optional.empty();
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                snapshot = session.executeRead(tx -> read(tx, regionId));
                if (snapshot.isEmpty() || snapshot.get().dataVersion() == version(session, regionId)) {
                    return snapshot;
                }
            }
            // Writes kept landing during the load; the last read is still one the caller can use and
            // its version is older than the region's, so a version-keyed cache will reload it.
            return snapshot;
        }
    }

    @Override
    public Taxonomy taxonomy() {
        try (Session session = driver.session(FETCH_ALL)) {
            return session.executeRead(this::taxonomy);
        }
    }

    private Optional<NetworkSnapshot> read(TransactionContext tx, String regionId) {
        List<Record> regionRows = tx.run(queries.get("region-read"), Map.of("regionId", regionId)).list();
        if (regionRows.isEmpty()) {
            return Optional.empty();
        }
        Record r = regionRows.get(0);
        // Nodes of a staged import count only once the region lists the import as published.
        Map<String, Object> params = Map.of("regionId", regionId, "published", r.get("published").asList());
        var region = new Region(r.get("id").asString(), r.get("name").asString(), r.get("country").asString(null));
        long version = r.get("version").asLong(0);
        var members = new ArrayList<Member>();
        var ties = new ArrayList<Tie>();
        tx.run(queries.get("members-read"), params).forEachRemaining(row -> {
            members.add(SnapshotRows.member(row));
            ties.addAll(SnapshotRows.ties(row));
        });
        var projects = tx.run(queries.get("projects-read"), params).list(SnapshotRows::project);
        var questions = tx.run(queries.get("questions-read"), params).list(SnapshotRows::question);
        var chains = tx.run(queries.get("value-chains-read"), params).list(SnapshotRows::valueChain);
        return Optional.of(new NetworkSnapshot(region, version, null, taxonomy(tx), members, projects, questions,
                ties, chains));
    }

    private Taxonomy taxonomy(TransactionContext tx) {
        return Taxonomy.of(tx.run(queries.get("sectors-read")).list(SnapshotRows::sector),
                tx.run(queries.get("skills-read")).list(SnapshotRows::skill),
                tx.run(queries.get("themes-read")).list(SnapshotRows::theme));
    }

    private long version(Session session, String regionId) {
        return session.executeRead(tx -> {
            var rows = tx.run(queries.get("region-version"), Map.of("regionId", regionId)).list();
            return rows.isEmpty() ? -1L : rows.get(0).get("version").asLong(0);
        });
    }
}
