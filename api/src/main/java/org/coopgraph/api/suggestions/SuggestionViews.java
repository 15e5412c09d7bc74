package org.coopgraph.api.suggestions;

import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.suggestions.SuggestionWeights;
import org.coopgraph.model.Helix;
import org.coopgraph.model.port.FeedbackStore.Decision;

/** The JSON shapes of the suggestion endpoints. Member ids a public caller may not see are null. */
final class SuggestionViews {

    private SuggestionViews() {
    }

    /** One evidence item: its code, the ids behind it, its parameters and a sentence in the chosen language. */
    record EvidenceView(String code, List<String> ids, Map<String, String> params, String text) {
    }

    record ComponentView(String component, double weight, double raw, double value, List<EvidenceView> evidence) {
    }

    /** A suggested partner with its score, every component and the explanation (all evidence sentences). */
    record CandidateView(String memberId, String name, Helix helix, String sector, double score,
                         List<ComponentView> components, List<String> explanation) {
    }

    record MemberSuggestions(String regionId, String memberId, String language, int limit, SuggestionWeights weights,
                             List<CandidateView> suggestions) {
    }

    record SkillRef(String skillId, String name) {
    }

    record PickView(String memberId, String name, Helix helix, String sector, double gain, boolean newSector,
                    List<EvidenceView> covers, List<String> explanation) {
    }

    record ProjectSuggestions(String regionId, String projectId, String name, String language, List<SkillRef> missingSkills,
                              List<PickView> picks, List<SkillRef> uncovered) {
    }

    record MatchView(String memberId, String name, Helix helix, double score, List<EvidenceView> evidence,
                     List<String> explanation) {
    }

    record QuestionMatchesView(String regionId, String questionId, String askerId, String language, List<SkillRef> needs,
                               List<String> themes, List<MatchView> experts, List<MatchView> studentTeams,
                               List<MatchView> education) {
    }

    /** The feedback body; {@code createTie} only with ACCEPTED. */
    record FeedbackRequest(String memberId, String partnerId, Decision decision, Boolean createTie) {
    }

    /** What the feedback did; the data version changes only when a tie was written. */
    record FeedbackResult(String regionId, String memberId, String partnerId, Decision decision, boolean tieCreated,
                          long dataVersion) {
    }
}
