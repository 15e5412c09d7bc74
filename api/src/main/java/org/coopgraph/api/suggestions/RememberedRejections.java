package org.coopgraph.api.suggestions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.coopgraph.model.port.FeedbackStore;

/**
 * The feedback store with each region's rejected pairs kept in memory. Every suggestion request needs
 * the member's rejected partners, and one database round trip per request was the largest database
 * cost under load. A region's pairs are read in one query and read again when they are {@code ttl}
 * old (one reader refreshes while the others go on with what is known). A decision recorded through
 * this service is applied to them once it is stored, under the region's lock that a reading holds
 * throughout, so it is never lost to a reading that started before it: the next suggestions leave the
 * partner out. A decision recorded by another process is seen at most {@code ttl} (plus one refresh)
 * later, and so is the order of two decisions on one pair stored at the same moment.
 */
final class RememberedRejections implements FeedbackStore {

    /** One region: rejected partners by member (null until first read), when they were read, and the lock. */
    private static final class Known {
        final ReentrantLock lock = new ReentrantLock();
        volatile Map<String, Set<String>> partners;
        volatile long readAt;
    }

    private final FeedbackStore store;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<String, Known> regions = new ConcurrentHashMap<>();

    RememberedRejections(FeedbackStore store, Duration ttl, LongSupplier nanoClock) {
        this.store = store;
        this.ttlNanos = ttl.toNanos();
        this.clock = nanoClock;
    }

    @Override
    public void record(String regionId, Feedback feedback) {
        Known known = regions.computeIfAbsent(regionId, r -> new Known());
        boolean stored = false;
        try {
            // Not under the lock: decisions are written side by side (each commit waits for the disk).
            store.record(regionId, feedback);
            stored = true;
        } finally {
            known.lock.lock();
            try {
                if (!stored) {
                    known.partners = null; // not known whether it was stored: read the region again
                } else if (known.partners != null) {
                    boolean rejected = feedback.decision() == Decision.REJECTED;
                    set(known.partners, feedback.memberId(), feedback.partnerId(), rejected);
                    set(known.partners, feedback.partnerId(), feedback.memberId(), rejected);
                }
            } finally {
                known.lock.unlock();
            }
        }
    }

    @Override
    public Set<String> rejectedPartners(String regionId, String memberId) {
        Known known = regions.computeIfAbsent(regionId, r -> new Known());
        if (known.partners == null) {
            known.lock.lock();
            try {
                if (known.partners == null) {
                    read(regionId, known);
                }
            } finally {
                known.lock.unlock();
            }
        } else if (clock.getAsLong() - known.readAt >= ttlNanos && known.lock.tryLock()) {
            try {
                read(regionId, known);
            } finally {
                known.lock.unlock();
            }
        }
        Map<String, Set<String>> partners = known.partners;
        return partners == null ? store.rejectedPartners(regionId, memberId) : partners.getOrDefault(memberId, Set.of());
    }

    @Override
    public List<Feedback> decisions(String regionId) {
        return store.decisions(regionId);
    }

    private void read(String regionId, Known known) {
        long at = clock.getAsLong();
        Map<String, Set<String>> partners = new ConcurrentHashMap<>();
        for (Feedback decision : store.decisions(regionId)) {
            if (decision.decision() == Decision.REJECTED) {
                set(partners, decision.memberId(), decision.partnerId(), true);
                set(partners, decision.partnerId(), decision.memberId(), true);
            }
        }
        known.partners = partners;
        known.readAt = at;
    }

    /** Adds or removes {@code partner} among {@code member}'s rejected partners (sorted, as the store gives them). */
    private static void set(Map<String, Set<String>> partners, String member, String partner, boolean rejected) {
        partners.compute(member, (m, before) -> {
            var after = new TreeSet<String>(before == null ? Set.of() : before);
            if (rejected) {
                after.add(partner);
            } else {
                after.remove(partner);
            }
            return after.isEmpty() ? null : java.util.Collections.unmodifiableSortedSet(after);
        });
    }
}
