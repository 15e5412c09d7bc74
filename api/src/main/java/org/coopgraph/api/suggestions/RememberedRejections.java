package org.coopgraph.api.suggestions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.coopgraph.model.port.FeedbackStore;

/**
 * The feedback store with each member's rejected partners remembered for {@code ttl}: every suggestion
 * request needs them, and asking Neo4j each time was a database round trip per request. A decision
 * recorded through this service forgets both members' entries once it is stored (an entry being read
 * meanwhile is removed after that read), so the next suggestions leave the partner out; a decision
 * recorded by another process is seen at most {@code ttl} later.
 */
final class RememberedRejections implements FeedbackStore {

    private final FeedbackStore store;
    private final Cache<String, Set<String>> rejected;

    RememberedRejections(FeedbackStore store, Duration ttl, long maximumMembers) {
        this.store = store;
        this.rejected = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumMembers).build();
    }

    @Override
    public void record(String regionId, Feedback feedback) {
        try {
            store.record(regionId, feedback);
        } finally {
            rejected.invalidate(key(regionId, feedback.memberId()));
            rejected.invalidate(key(regionId, feedback.partnerId()));
        }
    }

    @Override
    public Set<String> rejectedPartners(String regionId, String memberId) {
        return rejected.get(key(regionId, memberId), k -> store.rejectedPartners(regionId, memberId));
    }

    @Override
    public List<Feedback> decisions(String regionId) {
        return store.decisions(regionId);
    }

    private static String key(String regionId, String memberId) {
        return regionId + "|" + memberId;
    }
}
