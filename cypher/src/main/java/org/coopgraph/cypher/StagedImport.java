package org.coopgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.ValueChain;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * All-or-nothing for imports too large for one transaction. Neo4j keeps a transaction's changes on
 * the heap (~1.2 KB per new relationship, measured): a 100k-member region in one transaction needed
 * more than 1.5 GB live. So the plan's new entities and their relationships are written in committed
 * batches, each new node marked with an importId that readers skip; one publishing transaction then
 * lists the importId on the Region (readers accept it from then on), writes the plan's updates and
 * bumps the data version. A failure before that sweeps the marked nodes away. After publishing, the
 * markers are removed in small transactions; a crash leaves work that the next import of the region
 * finishes ({@link #finishLeftovers}).
 */
final class StagedImport {

    private static final System.Logger LOG = System.getLogger(StagedImport.class.getName());

    private StagedImport() {
    }

    static long run(Driver driver, CypherQueries queries, ImportPlan plan, int batchSize) {
        String importId = UUID.randomUUID().toString();
        // Writes to one region are serialised by the caller, so anything staged for it now was left by a crash.
        finishLeftovers(driver, queries, plan.regionId());
        long version;
        try (Session session = driver.session()) {
            BatchWriter.Sink eachBatchCommitted = (cypher, parameters) ->
                    session.executeWrite(tx -> BatchWriter.in(tx).run(cypher, parameters));
            var staging = new PlanWriter(plan, new BatchWriter(eachBatchCommitted, queries, plan.regionId(),
                    Map.of("regionId", plan.regionId(), "importId", importId), batchSize));
            staging.stageTaxonomy();
            staging.nodes(PlanWriter.Part.NEW);
            staging.relations(PlanWriter.Part.NEW);
            version = session.executeWrite(tx -> publish(tx, queries, plan, importId, batchSize));
        } catch (RuntimeException e) {
            try {
                run(driver, queries, "import-sweep", plan.regionId(), importId);
            } catch (RuntimeException sweepFailure) {
                e.addSuppressed(sweepFailure);
            }
            throw e;
        }
        try {
            tidy(driver, queries, plan.regionId(), importId);
        } catch (RuntimeException e) {
            // The import is published and complete; only its markers remain, for the next import to tidy.
            LOG.log(System.Logger.Level.WARNING, "import " + importId + " into region " + plan.regionId()
                    + " is published but its staging markers could not be removed yet", e);
        }
        return version;
    }

    private static long publish(TransactionContext tx, CypherQueries queries, ImportPlan plan, String importId,
                                int batchSize) {
        long version = PlanWriter.writeRegion(tx, queries, plan);
        var writer = new PlanWriter(plan, new BatchWriter(BatchWriter.in(tx), queries, plan.regionId(),
                PlanRows.row("regionId", plan.regionId(), "importId", null), batchSize));
        writer.taxonomy();
        Record staged = tx.run(queries.get("import-publish"), Map.of("regionId", plan.regionId(), "importId", importId))
                .single();
        RegionDocument c = plan.changes();
        List<ValueChain> newChains = c.valueChains().stream()
                .filter(v -> !plan.updated(EntityKind.VALUE_CHAIN).contains(v.id())).toList();
        expect(plan, staged, "members", c.members().size() - plan.updated(EntityKind.MEMBER).size());
        expect(plan, staged, "projects", c.projects().size() - plan.updated(EntityKind.PROJECT).size());
        expect(plan, staged, "questions", c.questions().size() - plan.updated(EntityKind.QUESTION).size());
        expect(plan, staged, "valueChains", newChains.size());
        expect(plan, staged, "steps", newChains.stream().mapToLong(v -> v.steps().size()).sum());
        writer.removeOwnedRelationships();
        writer.nodes(PlanWriter.Part.UPDATED);
        writer.relations(PlanWriter.Part.UPDATED);
        return version;
    }

    /** Staged nodes went missing, e.g. deleted by a concurrent write: publishing would be incomplete. */
    private static void expect(ImportPlan plan, Record staged, String kind, long expected) {
        long found = staged.get(kind).asLong();
        if (found != expected) {
            throw new IllegalStateException("import into region '" + plan.regionId() + "' rolled back, nothing was"
                    + " written: " + expected + " staged " + kind + " expected, " + found + " found");
        }
    }

    /** Sweeps unpublished imports of the region a crash left behind, and tidies published ones. */
    static void finishLeftovers(Driver driver, CypherQueries queries, String regionId) {
        Record leftovers;
        try (Session session = driver.session()) {
            leftovers = session.executeRead(tx -> tx.run(queries.get("import-leftovers"),
                    Map.of("regionId", regionId)).single());
        }
        List<String> published = leftovers.get("published").asList(Value::asString);
        for (String importId : leftovers.get("staged").asList(Value::asString)) {
            if (!published.contains(importId)) {
                run(driver, queries, "import-sweep", regionId, importId);
            }
        }
        for (String importId : published) {
            tidy(driver, queries, regionId, importId);
        }
    }

    /**
     * {@link #finishLeftovers} for every region at once, and for staged taxonomy entries; only safe while no
     * import runs (at start-up, with the database to ourselves). Returns how many imports were swept or tidied.
     */
    static int finishAllLeftovers(Driver driver, CypherQueries queries) {
        Record leftovers;
        try (Session session = driver.session()) {
            leftovers = session.executeRead(tx -> tx.run(queries.get("import-leftovers-all")).single());
        }
        var publishedIds = new java.util.HashSet<String>();
        int finished = 0;
        for (Value region : leftovers.get("published").values()) {
            for (String importId : region.get("published").asList(Value::asString)) {
                tidy(driver, queries, region.get("regionId").asString(), importId);
                publishedIds.add(importId);
                finished++;
            }
        }
        for (String importId : leftovers.get("staged").asList(Value::asString)) {
            if (!publishedIds.contains(importId)) {
                run(driver, queries, "import-sweep", null, importId);
                finished++;
            }
        }
        return finished;
    }

    private static void tidy(Driver driver, CypherQueries queries, String regionId, String importId) {
        run(driver, queries, "import-tidy", regionId, importId);
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(queries.get("import-forget"),
                    Map.of("regionId", regionId, "importId", importId)).consume());
        }
    }

    /** Auto-commit, as the sweep and tidy queries commit in batches themselves (CALL ... IN TRANSACTIONS). */
    private static void run(Driver driver, CypherQueries queries, String query, String regionId, String importId) {
        try (Session session = driver.session()) {
            var parameters = new java.util.HashMap<String, Object>();
            parameters.put("regionId", regionId);
            parameters.put("importId", importId);
            session.run(queries.get(query), parameters).consume();
        }
    }

    /** How many nodes and relationships writing the document creates at most: the size of its transaction. */
    static long rows(RegionDocument d) {
        long rows = d.size();
        for (var m : d.members()) {
            rows += m.sectors().size() + m.skills().size() + m.teaches().size() + m.suppliesTo().size() + m.stakes().size();
        }
        for (var p : d.projects()) {
            rows += p.participants().size() + p.requires().size() + p.themes().size();
        }
        for (var q : d.questions()) {
            rows += 1 + q.needs().size() + q.themes().size();
        }
        for (ValueChain v : d.valueChains()) {
            rows += v.steps().stream().mapToLong(s -> 2 + s.sectors().size() + s.skills().size()).sum();
        }
        return rows + d.ties().size() + d.sectors().size() + d.skills().size();
    }
}
