package org.coopgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Member;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one {@link ImportPlan} inside one transaction: region and data version first (its lock
 * serialises writers of the region), then taxonomy, then the owned relationships of updated entities
 * are removed, then nodes, then every relationship. New entities have nothing to remove, so their
 * relationships go straight to CREATE (about twice as fast as MERGE, see shared/NEO4J-NOTES.md).
 */
final class PlanWriter {

    static final List<String> QUERIES = List.of("region-write", "sectors-write", "sectors-unlink", "sectors-link", "skills-write",
            "skills-unlink", "skills-link", "themes-write", "members-create", "members-update", "projects-create", "projects-update",
            "questions-create", "questions-update", "value-chains-create", "value-chains-update",
            "member-relations-delete", "project-relations-delete", "question-relations-delete",
            "value-chain-steps-delete", "ties-delete", "in-sector-create", "has-skill-create", "teaches-create",
            "supplies-create", "has-stake-create", "participates-in-create", "requires-create", "addresses-create",
            "asks-create", "needs-create", "about-create", "ties-create", "chain-steps-create",
            "needs-sector-create", "needs-skill-create");

    private final TransactionContext tx;
    private final CypherQueries queries;
    private final ImportPlan plan;
    private final BatchWriter out;

    PlanWriter(TransactionContext tx, CypherQueries queries, ImportPlan plan, int batchSize) {
        this.tx = tx;
        this.queries = queries;
        this.plan = plan;
        this.out = new BatchWriter(tx, queries, plan.regionId(), batchSize);
    }

    /** Writes the plan and returns the region's new data version. */
    long write() {
        long version = tx.run(queries.get("region-write"), PlanRows.row("regionId", plan.regionId(),
                "name", plan.region().name(), "country", plan.region().country())).single().get("version").asLong();
        RegionDocument c = plan.changes();
        out.write("sectors-write", c.sectors().stream().map(PlanRows::sector));
        out.write("sectors-unlink", c.sectors().stream().map(PlanRows::sector));
        out.relations("sectors-link", c.sectors().stream().filter(s -> s.parentCode() != null).map(PlanRows::sector));
        out.write("skills-write", c.skills().stream().map(PlanRows::skill));
        out.write("skills-unlink", c.skills().stream().map(PlanRows::skill));
        out.relations("skills-link", c.skills().stream().filter(s -> s.broaderId() != null).map(PlanRows::skill));
        out.write("themes-write", c.themes().stream().map(PlanRows::theme));
        removeOwnedRelationships(c);
        nodes("members", c.members(), Member::id, EntityKind.MEMBER, PlanRows::member);
        nodes("projects", c.projects(), Project::id, EntityKind.PROJECT, PlanRows::project);
        nodes("questions", c.questions(), Question::id, EntityKind.QUESTION, PlanRows::question);
        nodes("value-chains", c.valueChains(), ValueChain::id, EntityKind.VALUE_CHAIN, PlanRows::valueChain);
        relations(c);
        return version;
    }

    private void removeOwnedRelationships(RegionDocument c) {
        out.ids("member-relations-delete", plan.updated(EntityKind.MEMBER));
        out.ids("project-relations-delete", plan.updated(EntityKind.PROJECT));
        out.ids("question-relations-delete", plan.updated(EntityKind.QUESTION));
        out.ids("value-chain-steps-delete", plan.updated(EntityKind.VALUE_CHAIN));
        Set<String> updatedTies = plan.updated(EntityKind.TIE);
        out.write("ties-delete", c.ties().stream().filter(t -> updatedTies.contains(t.key())).map(PlanRows::tie));
    }

    private <T> void nodes(String kind, List<T> changed, Function<T, String> id, EntityKind entity,
                           Function<T, Map<String, Object>> row) {
        Set<String> updated = plan.updated(entity);
        out.write(kind + "-create", changed.stream().filter(e -> !updated.contains(id.apply(e))).map(row));
        out.write(kind + "-update", changed.stream().filter(e -> updated.contains(id.apply(e))).map(row));
    }

    private void relations(RegionDocument c) {
        out.relations("in-sector-create", each(c.members(), PlanRows::inSector));
        out.relations("has-skill-create", each(c.members(), PlanRows::hasSkill));
        out.relations("teaches-create", each(c.members(), PlanRows::teaches));
        out.relations("supplies-create", each(c.members(), PlanRows::supplies));
        out.relations("has-stake-create", each(c.members(), PlanRows::hasStake));
        out.relations("participates-in-create", each(c.projects(), PlanRows::participatesIn));
        out.relations("requires-create", each(c.projects(), PlanRows::requires));
        out.relations("addresses-create", each(c.projects(), PlanRows::addresses));
        out.relations("asks-create", each(c.questions(), PlanRows::asks));
        out.relations("needs-create", each(c.questions(), PlanRows::needs));
        out.relations("about-create", each(c.questions(), PlanRows::about));
        out.relations("chain-steps-create", each(c.valueChains(), PlanRows::steps));
        out.relations("needs-sector-create", each(c.valueChains(), PlanRows::needsSector));
        out.relations("needs-skill-create", each(c.valueChains(), PlanRows::needsSkill));
        out.relations("ties-create", c.ties().stream().map(PlanRows::tie));
    }

    private static <T> Stream<Map<String, Object>> each(List<T> entities, Function<T, Stream<Map<String, Object>>> rows) {
        return entities.stream().flatMap(rows);
    }
}
