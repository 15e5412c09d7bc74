package org.coopgraph.api.suggestions;

import java.util.List;
import org.coopgraph.analytics.suggestions.ProjectTeamBuilder;
import org.coopgraph.analytics.suggestions.QuestionMatcher;
import org.coopgraph.analytics.suggestions.QuestionMatches;
import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.analytics.suggestions.TeamSuggestion;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.api.suggestions.SuggestionViews.MatchView;
import org.coopgraph.api.suggestions.SuggestionViews.PickView;
import org.coopgraph.api.suggestions.SuggestionViews.ProjectSuggestions;
import org.coopgraph.api.suggestions.SuggestionViews.QuestionMatchesView;
import org.coopgraph.api.suggestions.SuggestionViews.SkillRef;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.springframework.stereotype.Service;

/** "Who do we need?" for a project and "who can answer?" for a question; public callers only get consenting members. */
@Service
final class MatchService {

    private final RegionNetworks networks;
    private final SuggestionContexts contexts;
    private final SuggestionSettings settings;

    MatchService(RegionNetworks networks, SuggestionContexts contexts, SuggestionSettings settings) {
        this.networks = networks;
        this.contexts = contexts;
        this.settings = settings;
    }

    ProjectSuggestions forProject(String regionId, String projectId, Access access, Language language) {
        NetworkSnapshot snapshot = networks.current(regionId);
        Project project = snapshot.project(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        PublicView view = PublicView.of(access, snapshot);
        SuggestionContext context = contexts.of(snapshot);
        TeamSuggestion team = ProjectTeamBuilder.suggest(context, projectId, settings.weightsFor(regionId).relatedSkill(), view::shows);
        Names names = new Names(snapshot, view, language);
        List<PickView> picks = team.picks().stream().map(p -> {
            Member m = context.member(context.node(p.memberId()));
            return new PickView(m.id(), m.name(), m.helix(), context.sector(context.node(m.id())), p.gain(), p.newSector(),
                    EvidenceText.views(p.covers(), names), p.covers().stream().map(e -> EvidenceText.text(e, names)).toList());
        }).toList();
        return new ProjectSuggestions(regionId, projectId, project.name(), language.tag(), skills(team.missingSkills(), names),
                picks, skills(team.uncovered(), names));
    }

    QuestionMatchesView forQuestion(String regionId, String questionId, int limit, Access access, Language language) {
        NetworkSnapshot snapshot = networks.current(regionId);
        Question question = snapshot.question(questionId).orElseThrow(() -> new NotFoundException("question", questionId));
        PublicView view = PublicView.of(access, snapshot);
        QuestionMatches matches = QuestionMatcher.match(contexts.of(snapshot), questionId,
                settings.weightsFor(regionId).relatedSkill(), limit, view::shows);
        Names names = new Names(snapshot, view, language);
        return new QuestionMatchesView(regionId, questionId, view.memberIdOrNull(question.memberId()), language.tag(),
                skills(question.needs(), names), question.themes(), matches(snapshot, matches.experts(), names),
                matches(snapshot, matches.studentTeams(), names), matches(snapshot, matches.education(), names));
    }

    private static List<MatchView> matches(NetworkSnapshot snapshot, List<QuestionMatches.Match> matches, Names names) {
        return matches.stream().map(match -> {
            Member m = snapshot.member(match.memberId()).orElseThrow();
            return new MatchView(m.id(), m.name(), m.helix(), match.score(), EvidenceText.views(match.evidence(), names),
                    match.evidence().stream().map(e -> EvidenceText.text(e, names)).toList());
        }).toList();
    }

    private static List<SkillRef> skills(List<String> ids, Names names) {
        return ids.stream().map(id -> new SkillRef(id, names.skill(id))).toList();
    }
}
