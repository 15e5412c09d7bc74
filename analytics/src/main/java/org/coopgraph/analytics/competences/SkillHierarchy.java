package org.coopgraph.analytics.competences;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Taxonomy;

/**
 * Relatedness of skills through the ESCO-style BROADER hierarchy: two skills are related when one is
 * the other's direct parent, or when they share the same direct parent (siblings). Only one step of
 * the hierarchy counts, so relatedness stays close: ESCO's broader/narrower skill relations group
 * closely allied skills, but two steps up the groups become too wide to stand in for each other.
 */
public final class SkillHierarchy {

    private final Map<String, SortedSet<String>> relatedById = new HashMap<>();

    private SkillHierarchy(List<Skill> skills) {
        Map<String, SortedSet<String>> children = new HashMap<>();
        for (Skill skill : skills) {
            if (skill.broaderId() != null) {
                children.computeIfAbsent(skill.broaderId(), p -> new TreeSet<>()).add(skill.id());
            }
        }
        for (Skill skill : skills) {
            SortedSet<String> related = new TreeSet<>(children.getOrDefault(skill.id(), new TreeSet<>()));
            if (skill.broaderId() != null) {
                related.add(skill.broaderId());
                related.addAll(children.get(skill.broaderId()));
            }
            related.remove(skill.id());
            relatedById.put(skill.id(), Collections.unmodifiableSortedSet(related));
        }
        // A parent known only as someone's broaderId (not itself in the taxonomy) still relates to its children.
        children.forEach((parent, kids) -> relatedById.computeIfAbsent(parent, p -> Collections.unmodifiableSortedSet(kids)));
    }

    public static SkillHierarchy of(Taxonomy taxonomy) {
        return new SkillHierarchy(taxonomy.skills());
    }

    /** The skills related to {@code skillId} (parent, children, siblings) in id order, never the skill itself. */
    public SortedSet<String> related(String skillId) {
        return relatedById.getOrDefault(skillId, Collections.emptySortedSet());
    }

    public boolean areRelated(String a, String b) {
        return related(a).contains(b);
    }
}
