package org.coopgraph.analytics.competences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopgraph.analytics.competences.CompetenceResult.Candidate;
import org.coopgraph.analytics.competences.CompetenceResult.MissingSkill;
import org.coopgraph.analytics.competences.CompetenceResult.ProjectGap;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.Requirement;

/**
 * Per open project, the required skills no present participant has at the level asked (any level
 * when none is given), with candidate members of the region who have it, or a related skill.
 */
final class ProjectGaps {

    private final Set<String> presentIds;
    private final SkillCandidates candidates;

    ProjectGaps(List<Member> present, SkillHierarchy hierarchy) {
        this.presentIds = present.stream().map(Member::id).collect(Collectors.toSet());
        this.candidates = new SkillCandidates(present, hierarchy);
    }

    List<ProjectGap> of(NetworkSnapshot snapshot) {
        List<ProjectGap> gaps = new ArrayList<>();
        for (Project project : snapshot.projects()) {
            if (!SkillDemandTally.isOpen(project, snapshot)) {
                continue;
            }
            Set<String> participants = project.participants().stream().map(Participation::memberId)
                    .filter(presentIds::contains).collect(Collectors.toSet());
            List<MissingSkill> missing = project.requires().stream()
                    .sorted(Comparator.comparing(Requirement::skillId))
                    .map(requirement -> missing(requirement, participants))
                    .filter(Objects::nonNull).toList();
            if (!missing.isEmpty()) {
                gaps.add(new ProjectGap(project.id(), project.name(), missing));
            }
        }
        return gaps;
    }

    /** The requirement as a missing skill, or null when a participant meets it. */
    private MissingSkill missing(Requirement requirement, Set<String> participants) {
        String skill = requirement.skillId();
        int required = requirement.level() == null ? 1 : requirement.level();
        Integer best = participants.stream().map(member -> candidates.level(member, skill))
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        if (best != null && best >= required) {
            return null;
        }
        List<Candidate> shown = new ArrayList<>();
        int count = 0;
        for (Candidate candidate : candidates.direct(skill)) {
            if (candidate.level() < required) {
                break; // ranked by level: the rest are below the level asked
            }
            count += offer(candidate, participants, shown);
        }
        for (Candidate candidate : candidates.related(skill)) {
            count += offer(candidate, participants, shown);
        }
        return new MissingSkill(skill, requirement.level(), requirement.importance(), best, shown, count);
    }

    /** Keeps a non-participant among the first {@link CompetenceWeights#MAX_CANDIDATES}; 1 if counted. */
    private static int offer(Candidate candidate, Set<String> participants, List<Candidate> shown) {
        if (participants.contains(candidate.memberId())) {
            return 0;
        }
        if (shown.size() < CompetenceWeights.MAX_CANDIDATES) {
            shown.add(candidate);
        }
        return 1;
    }
}
