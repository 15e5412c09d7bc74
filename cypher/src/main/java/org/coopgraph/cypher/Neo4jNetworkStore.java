package org.coopgraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Region;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.port.NetworkStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The {@link NetworkStore} on Neo4j. Every write becomes visible in one transaction that also bumps
 * the region's data version, so readers caching by version never see a half-written or stale region.
 * Plans of up to {@link #SINGLE_TRANSACTION_ROWS} rows are written in that one transaction; larger ones
 * are staged first ({@link StagedImport}), which keeps a 100k-member import within a 1 GB heap.
 * Callers serialise writes to one region (a staged import sweeps what another left unpublished).
 */
public final class Neo4jNetworkStore implements NetworkStore {

    static final int BATCH_SIZE = 10_000;
    /**
     * Up to this many nodes and relationships a plan is written in one transaction; larger plans are
     * staged ({@link StagedImport}). 50k rows hold roughly 60 MB of transaction state.
     */
    static final long SINGLE_TRANSACTION_ROWS = 50_000;

    private final Driver driver;
    private final CypherQueries queries;
    private final int batchSize;
    private final long singleTransactionRows;

    public Neo4jNetworkStore(Driver driver) {
        this(driver, BATCH_SIZE, SINGLE_TRANSACTION_ROWS);
    }

    /** Small sizes let tests fail a write in a later batch, and stage tiny plans. */
    Neo4jNetworkStore(Driver driver, int batchSize, long singleTransactionRows) {
        this.driver = Objects.requireNonNull(driver, "driver");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
        this.singleTransactionRows = singleTransactionRows;
        this.queries = new CypherQueries().require(PlanWriter.QUERIES.toArray(String[]::new))
                .require("sectors-stage", "skills-stage", "themes-stage", "import-publish", "import-sweep", "import-tidy",
                        "import-forget", "import-leftovers", "import-leftovers-all")
                .require("regions-read", "region-version", "region-bump", "member-delete", "project-delete",
                        "question-delete", "value-chain-delete", "tie-delete");
    }

    @Override
    public List<Region> regions() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get("regions-read")).list(r -> new Region(
                    r.get("id").asString(), r.get("name").asString(), r.get("country").asString(null))));
        }
    }

    @Override
    public OptionalLong dataVersion(String regionId) {
        Objects.requireNonNull(regionId, "regionId");
        try (Session session = driver.session()) {
            return session.executeRead(tx -> version(tx, regionId));
        }
    }

    @Override
    public long apply(ImportPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.isEmpty()) {
            return dataVersion(plan.regionId()).orElse(0);
        }
        if (StagedImport.rows(plan.changes()) > singleTransactionRows) {
            return StagedImport.run(driver, queries, plan, batchSize);
        }
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> PlanWriter.writeAll(tx, queries, plan, batchSize));
        }
    }

    /**
     * Removes what crashed staged imports left: unpublished ones are swept, published ones tidied (a region's
     * next import does the same for that region). Only while no import runs, e.g. at start-up on a database
     * this process has to itself. Returns how many imports were finished.
     */
    public int finishInterruptedImports() {
        return StagedImport.finishAllLeftovers(driver, queries);
    }

    @Override
    public boolean delete(String regionId, EntityKind kind, String id) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                long deleted = kind == EntityKind.TIE ? deleteTie(tx, regionId, id)
                        : tx.run(queries.get(deleteQuery(kind)), Map.of("regionId", regionId, "id", id))
                                .single().get("deleted").asLong();
                if (deleted > 0) {
                    tx.run(queries.get("region-bump"), Map.of("regionId", regionId)).consume();
                }
                return deleted > 0;
            });
        }
    }

    private long deleteTie(TransactionContext tx, String regionId, String key) {
        int last = key.lastIndexOf('|');
        if (last < 0 || !isTieKind(key.substring(last + 1))) {
            return 0;
        }
        String ends = key.substring(0, last);
        var pairs = new ArrayList<List<String>>();
        for (int i = ends.indexOf('|'); i >= 0; i = ends.indexOf('|', i + 1)) {
            pairs.add(List.of(ends.substring(0, i), ends.substring(i + 1)));
        }
        return tx.run(queries.get("tie-delete"), Map.of("regionId", regionId, "kind", key.substring(last + 1),
                "pairs", pairs)).single().get("deleted").asLong();
    }

    private static boolean isTieKind(String name) {
        for (TieKind kind : TieKind.values()) {
            if (kind.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String deleteQuery(EntityKind kind) {
        return switch (kind) {
            case MEMBER -> "member-delete";
            case PROJECT -> "project-delete";
            case QUESTION -> "question-delete";
            case VALUE_CHAIN -> "value-chain-delete";
            case TIE -> throw new IllegalArgumentException("ties are deleted by key");
        };
    }

    private OptionalLong version(TransactionContext tx, String regionId) {
        var rows = tx.run(queries.get("region-version"), Map.of("regionId", regionId)).list();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).get("version").asLong());
    }
}
