package org.coopgraph.cypher;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Member;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.ValueChain;

/**
 * Which regionId a regional node carries while a plan is written: the real one, or for the plan's
 * new entities during a staged import the staging id, so relationship rows find both of their ends.
 */
final class Regions {

    private final String regionId;
    private final String stagingId;
    private final Set<String> newMembers;
    private final Set<String> newProjects;
    private final Set<String> newQuestions;
    private final Set<String> newChains;

    private Regions(String regionId, String stagingId, ImportPlan plan) {
        this.regionId = regionId;
        this.stagingId = stagingId;
        boolean staged = stagingId != null;
        this.newMembers = staged ? newIds(plan, plan.changes().members(), Member::id, EntityKind.MEMBER) : Set.of();
        this.newProjects = staged ? newIds(plan, plan.changes().projects(), Project::id, EntityKind.PROJECT) : Set.of();
        this.newQuestions = staged ? newIds(plan, plan.changes().questions(), Question::id, EntityKind.QUESTION) : Set.of();
        this.newChains = staged ? newIds(plan, plan.changes().valueChains(), ValueChain::id, EntityKind.VALUE_CHAIN) : Set.of();
    }

    /** Every node carries the real region id. */
    static Regions real(ImportPlan plan) {
        return new Regions(plan.regionId(), null, plan);
    }

    /** The plan's new entities carry {@code stagingId} until the import is published. */
    static Regions staged(ImportPlan plan, String stagingId) {
        return new Regions(plan.regionId(), stagingId, plan);
    }

    String member(String id) {
        return newMembers.contains(id) ? stagingId : regionId;
    }

    String project(String id) {
        return newProjects.contains(id) ? stagingId : regionId;
    }

    String question(String id) {
        return newQuestions.contains(id) ? stagingId : regionId;
    }

    String chain(String id) {
        return newChains.contains(id) ? stagingId : regionId;
    }

    private static <T> Set<String> newIds(ImportPlan plan, List<T> changed, Function<T, String> id, EntityKind kind) {
        var ids = new HashSet<String>();
        Set<String> updated = plan.updated(kind);
        for (T entity : changed) {
            if (!updated.contains(id.apply(entity))) {
                ids.add(id.apply(entity));
            }
        }
        return ids;
    }
}
