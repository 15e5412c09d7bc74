package org.coopgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

    @Test
    void shouldReportEveryBrokenRuleOfAMemberAtOnce() {
        var thrown = catchInvalid(() -> new Member(" ", "", null, null, null, null, "ftp://x", null, 1850, 2200,
                null, List.of(new SkillLevel("s", 1), new SkillLevel("s", 2)), null, null, null));

        assertThat(thrown.violations()).extracting(Violation::location).containsExactly(
                "/id", "/name", "/kind", "/helix", "/website", "/joined", "/left", "/skills/1");
    }

    @Test
    void shouldRejectHalfASurrogatePairInIdsAndTextButKeepWholeEmoji() {
        var thrown = catchInvalid(() -> new Member("m\uD800", "Caf\uDC00", MemberKind.PERSON, Helix.CIVIL_SOCIETY,
                "Ter Apel \uD83D", null, null, null, null, null, null, null, null, null, null));

        assertThat(thrown.violations()).extracting(Violation::location).containsExactly("/id", "/name", "/municipality");
        assertThat(thrown.violations().get(0).message()).isEqualTo("must be valid Unicode (it has half of a surrogate pair)");
        var emoji = new Member("m\uD83D\uDE00", "Caf\u00E9 \uD83D\uDE00", MemberKind.PERSON, Helix.CIVIL_SOCIETY,
                null, null, null, null, null, null, null, null, null, null, null);
        assertThat(emoji.name()).isEqualTo("Café 😀");
    }

    @Test
    void shouldRejectLeftBeforeJoined() {
        var thrown = catchInvalid(() -> Samples.member("a", 2020, 2019));

        assertThat(thrown.violations()).containsExactly(new Violation("/left", "must not be before joined (2019 < 2020)"));
    }

    @Test
    void shouldRejectLevelsOutsideOneToFive() {
        assertThat(catchInvalid(() -> new SkillLevel("s", 0)).violations())
                .containsExactly(new Violation("/level", "must be from 1 to 5 (was 0)"));
        assertThat(catchInvalid(() -> new SkillLevel("s", null)).violations())
                .containsExactly(new Violation("/level", "is required"));
        assertThat(catchInvalid(() -> new Stake("t", 6, 0, Stance.SUPPORTS)).violations())
                .extracting(Violation::location).containsExactly("/interest", "/influence");
    }

    @Test
    void shouldDefaultOptionalValuesSafely() {
        var member = new Member("m", "M", MemberKind.PERSON, Helix.CIVIL_SOCIETY, null, null, null, null, null, null,
                null, null, null, null, null);
        var tie = new Tie("a", "b", null, null, null, null);
        var project = new Project("p", "P", 2020, null, null, null, null, null);

        assertEquals(false, member.publicProfile(), "no consent unless given");
        assertThat(member.skills()).isEmpty();
        assertEquals(TieKind.COLLABORATION, tie.kind());
        assertEquals(1.0, tie.weight(), 0.0);
        assertEquals(ProjectStatus.ACTIVE, project.status());
        assertEquals(3, new Requirement("s", null, null).importance());
    }

    @Test
    void shouldRejectSelfTiesAndNonPositiveWeights() {
        assertThat(catchInvalid(() -> new Tie("a", "a", null, 2020, 2019, -1.0)).violations())
                .extracting(Violation::location).containsExactly("/toId", "/untilYear", "/weight");
        assertThat(catchInvalid(() -> new Tie("a", "b", null, null, null, Double.NaN)).violations())
                .extracting(Violation::location).containsExactly("/weight");
    }

    @Test
    void shouldReportNullEntriesInListsInsteadOfFailingHard() {
        var thrown = catchInvalid(() -> new Question("q", "m", "Help", LocalDate.of(2020, 1, 1), null,
                java.util.Arrays.asList("s", null), null));

        assertThat(thrown.violations()).containsExactly(new Violation("/needs/1", "must not be blank"));
    }

    @Test
    void shouldRejectDuplicateStepPositionsAndStepsWithoutNeeds() {
        var thrown = catchInvalid(() -> new ValueChain("vc", "Chain", List.of(
                new ChainStep("a", "A", 1, List.of("C"), null), new ChainStep("b", "B", 1, List.of("C"), null))));

        assertThat(thrown.violations()).containsExactly(new Violation("/steps/1", "duplicates 1"));
        assertThatThrownBy(() -> new ChainStep("a", "A", 1, null, null)).hasMessageContaining("at least one sector or skill");
    }

    @Test
    void shouldRejectControlCharactersAndOverlongIds() {
        assertThat(catchInvalid(() -> new Theme("t\u0000", "x".repeat(301))).violations())
                .extracting(Violation::location).containsExactly("/id", "/name");
    }

    @Test
    void shouldBoundParentReferencesLikeIds() {
        assertThat(new Sector("10", null, "Voeding", 2, "x".repeat(200)).parentCode()).hasSize(200);
        assertThat(catchInvalid(() -> new Sector("10", null, "Voeding", 2, "x".repeat(201))).violations())
                .containsExactly(new Violation("/parentCode", "must be at most 200 characters"));
        assertThat(catchInvalid(() -> new Skill("s", "Lassen", null, "b".repeat(201))).violations())
                .containsExactly(new Violation("/broaderId", "must be at most 200 characters"));
        assertThat(catchInvalid(() -> new Skill("s", "Lassen", null, " ")).violations())
                .containsExactly(new Violation("/broaderId", "must not be blank"));
    }

    private static InvalidRecordException catchInvalid(Runnable construction) {
        try {
            construction.run();
        } catch (InvalidRecordException e) {
            return e;
        }
        throw new AssertionError("expected InvalidRecordException");
    }
}
