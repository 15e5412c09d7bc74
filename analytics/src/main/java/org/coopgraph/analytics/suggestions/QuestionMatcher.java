package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.Question;
import org.coopgraph.model.SkillLevel;

/**
 * Matches a question to present members other than the asker. Per needed skill: 1 for a member that
 * has it (or, in education, teaches it), {@code relatedSkill} for a related skill (the competence
 * analysis's relatedness); per question theme on the member's agenda, {@link #THEME}. Members outside
 * education need a skill match to count as experts; themes alone say interest, not expertise.
 */
public final class QuestionMatcher {

    /** A shared theme counts half a skill: it says the member cares, not that it can help. */
    public static final double THEME = 0.5;

    private QuestionMatcher() {
    }

    /** @throws IllegalArgumentException when the snapshot has no such question */
    public static QuestionMatches match(SuggestionContext context, String questionId, double relatedSkill, int limit,
                                        Predicate<Member> shown) {
        Question question = context.snapshot().question(questionId)
                .orElseThrow(() -> new IllegalArgumentException("no question " + questionId));
        SkillIndex skills = context.skills;
        ThemeIndex themes = context.themes;
        TreeSet<Integer> candidates = new TreeSet<>();
        for (String need : question.needs()) {
            int s = skills.skillNo.get(need);
            for (int v : skills.holders[s]) {
                candidates.add(v);
            }
            for (int r : skills.related[s]) {
                for (int v : skills.holders[r]) {
                    candidates.add(v);
                }
            }
        }
        question.themes().forEach(t -> { for (int v : themes.members[themes.themeNo.get(t)]) { candidates.add(v); } });
        List<QuestionMatches.Match> experts = new ArrayList<>();
        List<QuestionMatches.Match> teams = new ArrayList<>();
        List<QuestionMatches.Match> education = new ArrayList<>();
        for (int v : candidates) {
            Member m = context.member(v);
            if (m.id().equals(question.memberId()) || !shown.test(m)) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            double skillScore = 0;
            boolean teaches = false;
            for (String need : question.needs()) {
                int s = skills.skillNo.get(need);
                int via = skills.via(v, s);
                if (via < 0 || (via != s && relatedSkill == 0)) {
                    continue;
                }
                boolean viaTeaching = m.helix() == Helix.EDUCATION && m.teaches().contains(skills.skillIds[via]);
                boolean viaHaving = m.skills().stream().map(SkillLevel::skillId).anyMatch(skills.skillIds[via]::equals);
                teaches |= viaTeaching;
                skillScore += via == s ? 1.0 : relatedSkill;
                evidence.add(new Evidence(EvidenceCode.HAS_NEEDED_SKILL, List.of(need, questionId), Map.of(
                        "match", via == s ? "DIRECT" : "RELATED", "via", skills.skillIds[via],
                        "teaches", Boolean.toString(viaTeaching && !viaHaving))));
            }
            double themeScore = 0;
            for (String t : question.themes()) {
                if (themes.has(v, themes.themeNo.get(t))) {
                    themeScore += THEME;
                    evidence.add(new Evidence(EvidenceCode.SHARED_THEME, List.of(t), Map.of("question", questionId)));
                }
            }
            var match = new QuestionMatches.Match(m.id(), skillScore + themeScore, evidence);
            if (m.helix() == Helix.EDUCATION) {
                (teaches ? teams : education).add(match);
            } else if (skillScore > 0) {
                experts.add(match);
            }
        }
        return new QuestionMatches(questionId, question.memberId(), top(experts, limit), top(teams, limit), top(education, limit));
    }

    private static List<QuestionMatches.Match> top(List<QuestionMatches.Match> matches, int limit) {
        return matches.stream().sorted(Comparator.comparingDouble((QuestionMatches.Match m) -> -m.score())
                .thenComparing(QuestionMatches.Match::memberId)).limit(limit).toList();
    }
}
