package org.coopgraph.api.crosssector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MemberRedactionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final NetworkSnapshot TINY = TinyRegion.snapshot("tiny", 1);

    @Test
    void shouldReplaceAHiddenMembersIdByNullAndMarkTheObject() {
        JsonNode tree = JSON.readTree("{\"memberId\":\"beta\",\"score\":2,\"b\":{\"memberId\":\"alpha\"}}");

        boolean hidden = new MemberRedaction(TINY, PublicView.of(Access.PUBLIC, TINY)).redact(tree);

        assertThat(hidden).isTrue();
        assertThat(tree.toString()).isEqualTo("{\"memberId\":null,\"score\":2,\"b\":{\"memberId\":\"alpha\"},\"hidden\":true}");
    }

    @Test
    void shouldMovePlaceholdersToTheEndOfIdOrderedLists() {
        JsonNode tree = JSON.readTree("{\"cutOffMembers\":[\"alpha\",\"beta\",\"gamma\"],"
                + "\"members\":[{\"memberId\":\"alpha\"},{\"memberId\":\"beta\"},{\"memberId\":\"gamma\"}]}");

        new MemberRedaction(TINY, PublicView.of(Access.PUBLIC, TINY)).redact(tree);

        assertThat(tree.toString()).isEqualTo("{\"cutOffMembers\":[\"alpha\",\"gamma\",null],"
                + "\"members\":[{\"memberId\":\"alpha\"},{\"memberId\":\"gamma\"},{\"memberId\":null,\"hidden\":true}]}");
    }

    @Test
    void shouldKeepRankedListsInTheirOrder() {
        JsonNode tree = JSON.readTree("{\"topBrokers\":[{\"memberId\":\"beta\"},{\"memberId\":\"alpha\"}]}");

        new MemberRedaction(TINY, PublicView.of(Access.PUBLIC, TINY)).redact(tree);

        assertThat(tree.toString()).isEqualTo("{\"topBrokers\":[{\"memberId\":null,\"hidden\":true},{\"memberId\":\"alpha\"}]}");
    }

    @Test
    void shouldTouchOnlyMemberFields() {
        JsonNode tree = JSON.readTree("{\"skillId\":\"beta\",\"detail\":\"beta\",\"memberA\":\"alpha\",\"memberB\":\"beta\"}");

        new MemberRedaction(TINY, PublicView.of(Access.PUBLIC, TINY)).redact(tree);

        assertThat(tree.toString())
                .isEqualTo("{\"skillId\":\"beta\",\"detail\":\"beta\",\"memberA\":\"alpha\",\"memberB\":null,\"hidden\":true}");
    }

    @Test
    void shouldNameOnlyTheMembersItShows() {
        JsonNode tree = JSON.readTree("{\"cutOffMembers\":[\"gamma\",\"beta\",\"alpha\"]}");
        var publicView = new MemberRedaction(TINY, PublicView.of(Access.PUBLIC, TINY));
        var coordinatorView = new MemberRedaction(TINY, PublicView.of(Access.COORDINATOR, TINY));

        publicView.redact(tree.deepCopy());
        boolean hidden = coordinatorView.redact(tree);

        assertThat(publicView.names()).isEqualTo(Map.of("alpha", "Alpha Teelt", "gamma", "Gamma Foods"));
        assertThat(hidden).isFalse();
        assertThat(coordinatorView.names()).containsEntry("beta", TinyRegion.HIDDEN_NAME).hasSize(3);
        assertThat(tree.toString()).isEqualTo("{\"cutOffMembers\":[\"gamma\",\"beta\",\"alpha\"]}");
    }

    @Test
    void shouldHideAnIdTheSnapshotDoesNotKnowFromThePublic() {
        JsonNode tree = JSON.readTree("{\"memberId\":\"ghost\"}");

        new MemberRedaction(TINY, PublicView.of(Access.PUBLIC, TINY)).redact(tree);

        assertThat(tree.toString()).isEqualTo("{\"memberId\":null,\"hidden\":true}");
    }
}
