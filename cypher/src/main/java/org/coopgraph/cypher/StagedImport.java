package org.coopgraph.cypher;

import java.util.Map;
import java.util.UUID;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.ValueChain;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

/**
 * All-or-nothing for imports too large for one transaction. Neo4j keeps a transaction's changes on
 * the heap (~1.2 KB per new relationship, measured): a 100k-member region in one transaction needed
 * more than 1.5 GB live. So the plan's new entities and their relationships are written in committed
 * batches under a staging region id that no reader asks for (new taxonomy nodes carry an importId and
 * are filtered out), then one publishing transaction moves the staged nodes to the real region id,
 * writes all updates and bumps the data version. Any failure sweeps the staged nodes away again.
 */
final class StagedImport {

    /** A control character cannot occur in a region id, so no staging id can equal a real one. */
    private static final String PREFIX = "\u0001import/";

    private StagedImport() {
    }

    static long run(Driver driver, CypherQueries queries, ImportPlan plan, int batchSize) {
        String importId = UUID.randomUUID().toString();
        String regionPrefix = PREFIX + plan.regionId() + "/";
        String stagingId = regionPrefix + importId;
        // Imports of one region are serialised by the caller, so anything staged for it now was left by a crash.
        sweep(driver, queries, regionPrefix, null);
        try (Session session = driver.session()) {
            BatchWriter.Sink eachBatchCommitted = (cypher, parameters) ->
                    session.executeWrite(tx -> BatchWriter.in(tx).run(cypher, parameters));
            var staging = new PlanWriter(plan, new BatchWriter(eachBatchCommitted, queries, plan.regionId(),
                    Map.of("regionId", stagingId, "importId", importId), batchSize));
            staging.stageTaxonomy();
            staging.nodes(PlanWriter.Part.NEW);
            staging.relations(PlanWriter.Part.NEW, Regions.staged(plan, stagingId));
            return session.executeWrite(tx -> publish(tx, queries, plan, stagingId, batchSize));
        } catch (RuntimeException e) {
            try {
                sweep(driver, queries, stagingId, importId);
            } catch (RuntimeException sweepFailure) {
                e.addSuppressed(sweepFailure);
            }
            throw e;
        }
    }

    private static long publish(TransactionContext tx, CypherQueries queries, ImportPlan plan, String stagingId,
                                int batchSize) {
        long version = PlanWriter.writeRegion(tx, queries, plan);
        var writer = new PlanWriter(plan, new BatchWriter(BatchWriter.in(tx), queries, plan.regionId(),
                Map.of("regionId", plan.regionId()), batchSize));
        writer.taxonomy();
        Record moved = tx.run(queries.get("staged-publish"),
                Map.of("regionId", plan.regionId(), "stagingId", stagingId)).single();
        RegionDocument c = plan.changes();
        expect(plan, moved, "members", c.members().size() - plan.updated(org.coopgraph.model.EntityKind.MEMBER).size());
        expect(plan, moved, "projects", c.projects().size() - plan.updated(org.coopgraph.model.EntityKind.PROJECT).size());
        expect(plan, moved, "questions", c.questions().size() - plan.updated(org.coopgraph.model.EntityKind.QUESTION).size());
        var chains = Regions.staged(plan, stagingId);
        expect(plan, moved, "valueChains", c.valueChains().stream().filter(v -> chains.chain(v.id()).equals(stagingId)).count());
        expect(plan, moved, "steps", c.valueChains().stream().filter(v -> chains.chain(v.id()).equals(stagingId))
                .mapToLong(v -> v.steps().size()).sum());
        writer.removeOwnedRelationships();
        writer.nodes(PlanWriter.Part.UPDATED);
        writer.relations(PlanWriter.Part.UPDATED, Regions.real(plan));
        return version;
    }

    /** Another writer (or a sweep by a concurrent import of the region) disturbed the staged data. */
    private static void expect(ImportPlan plan, Record moved, String kind, long expected) {
        long found = moved.get(kind).asLong();
        if (found != expected) {
            throw new IllegalStateException("import into region '" + plan.regionId() + "' rolled back, nothing was"
                    + " written: " + expected + " staged " + kind + " expected, " + found + " found");
        }
    }

    private static void sweep(Driver driver, CypherQueries queries, String prefix, String importId) {
        try (Session session = driver.session()) {
            session.run(queries.get("staged-sweep"), Values.parameters("prefix", prefix, "importId", importId)).consume();
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
