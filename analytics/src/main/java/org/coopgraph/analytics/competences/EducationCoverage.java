package org.coopgraph.analytics.competences;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopgraph.analytics.competences.CompetenceResult.Trainer;
import org.coopgraph.analytics.competences.CompetenceResult.TrainerMatch;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;

/** Which education members could train a skill: those teaching it, then those teaching a related skill. */
final class EducationCoverage {

    private final Map<String, SortedSet<String>> teachersBySkill = new HashMap<>();
    private final SkillHierarchy hierarchy;

    EducationCoverage(Collection<Member> members, SkillHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (Member member : members) {
            if (member.helix() == Helix.EDUCATION) {
                for (String skill : member.teaches()) {
                    teachersBySkill.computeIfAbsent(skill, s -> new TreeSet<>()).add(member.id());
                }
            }
        }
    }

    /** Teachers of the skill by id, then teachers of a related skill by id (each with its lowest-id related skill). */
    List<Trainer> trainers(String skillId) {
        SortedSet<String> direct = teachersBySkill.getOrDefault(skillId, new TreeSet<>());
        List<Trainer> trainers = new ArrayList<>();
        direct.forEach(id -> trainers.add(new Trainer(id, TrainerMatch.TEACHES, skillId)));
        Map<String, String> viaRelated = new TreeMap<>();
        for (String related : hierarchy.related(skillId)) {
            for (String id : teachersBySkill.getOrDefault(related, new TreeSet<>())) {
                if (!direct.contains(id)) {
                    viaRelated.putIfAbsent(id, related);
                }
            }
        }
        viaRelated.forEach((id, related) -> trainers.add(new Trainer(id, TrainerMatch.TEACHES_RELATED, related)));
        return trainers;
    }
}
