package org.coopgraph.cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;
import org.coopgraph.model.port.SnapshotSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The {@link SnapshotSource} on Neo4j: one query per kind of entity, each returning one row per entity
 * with its relationships collected, all fetched at once (fetch size -1), which is the fastest shape
 * over Bolt (shared/NEO4J-NOTES.md). After the taxonomy, members are read on the calling thread while a
 * second thread reads ties, projects, questions and value chains, so both cores work. Neo4j reads are
 * read-committed, so a write committing mid-load could mix two versions: the version is read before
 * and after, and the load repeated if it moved.
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
                "themes-read", "members-read", "ties-read", "projects-read", "questions-read", "value-chains-read");
    }

    @Override
    public Optional<NetworkSnapshot> load(String regionId) {
        Objects.requireNonNull(regionId, "regionId");
        Optional<NetworkSnapshot> snapshot = Optional.empty();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            snapshot = read(regionId);
            if (snapshot.isEmpty() || snapshot.get().dataVersion() == version(regionId)) {
                return snapshot;
            }
        }
        // Writes kept landing during the load; the last read is still usable and carries an older version
        // than the region's, so a cache keyed by version loads again next time.
        return snapshot;
    }

    @Override
    public Taxonomy taxonomy() {
        return readTaxonomy().taxonomy();
    }

    private record TaxonomyRead(Taxonomy taxonomy, SnapshotRows.Keys keys) {
    }

    /** What the second thread reads; ties stay rows until the members' node ids are known. */
    private record Rest(List<Record> tieRows, List<Project> projects, List<Question> questions,
                        List<ValueChain> valueChains) {
    }

    private Optional<NetworkSnapshot> read(String regionId) {
        List<Record> regionRows;
        try (Session session = driver.session(FETCH_ALL)) {
            regionRows = session.executeRead(tx -> tx.run(queries.get("region-read"), Map.of("regionId", regionId)).list());
        }
        if (regionRows.isEmpty()) {
            return Optional.empty();
        }
        Record r = regionRows.get(0);
        var region = new Region(r.get("id").asString(), r.get("name").asString(), r.get("country").asString(null));
        // Nodes of a staged import count only once the region lists the import as published.
        Map<String, Object> params = Map.of("regionId", regionId, "published", r.get("published").asList());
        TaxonomyRead taxonomy = readTaxonomy();
        CompletableFuture<Rest> rest = CompletableFuture.supplyAsync(() -> readRest(params, taxonomy.keys()), task -> {
            Thread thread = new Thread(task, "snapshot-load-" + regionId);
            thread.setDaemon(true);
            thread.start();
        });
        var memberIds = new HashMap<Long, String>();
        List<Member> members = readMembers(params, taxonomy.keys(), memberIds);
        Rest other = join(rest);
        var ties = new ArrayList<Tie>();
        other.tieRows().forEach(row -> ties.addAll(SnapshotRows.ties(row, memberIds)));
        return Optional.of(new NetworkSnapshot(region, r.get("version").asLong(0), null, taxonomy.taxonomy(), members,
                other.projects(), other.questions(), ties, other.valueChains()));
    }

    private List<Member> readMembers(Map<String, Object> params, SnapshotRows.Keys keys, Map<Long, String> memberIds) {
        try (Session session = driver.session(FETCH_ALL)) {
            return session.executeRead(tx -> {
                memberIds.clear();
                var members = new ArrayList<Member>();
                tx.run(queries.get("members-read"), params).forEachRemaining(row -> {
                    Member member = SnapshotRows.member(row, keys);
                    members.add(member);
                    memberIds.put(row.get("nid").asLong(), member.id());
                });
                return members;
            });
        }
    }

    private Rest readRest(Map<String, Object> params, SnapshotRows.Keys keys) {
        try (Session session = driver.session(FETCH_ALL)) {
            return session.executeRead(tx -> new Rest(tx.run(queries.get("ties-read"), params).list(),
                    tx.run(queries.get("projects-read"), params).list(row -> SnapshotRows.project(row, keys)),
                    tx.run(queries.get("questions-read"), params).list(row -> SnapshotRows.question(row, keys)),
                    tx.run(queries.get("value-chains-read"), params).list(row -> SnapshotRows.valueChain(row, keys))));
        }
    }

    private static Rest join(CompletableFuture<Rest> rest) {
        try {
            return rest.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private TaxonomyRead readTaxonomy() {
        try (Session session = driver.session(FETCH_ALL)) {
            return session.executeRead(tx -> {
                List<Record> sectors = tx.run(queries.get("sectors-read")).list();
                List<Record> skills = tx.run(queries.get("skills-read")).list();
                List<Record> themes = tx.run(queries.get("themes-read")).list();
                return new TaxonomyRead(Taxonomy.of(sectors.stream().map(SnapshotRows::sector).toList(),
                        skills.stream().map(SnapshotRows::skill).toList(), themes.stream().map(SnapshotRows::theme).toList()),
                        SnapshotRows.Keys.of(sectors, skills, themes));
            });
        }
    }

    private long version(String regionId) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var rows = tx.run(queries.get("region-version"), Map.of("regionId", regionId)).list();
                return rows.isEmpty() ? -1L : rows.get(0).get("version").asLong(0);
            });
        }
    }
}
