package org.coopgraph.analytics.agenda;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopgraph.analytics.agenda.ThemeCoverage.Candidate;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixNeed;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixStatus;
import org.coopgraph.analytics.agenda.ThemeCoverage.Recruit;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;

/**
 * "Who do we need": present members of a missing or weak helix who hold no stake in the theme yet,
 * ranked by already being involved in its projects or questions, then by how many of its needed
 * skills they supply, then by how many of its stakeholders they collaborate with, then id. Where the
 * region has none, the SBI sections to recruit from (industry: none in particular, the skills decide)
 * and the skills the theme lacks.
 */
final class HelixCandidates {

    static final Map<Helix, List<String>> SECTIONS = Map.of(Helix.INDUSTRY, List.of(), Helix.EDUCATION, List.of("P"),
            Helix.GOVERNMENT, List.of("O"), Helix.FINANCE, List.of("K"), Helix.CIVIL_SOCIETY, List.of("S"));

    private static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate c) -> !c.involved())
            .thenComparingInt(c -> -c.neededSkills().size()).thenComparingInt(c -> -c.tiesToStakeholders())
            .thenComparing(Candidate::memberId);

    private final AgendaInputs inputs;
    private final ThemeWork work;
    private final NeededSkills skills;
    private final Set<String> withStake;

    HelixCandidates(AgendaInputs inputs, ThemeWork work, NeededSkills skills, Set<String> withStake) {
        this.inputs = inputs;
        this.work = work;
        this.skills = skills;
        this.withStake = withStake;
    }

    HelixNeed need(Helix helix, HelixStatus status) {
        List<Candidate> all = inputs.snapshot().presentMembers().stream()
                .filter(m -> m.helix() == helix && !withStake.contains(m.id()))
                .map(this::candidate).sorted(ORDER).toList();
        Recruit recruit = all.isEmpty() ? new Recruit(SECTIONS.get(helix), skills.toRecruit()) : null;
        return new HelixNeed(helix, status, all.stream().limit(AgendaRules.MAX_CANDIDATES).toList(), all.size(), recruit);
    }

    private Candidate candidate(Member member) {
        CollaborationGraph graph = inputs.graph();
        int node = graph.index(member.id());
        int ties = 0;
        for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node); p++) {
            if (withStake.contains(graph.id(graph.target(p)))) {
                ties++;
            }
        }
        return new Candidate(member.id(), work.involves(member.id()), skills.suppliedBy(member), ties);
    }
}
