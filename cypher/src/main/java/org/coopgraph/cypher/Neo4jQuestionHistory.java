package org.coopgraph.cypher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.port.QuestionHistory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * {@link QuestionHistory} on Neo4j. A change is a {@code STATUS_CHANGED} relationship from the question
 * to itself: it lives and dies with the question, survives a PUT of the question (which replaces the
 * node's properties only), and is read through the existing question indexes, so it needs no migration.
 */
public final class Neo4jQuestionHistory implements QuestionHistory {

    private static final Comparator<QuestionStatusChange> ORDER = Comparator.comparing(QuestionStatusChange::questionId)
            .thenComparing(QuestionStatusChange::on).thenComparing(c -> c.to().ordinal());

    private final Driver driver;
    private final CypherQueries queries;

    public Neo4jQuestionHistory(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.queries = new CypherQueries().require("question-status-change", "question-status-history",
                "question-status-history-one", "question-status-restore", "region-bump", "region-version");
    }

    @Override
    public List<QuestionStatusChange> changes(String regionId) {
        Objects.requireNonNull(regionId, "regionId");
        return read("question-status-history", Map.of("regionId", regionId));
    }

    @Override
    public List<QuestionStatusChange> changes(String regionId, String questionId) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(questionId, "questionId");
        return read("question-status-history-one", Map.of("regionId", regionId, "questionId", questionId));
    }

    @Override
    public OptionalLong record(String regionId, QuestionStatusChange change) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(change, "change");
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                var rows = tx.run(queries.get("question-status-change"), Map.of("regionId", regionId,
                        "questionId", change.questionId(), "fromStatus", change.from().name(),
                        "toStatus", change.to().name(), "on", change.on())).list();
                return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).get("version").asLong());
            });
        }
    }

    @Override
    public Restored restore(String regionId, List<QuestionStatusChange> changes) {
        Objects.requireNonNull(regionId, "regionId");
        var times = new LinkedHashMap<QuestionStatusChange, Integer>();
        changes.forEach(c -> times.merge(Objects.requireNonNull(c, "change"), 1, Integer::sum));
        var rows = new ArrayList<Map<String, Object>>();
        times.forEach((c, n) -> rows.add(Map.of("questionId", c.questionId(), "fromStatus", c.from().name(),
                "toStatus", c.to().name(), "on", c.on(), "times", n)));
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                int added = rows.isEmpty() ? 0 : tx.run(queries.get("question-status-restore"),
                        Map.of("regionId", regionId, "rows", rows)).single().get("added").asInt();
                String versionQuery = added > 0 ? "region-bump" : "region-version";
                var version = tx.run(queries.get(versionQuery), Map.of("regionId", regionId)).list();
                return new Restored(added, version.isEmpty() ? 0 : version.get(0).get("version").asLong());
            });
        }
    }

    private List<QuestionStatusChange> read(String query, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get(query), parameters).list(Neo4jQuestionHistory::change))
                    .stream().sorted(ORDER).toList();
        }
    }

    private static QuestionStatusChange change(Record r) {
        return new QuestionStatusChange(r.get("questionId").asString(),
                QuestionStatus.valueOf(r.get("fromStatus").asString()), QuestionStatus.valueOf(r.get("toStatus").asString()),
                r.get("on").asLocalDate());
    }
}
