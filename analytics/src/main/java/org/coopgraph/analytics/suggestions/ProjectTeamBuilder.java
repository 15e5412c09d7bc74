package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.coopgraph.model.Member;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.Requirement;

/**
 * "Who do we need?" for a project: greedy weighted set cover (Chvátal, Math. Oper. Res. 4, 1979) over
 * the missing required skills, every member costing the same, so each round takes the member covering
 * the most importance still missing; this keeps the set small (within ln(skills)+1 of the smallest).
 * A member covers a skill it has at the level asked, or teaches as an education member (at level 3).
 * Ties go to a member bringing a sector the team lacks, then to one with more ties to the team, then
 * the lower id. Skills no one has at the level asked are then covered, at {@code relatedSkill} of
 * their importance, by members with the skill at a lower level or a related skill; the rest stay
 * uncovered.
 */
public final class ProjectTeamBuilder {

    private ProjectTeamBuilder() {
    }

    /** Every present member may be picked. @throws IllegalArgumentException when the snapshot has no such project */
    public static TeamSuggestion suggest(SuggestionContext context, String projectId, double relatedSkill) {
        return suggest(context, projectId, relatedSkill, m -> true);
    }

    /**
     * Only members passing {@code eligible} may be picked (e.g. those a public caller may see).
     *
     * @throws IllegalArgumentException when the snapshot has no such project
     */
    public static TeamSuggestion suggest(SuggestionContext context, String projectId, double relatedSkill,
                                         Predicate<Member> eligible) {
        Project project = context.snapshot().project(projectId)
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId));
        SkillIndex skills = context.skills;
        Set<Integer> team = new TreeSet<>();
        project.participants().stream().map(Participation::memberId).map(context::node).filter(v -> v >= 0).forEach(team::add);
        Set<String> sectors = new HashSet<>();
        team.forEach(v -> sectors.add(context.sector(v)));
        Map<Integer, Requirement> open = new LinkedHashMap<>();
        project.requires().stream().sorted(java.util.Comparator.comparing(Requirement::skillId)).forEach(r -> {
            int skill = skills.skillNo.get(r.skillId());
            boolean met = team.stream().anyMatch(v -> context.member(v).skills().stream()
                    .anyMatch(s -> s.skillId().equals(r.skillId()) && s.level() >= required(r)));
            if (!met) {
                open.put(skill, r);
            }
        });
        List<String> missing = open.values().stream().map(Requirement::skillId).toList();
        List<TeamSuggestion.Pick> picks = new ArrayList<>();
        for (boolean direct : new boolean[] {true, false}) {
            while (!open.isEmpty()) {
                TeamSuggestion.Pick pick = best(context, project, open, team, sectors, direct, relatedSkill, eligible);
                if (pick == null) {
                    break;
                }
                picks.add(pick);
                int node = context.node(pick.memberId());
                team.add(node);
                sectors.add(context.sector(node));
                pick.covers().forEach(e -> open.remove(skills.skillNo.get(e.ids().get(0))));
            }
        }
        return new TeamSuggestion(projectId, missing, picks,
                open.values().stream().map(Requirement::skillId).toList());
    }

    private static TeamSuggestion.Pick best(SuggestionContext context, Project project, Map<Integer, Requirement> open,
                                            Set<Integer> team, Set<String> sectors, boolean direct, double related,
                                            Predicate<Member> eligible) {
        SkillIndex skills = context.skills;
        Set<Integer> candidates = new TreeSet<>();
        for (int s : open.keySet()) {
            for (int v : skills.holders[s]) {
                candidates.add(v);
            }
            for (int r : direct ? new int[0] : skills.related[s]) {
                for (int v : skills.holders[r]) {
                    candidates.add(v);
                }
            }
        }
        TeamSuggestion.Pick best = null;
        int bestTies = -1;
        for (int v : candidates) {
            if (team.contains(v) || !eligible.test(context.member(v))) {
                continue;
            }
            List<Evidence> covers = new ArrayList<>();
            double gain = 0;
            for (var entry : open.entrySet()) {
                int s = entry.getKey();
                int via = skills.via(v, s);
                boolean counts = direct ? via == s && skills.level(v, s) >= required(entry.getValue()) : via >= 0 && related > 0;
                if (counts) {
                    gain += entry.getValue().importance() * (direct ? 1.0 : related);
                    covers.add(new Evidence(EvidenceCode.COVERS_SKILL, List.of(skills.skillIds[s], project.id()), Map.of(
                            "match", direct ? "DIRECT" : via == s ? "LOWER_LEVEL" : "RELATED", "via", skills.skillIds[via],
                            "level", Integer.toString(skills.level(v, via)))));
                }
            }
            if (gain == 0) {
                continue;
            }
            String sector = context.sector(v);
            boolean newSector = !sector.equals(SuggestionContext.UNKNOWN_SECTOR) && !sectors.contains(sector);
            int ties = (int) team.stream().filter(t -> context.tied(t, v)).count();
            if (best == null || gain > best.gain()
                    || (gain == best.gain() && newSector && !best.newSector())
                    || (gain == best.gain() && newSector == best.newSector() && ties > bestTies)) {
                best = new TeamSuggestion.Pick(context.member(v).id(), gain, newSector, covers);
                bestTies = ties;
            }
        }
        return best;
    }

    private static int required(Requirement r) {
        return r.level() == null ? 1 : r.level();
    }
}
