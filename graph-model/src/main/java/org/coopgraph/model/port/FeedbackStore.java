package org.coopgraph.model.port;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Coordinators' decisions on suggested partnerships. A decision is about an unordered pair of members:
 * the latest one for a pair replaces any earlier one, whichever member it was recorded for. Recording
 * a decision does not change the region's data (no data version bump); turning an accepted suggestion
 * into a tie is a separate, ordinary write.
 */
public interface FeedbackStore {

    enum Decision { ACCEPTED, REJECTED }

    /** A decision on suggesting {@code partnerId} to {@code memberId}. */
    record Feedback(String memberId, String partnerId, Decision decision) {
        public Feedback {
            if (memberId == null || memberId.isBlank() || partnerId == null || partnerId.isBlank()) {
                throw new IllegalArgumentException("memberId and partnerId must not be blank");
            }
            if (memberId.equals(partnerId)) {
                throw new IllegalArgumentException("partnerId must differ from memberId");
            }
            Objects.requireNonNull(decision, "decision");
        }

        /** The pair's identity, the same both ways round. */
        public String pairKey() {
            return memberId.compareTo(partnerId) < 0 ? memberId + "|" + partnerId : partnerId + "|" + memberId;
        }
    }

    /** Records the decision, replacing an earlier one on the same pair. */
    void record(String regionId, Feedback feedback);

    /** The members rejected as partners of {@code memberId} (either way round), sorted. */
    Set<String> rejectedPartners(String regionId, String memberId);

    /** Every decision of the region, by pair. */
    List<Feedback> decisions(String regionId);
}
