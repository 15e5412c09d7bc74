package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coopgraph.analytics.competences.CompetenceWeights;
import org.coopgraph.analytics.competences.SkillHierarchy;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.SkillLevel;

/**
 * Skills as small ints (in id order), what each member offers and what it needs. A member offers a
 * skill it has (HAS_SKILL, any level) or, for an education member, one it TEACHES (counted at
 * {@link CompetenceWeights#TEACHING}, as in the competence analysis). It needs the required skills of
 * its open projects that no present participant has at the level asked, and the skills its
 * unanswered questions need. Relatedness is {@link SkillHierarchy}'s (parent, child, sibling).
 */
final class SkillIndex {

    /** Why a member needs a skill: a project or a question, by id. */
    record Need(int skill, String source, String sourceId) {
    }

    final String[] skillIds;
    final Map<String, Integer> skillNo = new HashMap<>();
    final int[][] offers;
    final int[][] offerLevels;
    final int[][] holders;
    final int[][] related;
    final int[][] needed;
    final int[][] needers;
    final List<List<Need>> needs;

    SkillIndex(NetworkSnapshot snapshot, Member[] members, Map<String, Integer> nodeOf) {
        TreeSet<String> all = new TreeSet<>();
        snapshot.taxonomy().skills().forEach(s -> all.add(s.id()));
        snapshot.members().forEach(m -> { m.skills().forEach(s -> all.add(s.skillId())); all.addAll(m.teaches()); });
        snapshot.projects().forEach(p -> p.requires().forEach(r -> all.add(r.skillId())));
        snapshot.questions().forEach(q -> all.addAll(q.needs()));
        skillIds = all.toArray(String[]::new);
        for (int i = 0; i < skillIds.length; i++) {
            skillNo.put(skillIds[i], i);
        }
        int n = members.length;
        offers = new int[n][];
        offerLevels = new int[n][];
        List<List<Integer>> holderLists = lists(skillIds.length);
        for (int v = 0; v < n; v++) {
            Map<Integer, Integer> levels = new java.util.TreeMap<>();
            for (SkillLevel s : members[v].skills()) {
                levels.merge(skillNo.get(s.skillId()), s.level(), Math::max);
            }
            if (members[v].helix() == Helix.EDUCATION) {
                members[v].teaches().forEach(k -> levels.merge(skillNo.get(k), (int) CompetenceWeights.TEACHING, Math::max));
            }
            offers[v] = levels.keySet().stream().mapToInt(Integer::intValue).toArray();
            offerLevels[v] = levels.values().stream().mapToInt(Integer::intValue).toArray();
            for (int k : offers[v]) {
                holderLists.get(k).add(v);
            }
        }
        holders = toArrays(holderLists);
        SkillHierarchy hierarchy = SkillHierarchy.of(snapshot.taxonomy());
        related = new int[skillIds.length][];
        for (int k = 0; k < skillIds.length; k++) {
            related[k] = hierarchy.related(skillIds[k]).stream().filter(skillNo::containsKey)
                    .mapToInt(skillNo::get).sorted().toArray();
        }
        needs = lists(n).stream().map(x -> (List<Need>) new ArrayList<Need>()).toList();
        collectNeeds(snapshot, members, nodeOf);
        needed = new int[n][];
        List<List<Integer>> neederLists = lists(skillIds.length);
        for (int v = 0; v < n; v++) {
            needs.get(v).sort(Comparator.comparingInt(Need::skill).thenComparing(Need::source).thenComparing(Need::sourceId));
            needed[v] = needs.get(v).stream().mapToInt(Need::skill).distinct().toArray();
            for (int k : needed[v]) {
                neederLists.get(k).add(v);
            }
        }
        needers = toArrays(neederLists);
    }

    /** The member's level in a skill it offers, or 0. */
    int level(int node, int skill) {
        int p = Arrays.binarySearch(offers[node], skill);
        return p >= 0 ? offerLevels[node][p] : 0;
    }

    /** The skill the member offers for {@code skill}: itself, else its first related skill offered, else -1. */
    int via(int node, int skill) {
        if (level(node, skill) > 0) {
            return skill;
        }
        for (int r : related[skill]) {
            if (level(node, r) > 0) {
                return r;
            }
        }
        return -1;
    }

    /** The first reason (by source kind, then id) the member needs the skill. */
    Need firstNeed(int node, int skill) {
        for (Need need : needs.get(node)) {
            if (need.skill() == skill) {
                return need;
            }
        }
        throw new IllegalArgumentException("member " + node + " does not need skill " + skillIds[skill]);
    }

    private void collectNeeds(NetworkSnapshot snapshot, Member[] members, Map<String, Integer> nodeOf) {
        for (Project project : snapshot.projects()) {
            if (!isOpen(project, snapshot)) {
                continue;
            }
            int[] team = project.participants().stream().map(Participation::memberId).filter(nodeOf::containsKey)
                    .mapToInt(nodeOf::get).distinct().toArray();
            for (Requirement requirement : project.requires()) {
                int skill = skillNo.get(requirement.skillId());
                int required = requirement.level() == null ? 1 : requirement.level();
                boolean met = Arrays.stream(team).anyMatch(v -> hasSkillLevel(members[v], requirement.skillId()) >= required);
                if (!met) {
                    for (int v : team) {
                        needs.get(v).add(new Need(skill, "PROJECT", project.id()));
                    }
                }
            }
        }
        for (Question question : snapshot.questions()) {
            Integer v = nodeOf.get(question.memberId());
            if (v != null && question.status() != QuestionStatus.ANSWERED) {
                question.needs().forEach(k -> needs.get(v).add(new Need(skillNo.get(k), "QUESTION", question.id())));
            }
        }
    }

    /** HAS_SKILL level only: whether a project already has a skill is about its people, as in ProjectGaps. */
    private static int hasSkillLevel(Member member, String skillId) {
        return member.skills().stream().filter(s -> s.skillId().equals(skillId)).mapToInt(SkillLevel::level).max().orElse(0);
    }

    /** Open as in the competence analysis: not cancelled; as of a year not ended before it; else not completed. */
    static boolean isOpen(Project project, NetworkSnapshot snapshot) {
        if (project.status() == ProjectStatus.CANCELLED) {
            return false;
        }
        if (snapshot.asOfYear().isPresent()) {
            return project.endYear() == null || project.endYear() >= snapshot.asOfYear().getAsInt();
        }
        return project.status() != ProjectStatus.COMPLETED;
    }

    private static List<List<Integer>> lists(int count) {
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
