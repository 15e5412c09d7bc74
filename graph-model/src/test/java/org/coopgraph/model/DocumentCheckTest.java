package org.coopgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {

    private static final NetworkSnapshot EMPTY = NetworkSnapshot.empty(new Region("r", "Region", "NL"), Taxonomy.EMPTY);

    @Test
    void shouldAcceptASoundDocument() {
        assertThat(DocumentCheck.violations(Samples.document(), EMPTY)).isEmpty();
    }

    @Test
    void shouldPointAtEveryUnknownReferenceAndDuplicate() {
        var doc = Samples.document();
        var broken = new RegionDocument(doc.region(), doc.sectors(), doc.skills(), doc.themes(),
                List.of(doc.members().get(0), doc.members().get(0)),
                List.of(new Project("p", "P", 2020, null, null,
                        List.of(new Participation("ghost", ParticipationRole.EXPERT, null, null)),
                        List.of(new Requirement("nope", null, null)), List.of("energy", "care"))),
                List.of(new Question("q", "a", "?", LocalDate.of(2020, 1, 1), null, List.of(), List.of())),
                List.of(new Tie("a", "b", null, null, null, null)),
                List.of());

        assertThat(DocumentCheck.violations(broken, EMPTY)).containsExactly(
                new Violation("/members/1/id", "duplicates an earlier entry (a)"),
                new Violation("/projects/0/participants/0/memberId", "refers to unknown member 'ghost'"),
                new Violation("/projects/0/requires/0/skillId", "refers to unknown skill 'nope'"),
                new Violation("/projects/0/themes/1", "refers to unknown theme 'care'"),
                new Violation("/ties/0/toId", "refers to unknown member 'b'"));
    }

    @Test
    void shouldResolveReferencesAgainstWhatTheRegionAlreadyHolds() {
        var stored = new NetworkSnapshot(new Region("r", "Region", "NL"), 3, null,
                Taxonomy.of(List.of(new Sector("C", null, "Industrie", 1, null)),
                        List.of(new Skill("s1", "Welding", null, null)), List.of()),
                List.of(Samples.member("old")), List.of(), List.of(), List.of(), List.of());
        var addition = new RegionDocument(null, null, null, null, List.of(Samples.member("new")), null, null,
                List.of(new Tie("new", "old", null, null, null, null)), null);

        assertThat(DocumentCheck.violations(addition, stored)).isEmpty();
    }

    @Test
    void shouldCheckTaxonomyHierarchyLinks() {
        var doc = new RegionDocument(null, List.of(new Sector("28", null, "Machines", 2, "Q")),
                List.of(new Skill("s2", "TIG", null, "s9")), null, null, null, null, null, null);

        assertThat(DocumentCheck.violations(doc, EMPTY)).extracting(Violation::location)
                .containsExactly("/sectors/0/parentCode", "/skills/0/broaderId");
    }
}
