package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coopgraph.model.port.FeedbackStore;
import org.junit.jupiter.api.Test;

class RememberedRejectionsTest {

    /** Keeps decisions in a list and counts the reads of rejected partners. */
    private static final class ListStore implements FeedbackStore {
        final List<Feedback> decisions = new ArrayList<>();
        int reads;

        @Override
        public void record(String regionId, Feedback feedback) {
            decisions.removeIf(d -> d.pairKey().equals(feedback.pairKey()));
            decisions.add(feedback);
        }

        @Override
        public Set<String> rejectedPartners(String regionId, String memberId) {
            reads++;
            var partners = new TreeSet<String>();
            for (Feedback d : decisions) {
                if (d.decision() == Decision.REJECTED && d.memberId().equals(memberId)) {
                    partners.add(d.partnerId());
                } else if (d.decision() == Decision.REJECTED && d.partnerId().equals(memberId)) {
                    partners.add(d.memberId());
                }
            }
            return partners;
        }

        @Override
        public List<Feedback> decisions(String regionId) {
            return List.copyOf(decisions);
        }
    }

    private final ListStore store = new ListStore();
    private final RememberedRejections remembered = new RememberedRejections(store, Duration.ofHours(1), 100);

    @Test
    void shouldAskTheStoreOncePerMemberUntilADecisionIsRecorded() {
        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        assertThat(store.reads).isEqualTo(1);

        remembered.record("r", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED));

        assertThat(remembered.rejectedPartners("r", "a")).containsExactly("b");
        assertThat(remembered.rejectedPartners("r", "b")).containsExactly("a");
        assertThat(store.reads).isEqualTo(3);
    }

    @Test
    void shouldForgetTheOtherMemberToo() {
        assertThat(remembered.rejectedPartners("r", "b")).isEmpty();

        remembered.record("r", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED));
        remembered.record("r", new FeedbackStore.Feedback("b", "a", FeedbackStore.Decision.ACCEPTED));

        assertThat(remembered.rejectedPartners("r", "b")).isEmpty();
        assertThat(remembered.rejectedPartners("r", "a")).isEmpty();
        assertThat(remembered.decisions("r")).hasSize(1);
    }

    @Test
    void shouldKeepRegionsApart() {
        remembered.record("r1", new FeedbackStore.Feedback("a", "b", FeedbackStore.Decision.REJECTED));
        remembered.rejectedPartners("r1", "a");
        remembered.rejectedPartners("r2", "a");

        assertThat(store.reads).isEqualTo(2);
    }
}
