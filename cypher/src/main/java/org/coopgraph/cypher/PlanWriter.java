package org.coopgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * The steps of writing an {@link ImportPlan}. In one transaction ({@link #writeAll}): region and data
 * version first (its lock serialises writers of the region), taxonomy, removal of the owned
 * relationships of updated entities, nodes, then relationships. New entities have nothing to remove,
 * so their relationships go straight to CREATE (about twice as fast as MERGE, see NEO4J-NOTES.md).
 * A staged import ({@link StagedImport}) runs the same steps split between staging and publishing.
 */
final class PlanWriter {

    /** Which of the plan's entities a step covers. */
    enum Part {
        ALL, NEW, UPDATED
    }

    static final List<String> QUERIES = List.of("region-write", "sectors-write", "sectors-unlink", "sectors-link",
            "skills-write", "skills-unlink", "skills-link", "themes-write", "members-create", "members-update",
            "projects-create", "projects-update", "questions-create", "questions-update", "value-chains-create",
            "value-chains-update", "member-relations-delete", "project-relations-delete", "question-relations-delete",
            "value-chain-steps-delete", "ties-delete", "in-sector-create", "has-skill-create", "teaches-create",
            "supplies-create", "has-stake-create", "participates-in-create", "requires-create", "addresses-create",
            "asks-create", "needs-create", "about-create", "ties-create", "chain-steps-create",
            "needs-sector-create", "needs-skill-create");

    private final ImportPlan plan;
    private final RegionDocument c;
    private final BatchWriter out;

    PlanWriter(ImportPlan plan, BatchWriter out) {
        this.plan = plan;
        this.c = plan.changes();
        this.out = out;
    }

    /** Writes the whole plan in {@code tx}; returns the region's new data version. */
    static long writeAll(TransactionContext tx, CypherQueries queries, ImportPlan plan, int batchSize) {
        var writer = new PlanWriter(plan, new BatchWriter(BatchWriter.in(tx), queries, plan.regionId(),
                PlanRows.row("regionId", plan.regionId(), "importId", null), batchSize));
        long version = writeRegion(tx, queries, plan);
        writer.taxonomy();
        writer.removeOwnedRelationships();
        writer.nodes(Part.ALL);
        writer.relations(Part.ALL);
        return version;
    }

    /** Creates or renames the region and bumps its data version; returns the new version. */
    static long writeRegion(TransactionContext tx, CypherQueries queries, ImportPlan plan) {
        return tx.run(queries.get("region-write"), PlanRows.row("regionId", plan.regionId(),
                "name", plan.region().name(), "country", plan.region().country())).single().get("version").asLong();
    }

    void taxonomy() {
        out.write("sectors-write", c.sectors().stream().map(PlanRows::sector));
        out.write("sectors-unlink", c.sectors().stream().map(PlanRows::sector));
        out.relations("sectors-link", c.sectors().stream().filter(s -> s.parentCode() != null).map(PlanRows::sector));
        out.write("skills-write", c.skills().stream().map(PlanRows::skill));
        out.write("skills-unlink", c.skills().stream().map(PlanRows::skill));
        out.relations("skills-link", c.skills().stream().filter(s -> s.broaderId() != null).map(PlanRows::skill));
        out.write("themes-write", c.themes().stream().map(PlanRows::theme));
    }

    /** Creates hidden taxonomy nodes for entries new to the installation (staged imports only). */
    void stageTaxonomy() {
        out.write("sectors-stage", c.sectors().stream().map(PlanRows::sector));
        out.write("skills-stage", c.skills().stream().map(PlanRows::skill));
        out.write("themes-stage", c.themes().stream().map(PlanRows::theme));
    }

    void removeOwnedRelationships() {
        out.ids("member-relations-delete", plan.updated(EntityKind.MEMBER));
        out.ids("project-relations-delete", plan.updated(EntityKind.PROJECT));
        out.ids("question-relations-delete", plan.updated(EntityKind.QUESTION));
        out.ids("value-chain-steps-delete", plan.updated(EntityKind.VALUE_CHAIN));
        Set<String> updatedTies = plan.updated(EntityKind.TIE);
        out.write("ties-delete", c.ties().stream().filter(t -> updatedTies.contains(t.key())).map(PlanRows::tie));
    }

    /** New entities are created (staged ones marked with the writer's {@code importId}), updated ones merged. */
    void nodes(Part part) {
        nodes("members", c.members(), Member::id, EntityKind.MEMBER, PlanRows::member, part);
        nodes("projects", c.projects(), Project::id, EntityKind.PROJECT, PlanRows::project, part);
        nodes("questions", c.questions(), Question::id, EntityKind.QUESTION, PlanRows::question, part);
        nodes("value-chains", c.valueChains(), ValueChain::id, EntityKind.VALUE_CHAIN, PlanRows::valueChain, part);
    }

    private <T> void nodes(String kind, List<T> changed, Function<T, String> id, EntityKind entity,
                           Function<T, Map<String, Object>> row, Part part) {
        Set<String> updated = plan.updated(entity);
        if (part != Part.UPDATED) {
            out.write(kind + "-create", changed.stream().filter(e -> !updated.contains(id.apply(e))).map(row));
        }
        if (part != Part.NEW) {
            out.write(kind + "-update", changed.stream().filter(e -> updated.contains(id.apply(e))).map(row));
        }
    }

    /** The relationships owned by the entities of {@code part}. */
    void relations(Part part) {
        var members = select(c.members(), Member::id, EntityKind.MEMBER, part);
        var projects = select(c.projects(), Project::id, EntityKind.PROJECT, part);
        var questions = select(c.questions(), Question::id, EntityKind.QUESTION, part);
        var chains = select(c.valueChains(), ValueChain::id, EntityKind.VALUE_CHAIN, part);
        out.relations("in-sector-create", members.get().flatMap(PlanRows::inSector));
        out.relations("has-skill-create", members.get().flatMap(PlanRows::hasSkill));
        out.relations("teaches-create", members.get().flatMap(PlanRows::teaches));
        out.relations("supplies-create", members.get().flatMap(PlanRows::supplies));
        out.relations("has-stake-create", members.get().flatMap(PlanRows::hasStake));
        out.relations("participates-in-create", projects.get().flatMap(PlanRows::participatesIn));
        out.relations("requires-create", projects.get().flatMap(PlanRows::requires));
        out.relations("addresses-create", projects.get().flatMap(PlanRows::addresses));
        out.relations("asks-create", questions.get().flatMap(PlanRows::asks));
        out.relations("needs-create", questions.get().flatMap(PlanRows::needs));
        out.relations("about-create", questions.get().flatMap(PlanRows::about));
        out.relations("chain-steps-create", chains.get().flatMap(PlanRows::steps));
        out.relations("needs-sector-create", chains.get().flatMap(PlanRows::needsSector));
        out.relations("needs-skill-create", chains.get().flatMap(PlanRows::needsSkill));
        out.relations("ties-create", select(c.ties(), Tie::key, EntityKind.TIE, part).get().map(PlanRows::tie));
    }

    private <T> java.util.function.Supplier<Stream<T>> select(List<T> entities, Function<T, String> id,
                                                              EntityKind kind, Part part) {
        Set<String> updated = plan.updated(kind);
        Predicate<T> wanted = switch (part) {
            case ALL -> e -> true;
            case NEW -> e -> !updated.contains(id.apply(e));
            case UPDATED -> e -> updated.contains(id.apply(e));
        };
        return () -> entities.stream().filter(wanted);
    }
}
