package org.coopgraph.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The difference between a region as stored and an incoming document: only entries that are new or
 * different are written, which makes a repeated import a no-op and gives exact created/updated/unchanged
 * counts. {@code changes} holds canonical records; {@code updated} names, per kind, the ids (tie keys)
 * that already exist, so the store knows whose owned relationships to replace.
 */
public record ImportPlan(String regionId, Region region, boolean regionChanged, RegionDocument changes,
                         Map<EntityKind, Set<String>> updated, ImportSummary summary) {

    public ImportPlan {
        updated = Map.copyOf(updated);
    }

    /** Whether writing this plan would change the graph. */
    public boolean isEmpty() {
        return !regionChanged && !summary.changesAnything();
    }

    public Set<String> updated(EntityKind kind) {
        return updated.getOrDefault(kind, Set.of());
    }

    /** Plans the import of {@code doc} into the region {@code current} (which may be empty). */
    public static ImportPlan between(NetworkSnapshot current, RegionDocument doc) {
        Region region = doc.region() != null ? doc.region() : current.region();
        boolean regionChanged = current.dataVersion() == 0 || !region.equals(current.region());
        var counts = new LinkedHashMap<String, ImportSummary.Counts>();
        var updated = new LinkedHashMap<EntityKind, Set<String>>();
        var tax = current.taxonomy();
        var sectors = diff("sectors", doc.sectors(), Sector::code, tax.sectorByCode()::get, UnaryOperator.identity(), counts, null, updated);
        var skills = diff("skills", doc.skills(), Skill::id, tax.skillById()::get, UnaryOperator.identity(), counts, null, updated);
        var themes = diff("themes", doc.themes(), Theme::id, tax.themeById()::get, UnaryOperator.identity(), counts, null, updated);
        var members = diff("members", doc.members(), Member::id, id -> current.member(id).orElse(null), Canonical::of, counts, EntityKind.MEMBER, updated);
        var projects = diff("projects", doc.projects(), Project::id, id -> current.project(id).orElse(null), Canonical::of, counts, EntityKind.PROJECT, updated);
        var questions = diff("questions", doc.questions(), Question::id, id -> current.question(id).orElse(null), Canonical::of, counts, EntityKind.QUESTION, updated);
        Map<String, Tie> tieByKey = Taxonomy.index(current.ties(), Tie::key);
        var ties = diff("ties", doc.ties(), Tie::key, tieByKey::get, UnaryOperator.identity(), counts, EntityKind.TIE, updated);
        var chains = diff("valueChains", doc.valueChains(), ValueChain::id, id -> current.valueChain(id).orElse(null), Canonical::of, counts, EntityKind.VALUE_CHAIN, updated);
        var changes = new RegionDocument(region, sectors, skills, themes, members, projects, questions, ties, chains);
        return new ImportPlan(region.id(), region, regionChanged, changes, updated, new ImportSummary(counts));
    }

    private static <T> List<T> diff(String name, List<T> incoming, Function<T, String> key, Function<String, T> existing,
                                    UnaryOperator<T> canonical, Map<String, ImportSummary.Counts> counts,
                                    EntityKind kind, Map<EntityKind, Set<String>> updatedByKind) {
        var changed = new ArrayList<T>();
        var updatedKeys = new HashSet<String>();
        int created = 0;
        int unchanged = 0;
        for (T value : incoming) {
            T canonicalValue = canonical.apply(value);
            T old = existing.apply(key.apply(value));
            if (old == null) {
                created++;
                changed.add(canonicalValue);
            } else if (old.equals(canonicalValue)) {
                unchanged++;
            } else {
                updatedKeys.add(key.apply(value));
                changed.add(canonicalValue);
            }
        }
        counts.put(name, new ImportSummary.Counts(created, updatedKeys.size(), unchanged));
        if (kind != null) {
            updatedByKind.put(kind, Set.copyOf(updatedKeys));
        }
        return changed;
    }
}
