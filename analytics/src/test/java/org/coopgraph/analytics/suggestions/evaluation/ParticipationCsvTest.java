package org.coopgraph.analytics.suggestions.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

class ParticipationCsvTest {

    private static final String CSV = """
            project_id,start_year,org_id,org_name,org_type,region
            p1,2019,o1,"Acme, Inc.",PRC,NL13
            p1,2019,o2,Rijksuniversiteit,HES,NL13
            p2,2021,o1,"Acme, Inc.",PRC,NL13
            p2,2021,o3,Gemeente,PUB,NL13
            p3,2020,o4,"Elders ""BV\"\"",company,DE94
            """;

    @Test
    void readsOneMemberPerOrganisationAndOneProjectPerId() {
        NetworkSnapshot s = ParticipationCsv.read(CSV, null, "test");
        assertThat(s.members()).extracting(m -> m.id()).containsExactly("o1", "o2", "o3", "o4");
        assertThat(s.member("o1").orElseThrow().name()).isEqualTo("Acme, Inc.");
        assertThat(s.member("o1").orElseThrow().joined()).isEqualTo(2019);
        assertThat(s.member("o4").orElseThrow().name()).isEqualTo("Elders \"BV\"");
        assertThat(s.member("o2").orElseThrow().helix()).isEqualTo(Helix.EDUCATION);
        assertThat(s.project("p2").orElseThrow().participants()).extracting(p -> p.memberId()).containsExactly("o1", "o3");
        assertThat(s.project("p2").orElseThrow().startYear()).isEqualTo(2021);
    }

    @Test
    void keepsOnlyTheRegionAsked() {
        assertThat(ParticipationCsv.read(CSV, "DE94", "test").members()).extracting(m -> m.id()).containsExactly("o4");
    }

    @Test
    void mapsOrganisationTypesToHelices() {
        assertThat(ParticipationCsv.helix("REC")).isEqualTo(Helix.EDUCATION);
        assertThat(ParticipationCsv.helix("oth")).isEqualTo(Helix.CIVIL_SOCIETY);
        assertThat(ParticipationCsv.helix("bank")).isEqualTo(Helix.FINANCE);
        assertThat(ParticipationCsv.helix("GOVERNMENT")).isEqualTo(Helix.GOVERNMENT);
    }

    @Test
    void namesTheLineOfABadRow() {
        assertThatThrownBy(() -> ParticipationCsv.read(CSV + "p9,soon,o9,X,PRC,NL13\n", null, "t"))
                .hasMessageStartingWith("line 7:");
        assertThatThrownBy(() -> ParticipationCsv.read(CSV + "p9,2020,o9,X,alien,NL13\n", null, "t"))
                .hasMessageContaining("line 7: unknown org_type 'alien'");
        assertThatThrownBy(() -> ParticipationCsv.read("id,year\n", null, "t")).hasMessageStartingWith("line 1:");
    }
}
