package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Region;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Theme;
import org.junit.jupiter.api.Test;

class QuestionMatcherTest {

    private final SuggestionContext context = SuggestionContext.of(network());

    @Test
    void sortsMatchesIntoExpertsStudentTeamsAndEducation() {
        QuestionMatches matches = QuestionMatcher.match(context, "q", 0.5, 10, m -> true);
        assertThat(matches.askerId()).isEqualTo("asker");
        // e1 has k1 (1) and theme t (0.5); e2 only the sibling k2 (0.5); i1 has only the theme: no expert.
        assertThat(matches.experts()).extracting(QuestionMatches.Match::memberId).containsExactly("e1", "e2");
        assertThat(matches.experts()).extracting(QuestionMatches.Match::score).containsExactly(1.5, 0.5);
        assertThat(matches.studentTeams()).extracting(QuestionMatches.Match::memberId).containsExactly("school");
        assertThat(matches.studentTeams().get(0).evidence()).containsExactly(new Evidence(EvidenceCode.HAS_NEEDED_SKILL,
                List.of("k1", "q"), Map.of("match", "DIRECT", "via", "k1", "teaches", "true")));
        // The lectorate has k1 itself (1); the college only has the theme (0.5).
        assertThat(matches.education()).extracting(QuestionMatches.Match::memberId).containsExactly("lectorate", "college");
        assertThat(matches.education()).extracting(QuestionMatches.Match::score).containsExactly(1.0, 0.5);
    }

    @Test
    void neverMatchesTheAskerOrAMemberTheCallerMayNotSee() {
        QuestionMatches matches = QuestionMatcher.match(context, "q", 0.5, 10, m -> !m.id().equals("e1"));
        assertThat(matches.experts()).extracting(QuestionMatches.Match::memberId).containsExactly("e2");
        assertThat(matches.experts()).extracting(QuestionMatches.Match::memberId).doesNotContain("asker");
    }

    @Test
    void limitsEachList() {
        assertThat(QuestionMatcher.match(context, "q", 0.5, 1, m -> true).experts()).hasSize(1);
    }

    @Test
    void anUnknownQuestionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuestionMatcher.match(context, "nope", 0.5, 5, m -> true));
    }

    private static NetworkSnapshot network() {
        var skills = List.of(new Skill("k0", "K0", null, null), new Skill("k1", "K1", null, "k0"), new Skill("k2", "K2", null, "k0"));
        List<Member> members = List.of(
                member("asker", Helix.INDUSTRY, List.of(new SkillLevel("k1", 1)), List.of(), List.of()),
                member("e1", Helix.INDUSTRY, List.of(new SkillLevel("k1", 5)), List.of(), List.of(stake())),
                member("e2", Helix.INDUSTRY, List.of(new SkillLevel("k2", 2)), List.of(), List.of()),
                member("i1", Helix.GOVERNMENT, List.of(), List.of(), List.of(stake())),
                member("school", Helix.EDUCATION, List.of(), List.of("k1"), List.of()),
                member("lectorate", Helix.EDUCATION, List.of(new SkillLevel("k1", 4)), List.of(), List.of()),
                member("college", Helix.EDUCATION, List.of(), List.of(), List.of(stake())));
        var question = new Question("q", "asker", "Who can help with k1?", LocalDate.of(2024, 1, 1), QuestionStatus.OPEN,
                List.of("k1"), List.of("t"));
        return new NetworkSnapshot(new Region("qm", "QM", null), 1, null,
                Taxonomy.of(List.of(), skills, List.of(new Theme("t", "Theme t"))), members, List.of(), List.of(question),
                List.of(), List.of());
    }

    private static Stake stake() {
        return new Stake("t", 3, 3, Stance.SUPPORTS);
    }

    private static Member member(String id, Helix helix, List<SkillLevel> skills, List<String> teaches, List<Stake> stakes) {
        return new Member(id, id, helix == Helix.EDUCATION ? MemberKind.SCHOOL : MemberKind.COMPANY, helix, null, null, null,
                true, 2015, null, List.of(), skills, teaches, List.of(), stakes);
    }
}
