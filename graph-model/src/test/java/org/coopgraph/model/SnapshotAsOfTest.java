package org.coopgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnapshotAsOfTest {

    private final NetworkSnapshot all = new NetworkSnapshot(Samples.document().region(), 5, null,
            Taxonomy.EMPTY, Samples.document().members(), Samples.document().projects(), Samples.document().questions(),
            Samples.document().ties(), Samples.document().valueChains());

    @Test
    void shouldKeepOnlyWhatWasActiveInTheYear() {
        var in2022 = all.asOf(2022);

        assertThat(in2022.members()).extracting(Member::id).containsExactly("a", "b");
        assertThat(in2022.ties()).hasSize(1);
        assertThat(in2022.project("p").orElseThrow().participants()).hasSize(2);
        assertEquals(2022, in2022.asOfYear().getAsInt());
        assertEquals(5, in2022.dataVersion());
    }

    @Test
    void shouldDropMembersFromTheYearTheyLeftWithTheirTiesAndParticipations() {
        var in2023 = all.asOf(2023);

        assertThat(in2023.members()).extracting(Member::id).containsExactly("a");
        assertThat(in2023.ties()).isEmpty();
        // b's participation ended in 2022 anyway; a's has no years, so it lasts as long as the project.
        assertThat(in2023.project("p").orElseThrow().participants()).extracting(Participation::memberId).containsExactly("a");
        assertThat(in2023.presentMembers()).hasSize(1);
    }

    @Test
    void shouldHideProjectsAndQuestionsThatDidNotExistYet() {
        var in2020 = all.asOf(2020);

        assertThat(in2020.projects()).isEmpty();
        assertThat(in2020.questions()).isEmpty();
        assertThat(in2020.ties()).hasSize(1);
    }

    @Test
    void shouldSpanTheYearsTheDataMentions() {
        assertEquals(new YearSpan(2019, 2024), all.yearSpan().orElseThrow());
        assertThat(all.presentMembers()).extracting(Member::id).containsExactly("a");
    }
}
