package org.coopgraph.analytics.suggestions;

import java.util.List;

/**
 * Who can answer an open question: {@code experts} (members outside education with a needed or
 * related skill), {@code studentTeams} (education members that teach a needed or related skill, so
 * can put a student team on it) and {@code education} (other education members with a needed or
 * related skill, or the question's theme on their agenda). Each list by score, then member id.
 */
public record QuestionMatches(String questionId, String askerId, List<Match> experts, List<Match> studentTeams,
                              List<Match> education) {

    public QuestionMatches {
        experts = List.copyOf(experts);
        studentTeams = List.copyOf(studentTeams);
        education = List.copyOf(education);
    }

    /** One matching member, its score and the evidence (HAS_NEEDED_SKILL, SHARED_THEME). */
    public record Match(String memberId, double score, List<Evidence> evidence) {
        public Match {
            evidence = List.copyOf(evidence);
        }
    }
}
