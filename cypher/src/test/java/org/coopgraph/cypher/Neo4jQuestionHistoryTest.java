package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.model.QuestionStatus.ANSWERED;
import static org.coopgraph.model.QuestionStatus.IN_PROGRESS;
import static org.coopgraph.model.QuestionStatus.MATCHED;
import static org.coopgraph.model.QuestionStatus.OPEN;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.port.QuestionHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Neo4jQuestionHistoryTest {

    private static InProcessNeo4j db;
    private static Neo4jNetworkStore store;
    private static Neo4jSnapshotSource source;
    private static Neo4jQuestionHistory history;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        store = new Neo4jNetworkStore(db.driver());
        source = new Neo4jSnapshotSource(db.driver());
        history = new Neo4jQuestionHistory(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static String imported(String regionId) {
        TinyRegion.importInto(store, source, TinyRegion.document(regionId));
        return regionId;
    }

    private static QuestionStatusChange change(QuestionStatus from, QuestionStatus to, String on) {
        return new QuestionStatusChange("q1", from, to, LocalDate.parse(on));
    }

    @Test
    void recordingAChangeSetsTheStatusBumpsTheVersionAndKeepsTheDate() {
        String r = imported("hist-record");
        assertThat(history.record(r, change(OPEN, MATCHED, "2021-04-01"))).hasValue(2L);
        assertThat(history.record(r, change(MATCHED, IN_PROGRESS, "2021-05-01"))).hasValue(3L);

        assertThat(source.load(r).orElseThrow().question("q1").orElseThrow().status()).isEqualTo(IN_PROGRESS);
        assertThat(history.changes(r)).containsExactly(change(OPEN, MATCHED, "2021-04-01"),
                change(MATCHED, IN_PROGRESS, "2021-05-01"));
        assertThat(history.changes(r, "q1")).hasSize(2);
        assertThat(history.changes(r, "nope")).isEmpty();
    }

    @Test
    void aChangeFromAStatusTheQuestionNoLongerHasChangesNothing() {
        String r = imported("hist-stale");
        assertThat(history.record(r, change(MATCHED, IN_PROGRESS, "2021-04-01"))).isEmpty();
        assertThat(history.record(r, new QuestionStatusChange("q9", OPEN, MATCHED, LocalDate.of(2021, 4, 1)))).isEmpty();
        assertThat(history.changes(r)).isEmpty();
        assertThat(store.dataVersion(r)).hasValue(1L);
    }

    @Test
    void theHistorySurvivesAReplaceOfTheQuestionAndGoesWithItsDeletion() {
        String r = imported("hist-lifecycle");
        history.record(r, change(OPEN, MATCHED, "2021-04-01"));
        var q = source.load(r).orElseThrow().question("q1").orElseThrow();
        var edited = new Question(q.id(), q.memberId(), "Who can teach starch?", q.askedOn(), q.status(), q.needs(), q.themes());
        TinyRegion.importInto(store, source, new RegionDocument(source.load(r).orElseThrow().region(), null, null, null, null, null, List.of(edited), null, null));
        assertThat(history.changes(r)).containsExactly(change(OPEN, MATCHED, "2021-04-01"));

        store.delete(r, EntityKind.QUESTION, "q1");
        assertThat(history.changes(r)).isEmpty();
    }

    @Test
    void changesAreKeptPerRegion() {
        String a = imported("hist-a");
        String b = imported("hist-b");
        history.record(a, change(OPEN, MATCHED, "2021-04-01"));
        assertThat(history.changes(b)).isEmpty();
        assertThat(source.load(b).orElseThrow().question("q1").orElseThrow().status()).isEqualTo(OPEN);
    }

    @Test
    void changesComeOutByDateThenStatusOrder() {
        String r = imported("hist-order");
        history.record(r, change(OPEN, MATCHED, "2021-04-01"));
        history.record(r, change(MATCHED, IN_PROGRESS, "2021-04-01"));
        history.record(r, change(IN_PROGRESS, ANSWERED, "2021-04-01"));
        assertThat(history.changes(r)).extracting(QuestionStatusChange::to).containsExactly(MATCHED, IN_PROGRESS, ANSWERED);
    }

    @Test
    void restoringAddsOnlyMissingChangesCountingRepeatsAndLeavesTheStatusAlone() {
        String r = imported("hist-restore");
        history.record(r, change(OPEN, MATCHED, "2021-04-01"));
        var backup = List.of(change(OPEN, MATCHED, "2021-04-01"), change(MATCHED, OPEN, "2021-04-02"),
                change(OPEN, MATCHED, "2021-04-01"), new QuestionStatusChange("q9", OPEN, MATCHED, LocalDate.of(2021, 4, 1)));

        // Two identical OPEN->MATCHED on 04-01 asked for, one present: one added, plus MATCHED->OPEN; q9 is absent.
        assertThat(history.restore(r, backup)).isEqualTo(new QuestionHistory.Restored(2, 3));
        assertThat(history.changes(r)).containsExactly(change(OPEN, MATCHED, "2021-04-01"),
                change(OPEN, MATCHED, "2021-04-01"), change(MATCHED, OPEN, "2021-04-02"));
        assertThat(source.load(r).orElseThrow().question("q1").orElseThrow().status()).isEqualTo(MATCHED);

        assertThat(history.restore(r, backup)).isEqualTo(new QuestionHistory.Restored(0, 3));
        assertThat(history.restore("hist-no-region", backup)).isEqualTo(new QuestionHistory.Restored(0, 0));
    }
}
