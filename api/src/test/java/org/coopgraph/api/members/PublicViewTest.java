package org.coopgraph.api.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;

class PublicViewTest {

    private static Member member(String id, boolean consent, List<String> suppliesTo) {
        return new Member(id, "Name " + id, MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, consent, null, null,
                null, null, null, suppliesTo, null);
    }

    private final Member open = member("open", true, List.of("closed", "other"));
    private final Member closed = member("closed", false, List.of());
    private final Member other = member("other", true, List.of());
    private final NetworkSnapshot snapshot = new NetworkSnapshot(new Region("r", "R", null), 1, null, Taxonomy.EMPTY,
            List.of(open, closed, other), List.of(), List.of(), List.of(), List.of());

    @Test
    void publicCallersSeeOnlyConsentingMembersAndNoUnknownIds() {
        var view = PublicView.of(Access.PUBLIC, snapshot);

        assertThat(view.shows(open)).isTrue();
        assertThat(view.shows(closed)).isFalse();
        assertThat(view.memberIdOrNull("open")).isEqualTo("open");
        assertThat(view.memberIdOrNull("closed")).isNull();
        assertThat(view.memberIdOrNull("not-in-snapshot")).isNull();
    }

    @Test
    void publicCallersSeeSupplyLinksOnlyToConsentingMembers() {
        assertThat(PublicView.of(Access.PUBLIC, snapshot).member(open).suppliesTo()).containsExactly("other");
    }

    @Test
    void coordinatorsSeeEveryoneUnchanged() {
        var view = PublicView.of(Access.COORDINATOR, snapshot);

        assertThat(view.shows(closed)).isTrue();
        assertThat(view.memberIdOrNull("closed")).isEqualTo("closed");
        assertThat(view.member(open)).isSameAs(open);
    }
}
