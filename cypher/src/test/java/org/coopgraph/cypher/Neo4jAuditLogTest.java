package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.coopgraph.model.port.AuditLog.Entry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Neo4jAuditLogTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private static InProcessNeo4j db;
    private static Neo4jAuditLog log;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.startMigrated();
        log = new Neo4jAuditLog(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Entry entry(String id, String region, int minutes, Long version) {
        return new Entry(id, T0.plusSeconds(60L * minutes), "admin", "PUT", "/api/regions/" + region + "/members/m1",
                region, "members", "m1", 200, version, "req-" + id);
    }

    @Test
    void readsARegionsEntriesNewestFirstWithEveryField() {
        log.record(entry("a1", "au-order", 0, 1L));
        log.record(entry("a3", "au-order", 2, 3L));
        log.record(entry("a2", "au-order", 1, 2L));
        log.record(entry("b1", "au-other", 5, 1L));

        var slice = log.read("au-order", Instant.EPOCH, NEVER, 0, 10);
        assertThat(slice.total()).isEqualTo(3);
        assertThat(slice.entries()).containsExactly(entry("a3", "au-order", 2, 3L), entry("a2", "au-order", 1, 2L),
                entry("a1", "au-order", 0, 1L));
    }

    @Test
    void pagesAndTimeRangesCountOnlyWhatMatches() {
        for (int i = 0; i < 5; i++) {
            log.record(entry("p" + i, "au-page", i, (long) i));
        }
        var second = log.read("au-page", Instant.EPOCH, NEVER, 2, 2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.entries()).extracting(Entry::id).containsExactly("p2", "p1");
        // from is inclusive, to exclusive: minutes 1, 2 and 3.
        var range = log.read("au-page", T0.plusSeconds(60), T0.plusSeconds(240), 0, 10);
        assertThat(range.total()).isEqualTo(3);
        assertThat(range.entries()).extracting(Entry::id).containsExactly("p3", "p2", "p1");
        assertThat(log.read("au-page", Instant.EPOCH, NEVER, 10, 10).entries()).isEmpty();
    }

    @Test
    void keepsAbsentFieldsAbsentAndEntriesOutliveTheRegionsGraph() {
        db.run("CREATE (:Region {id: 'au-gone', name: 'Gone', dataVersion: 1})-[:X]->(:Member {regionId: 'au-gone', id: 'm1'})",
                Map.of());
        var bare = new Entry("g1", T0, "anonymous", "DELETE", "/api/regions/au-gone", "au-gone", null, null, 204, null, null);
        log.record(bare);
        // The bluntest region delete there could be: everything carrying its regionId, and the Region.
        db.run("MATCH (n) WHERE n.regionId = 'au-gone' OR (n:Region AND n.id = 'au-gone') DETACH DELETE n", Map.of());

        assertThat(log.read("au-gone", Instant.EPOCH, NEVER, 0, 10).entries()).containsExactly(bare);
        assertThat(db.value("MATCH (a:AuditEntry {id: 'g1'}) RETURN keys(a)")).asList()
                .containsExactlyInAnyOrder("id", "at", "actor", "method", "path", "region", "status");
    }
}
