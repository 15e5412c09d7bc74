package org.coopgraph.analytics.suggestions;

import java.util.List;

/**
 * Who a project needs: its required skills no present participant has at the level asked
 * ({@code missingSkills}, skill id order), the members to add in the order the greedy cover picked
 * them, and the missing skills nobody in the region can bring ({@code uncovered}).
 */
public record TeamSuggestion(String projectId, List<String> missingSkills, List<Pick> picks, List<String> uncovered) {

    public TeamSuggestion {
        missingSkills = List.copyOf(missingSkills);
        picks = List.copyOf(picks);
        uncovered = List.copyOf(uncovered);
    }

    /**
     * One member to add: {@code gain} is the importance it covers (related skills at their share),
     * {@code newSector} whether it brings a sector the team lacked, {@code covers} one COVERS_SKILL
     * evidence item per skill it covers.
     */
    public record Pick(String memberId, double gain, boolean newSector, List<Evidence> covers) {
        public Pick {
            covers = List.copyOf(covers);
        }
    }
}
