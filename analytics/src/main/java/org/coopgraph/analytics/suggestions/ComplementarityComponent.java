package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Skills one side offers that the other needs, both directions: for each distinct skill the member
 * needs (a missing skill of one of its open projects, or a need of its open question), 1 if the
 * candidate offers it, {@code relatedSkill} if it offers only a related skill; plus the same for the
 * candidate's needs against what the member offers. Offering is having the skill at any level or
 * teaching it as an education member ({@link SkillIndex}). Walks only the holders of the member's
 * needed skills and the needers of its offered skills.
 */
public final class ComplementarityComponent implements SuggestionComponent {

    public static final String NAME = "complementarity";

    private final double relatedSkill;

    public ComplementarityComponent(double relatedSkill) {
        if (!(relatedSkill >= 0 && relatedSkill <= 1)) {
            throw new IllegalArgumentException("relatedSkill must be from 0 to 1: " + relatedSkill);
        }
        this.relatedSkill = relatedSkill;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void scoreAll(SuggestionContext context, int a, double[] values) {
        SkillIndex skills = context.skills;
        int[] stamp = new int[values.length];
        int round = 0;
        // The candidate covers the member's need s: holders of s get 1, holders of only a related skill get the share.
        for (int s : skills.needed[a]) {
            round++;
            for (int b : skills.holders[s]) {
                stamp[b] = round;
                values[b] += 1.0;
            }
            for (int r : skills.related[s]) {
                for (int b : skills.holders[r]) {
                    if (stamp[b] != round) {
                        stamp[b] = round;
                        values[b] += relatedSkill;
                    }
                }
            }
        }
        // The member covers the candidate's need s: every needer of s gets the member's match for s.
        for (int s = 0; s < skills.skillIds.length; s++) {
            if (skills.needers[s].length == 0) {
                continue;
            }
            int via = skills.via(a, s);
            if (via >= 0) {
                double match = via == s ? 1.0 : relatedSkill;
                for (int b : skills.needers[s]) {
                    values[b] += match;
                }
            }
        }
    }

    @Override
    public ComponentScore score(SuggestionContext context, int a, int b) {
        if (a == b) {
            return ComponentScore.NONE;
        }
        List<Evidence> evidence = new ArrayList<>();
        double total = covers(context, b, a, EvidenceCode.OFFERS_NEEDED_SKILL, evidence)
                + covers(context, a, b, EvidenceCode.NEEDS_OFFERED_SKILL, evidence);
        return total == 0 ? ComponentScore.NONE : new ComponentScore(total, evidence);
    }

    /** How much {@code giver} covers the needs of {@code taker}, adding one evidence item per skill. */
    private double covers(SuggestionContext context, int giver, int taker, EvidenceCode code, List<Evidence> out) {
        SkillIndex skills = context.skills;
        double total = 0;
        for (int s : skills.needed[taker]) {
            int via = skills.via(giver, s);
            if (via < 0 || (via != s && relatedSkill == 0)) {
                continue;
            }
            total += via == s ? 1.0 : relatedSkill;
            SkillIndex.Need need = skills.firstNeed(taker, s);
            out.add(new Evidence(code, List.of(skills.skillIds[s], need.sourceId()), Map.of(
                    "source", need.source(), "match", via == s ? "DIRECT" : "RELATED", "via", skills.skillIds[via])));
        }
        return total;
    }
}
