package org.coopgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.coopgraph.model.port.FeedbackStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * {@link FeedbackStore} on Neo4j: one {@code (:SuggestionFeedback {regionId, pairKey, memberId,
 * partnerId, decision, decidedAt})} node per pair (schema: migration V003). A node rather than a
 * relationship between the members, so the snapshot reader, which reads members' relationships, never
 * sees it. Decisions about a member who is deleted stay behind, harmless: it is never suggested again.
 */
public final class Neo4jFeedbackStore implements FeedbackStore {

    private final Driver driver;
    private final CypherQueries queries;

    public Neo4jFeedbackStore(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.queries = new CypherQueries().require("feedback-record", "feedback-rejected", "feedback-read");
    }

    @Override
    public void record(String regionId, Feedback feedback) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(feedback, "feedback");
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(queries.get("feedback-record"), Map.of(
                    "regionId", regionId, "pairKey", feedback.pairKey(), "memberId", feedback.memberId(),
                    "partnerId", feedback.partnerId(), "decision", feedback.decision().name())).consume());
        }
    }

    @Override
    public Set<String> rejectedPartners(String regionId, String memberId) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(memberId, "memberId");
        try (Session session = driver.session()) {
            List<String> ids = session.executeRead(tx -> tx.run(queries.get("feedback-rejected"), Map.of(
                    "regionId", regionId, "memberId", memberId, "decision", Decision.REJECTED.name()))
                    .list(r -> r.get("partnerId").asString()));
            return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ids));
        }
    }

    @Override
    public List<Feedback> decisions(String regionId) {
        Objects.requireNonNull(regionId, "regionId");
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get("feedback-read"), Map.of("regionId", regionId))
                    .list(r -> new Feedback(r.get("memberId").asString(), r.get("partnerId").asString(),
                            Decision.valueOf(r.get("decision").asString()))));
        }
    }
}
