package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.coopgraph.model.port.FeedbackStore;
import org.junit.jupiter.api.Test;

class RememberedRejectionsTest {

    /** Keeps decisions per region in lists and counts the region reads; fails a record after storing it if asked. */
    private static final class ListStore implements FeedbackStore {
        final java.util.Map<String, List<Feedback>> decisions = new java.util.HashMap<>();
        int reads;
        boolean failNext;

        @Override
        public void record(String regionId, Feedback feedback) {
            var list = decisions.computeIfAbsent(regionId, r -> new ArrayList<>());
            list.removeIf(d -> d.pairKey().equals(feedback.pairKey()));
            list.add(feedback);
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("connection lost after the commit");
            }
        }

        @Override
        public Set<String> rejectedPartners(String regionId, String memberId) {
            throw new UnsupportedOperationException("the region is read whole");
        }

        @Override
        public List<Feedback> decisions(String regionId) {
            reads++;
            return List.copyOf(decisions.getOrDefault(regionId, List.of()));
        }
    }

    private final ListStore store = new ListStore();
    private final AtomicLong now = new AtomicLong();
    private final RememberedRejections remembered = new RememberedRejections(store, Duration.ofSeconds(1), now::get);

    @Test
    void shouldReadTheRegionOnceAndApplyItsOwnDecisionsWithoutReadingAgain() {
        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        assertThat(remembered.rejectedPartners("r", "b")).isEmpty();

        remembered.record("r", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED));
        remembered.record("r", new FeedbackStore.Feedback("a", "c", FeedbackStore.Decision.REJECTED));

        assertThat(remembered.rejectedPartners("r", "a")).containsExactly("b", "c");
        assertThat(remembered.rejectedPartners("r", "b")).containsExactly("a");
        assertThat(store.reads).isEqualTo(1);
    }

    @Test
    void shouldLetALaterAcceptanceReplaceARejectionEitherWayRound() {
        remembered.record("r", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED));
        assertThat(remembered.rejectedPartners("r", "b")).containsExactly("a");

        remembered.record("r", new FeedbackStore.Feedback("b", "a", FeedbackStore.Decision.ACCEPTED));

        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        assertThat(remembered.rejectedPartners("r", "b")).isEmpty();
        assertThat(remembered.decisions("r")).hasSize(1);
    }

    @Test
    void shouldSeeAnotherProcessesDecisionOnceTheTtlHasPassed() {
        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        store.record("r", new FeedbackStore.Feedback("a", "z", FeedbackStore.Decision.REJECTED));

        now.addAndGet(999_999_999L);
        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        now.addAndGet(1L);
        assertThat(remembered.rejectedPartners("r", "a")).containsExactly("z");
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void shouldReadAgainAfterAFailedRecord() {
        remembered.rejectedPartners("r", "a");
        store.failNext = true;

        assertThatThrownBy(() -> remembered.record("r", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(remembered.rejectedPartners("r", "a")).containsExactly("b");
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void shouldKeepRegionsApart() {
        remembered.record("r1", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED));

        assertThat(remembered.rejectedPartners("r1", "a")).containsExactly("b");
        assertThat(remembered.rejectedPartners("r2", "a")).isEmpty();
        assertThat(store.reads).isEqualTo(2);
    }
}
