package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.coopgraph.model.port.FeedbackStore.Decision;
import org.coopgraph.model.port.FeedbackStore.Feedback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Neo4jFeedbackStoreTest {

    private static InProcessNeo4j db;
    private static Neo4jFeedbackStore store;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        store = new Neo4jFeedbackStore(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aRejectionHoldsBothWaysRound() {
        store.record("fb-both", new Feedback("a", "b", Decision.REJECTED));
        assertThat(store.rejectedPartners("fb-both", "a")).containsExactly("b");
        assertThat(store.rejectedPartners("fb-both", "b")).containsExactly("a");
        assertThat(store.rejectedPartners("fb-both", "c")).isEmpty();
    }

    @Test
    void theLatestDecisionOnAPairReplacesTheEarlierOne() {
        store.record("fb-latest", new Feedback("a", "b", Decision.REJECTED));
        store.record("fb-latest", new Feedback("b", "a", Decision.ACCEPTED));
        assertThat(store.rejectedPartners("fb-latest", "a")).isEmpty();
        assertThat(store.decisions("fb-latest")).containsExactly(new Feedback("b", "a", Decision.ACCEPTED));
        assertThat(db.value("MATCH (f:SuggestionFeedback {regionId: 'fb-latest'}) RETURN count(f)")).isEqualTo(1L);
    }

    @Test
    void regionsAreSeparateAndDecisionsComeByPair() {
        store.record("fb-r1", new Feedback("m2", "m1", Decision.REJECTED));
        store.record("fb-r1", new Feedback("m1", "m3", Decision.ACCEPTED));
        store.record("fb-r2", new Feedback("m1", "m2", Decision.ACCEPTED));
        assertThat(store.decisions("fb-r1")).containsExactly(new Feedback("m2", "m1", Decision.REJECTED),
                new Feedback("m1", "m3", Decision.ACCEPTED));
        assertThat(store.rejectedPartners("fb-r2", "m1")).isEmpty();
    }

    @Test
    void recordingDoesNotTouchTheRegionsDataVersion() {
        db.run("CREATE (:Region {id: 'fb-version', name: 'V', dataVersion: 7})", Map.of());
        store.record("fb-version", new Feedback("a", "b", Decision.REJECTED));
        assertThat(db.value("MATCH (r:Region {id: 'fb-version'}) RETURN r.dataVersion")).isEqualTo(7L);
    }

    @Test
    void theSchemaKeepsOneNodePerPair() {
        db.run("CREATE (:SuggestionFeedback {regionId: 'fb-unique', pairKey: 'a|b'})", Map.of());
        assertThatThrownBy(() -> db.run("CREATE (:SuggestionFeedback {regionId: 'fb-unique', pairKey: 'a|b'})", Map.of()))
                .hasMessageContaining("already exists");
    }

    @Test
    void aPairNeedsTwoDifferentMembers() {
        assertThatThrownBy(() -> new Feedback("a", "a", Decision.ACCEPTED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Feedback("z", "a", Decision.ACCEPTED).pairKey()).isEqualTo("a|z");
        assertThat(List.of(Decision.values())).containsExactly(Decision.ACCEPTED, Decision.REJECTED);
    }
}
