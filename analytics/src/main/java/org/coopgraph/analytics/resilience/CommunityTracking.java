package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopgraph.analytics.crosssector.LabelCount;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.LeidenCommunities;
import org.coopgraph.analytics.graph.Partition;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Communities year by year with stable labels. Each year's collaboration graph is split by Leiden
 * (the cross-sector analysis' detector, same seed every year); communities of at least
 * {@code minSize} members are matched to the prior year's by member overlap (Jaccard, threshold as
 * Greene, Doyle and Cunningham 2010, "Tracking the evolution of communities in dynamic social
 * networks", ASONAM) and classified as in {@link CommunityMatcher}. Labels "C1", "C2", ... are handed
 * out in order of first appearance, within a year largest community first, and never reused.
 * Deterministic: the same history and options give an equal timeline.
 */
public final class CommunityTracking {

    public static final Method METHOD = new Method("Community tracking",
            "Leiden communities per year (modularity, fixed seed); a community keeps last year's label when"
                    + " J(A,B) = |A n B| / |A u B| >= 0.3 (greedy, highest J first); merged = two or more prior"
                    + " communities with most of their remaining members in one; split = two or more communities"
                    + " made mostly of one prior community",
            "Traag, Waltman & van Eck (2019), From Louvain to Leiden, Scientific Reports 9, 5233;"
                    + " Greene, Doyle & Cunningham (2010), Tracking the evolution of communities in dynamic social"
                    + " networks, ASONAM 2010; Palla, Barabasi & Vicsek (2007), Quantifying social group evolution,"
                    + " Nature 446, 664-667");

    private CommunityTracking() {
    }

    public static CommunityTimeline track(YearHistory history, CommunityTrackingOptions options) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(options, "options");
        List<Partition> partitions = partitions(history, options);
        int[] counter = {0};
        List<CommunityMatcher.Group> prior = List.of();
        CollaborationGraph priorGraph = null;
        List<CommunityYear> years = new ArrayList<>();
        for (int year : history.years()) {
            CollaborationGraph graph = history.graph(year);
            Partition partition = partitions.get(year - history.firstYear());
            List<List<String>> current = new ArrayList<>();
            int unclustered = 0;
            for (int[] nodes : partition.members()) {
                if (nodes.length < options.minSize()) {
                    unclustered += nodes.length;
                } else {
                    current.add(java.util.Arrays.stream(nodes).mapToObj(graph::id).toList());   // node order = id order
                }
            }
            current.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(m -> m.get(0)));
            CommunityMatcher.Step step = priorGraph == null
                    ? firstYear(current, counter)
                    : CommunityMatcher.match(prior, priorGraph, current, graph, options, () -> ++counter[0]);
            NetworkSnapshot snapshot = history.snapshot(year);
            List<TrackedCommunity> communities = step.assignments().stream().map(a -> tracked(a, snapshot, options)).toList();
            years.add(new CommunityYear(year, partition.modularity(), unclustered, communities, step.ended()));
            prior = step.assignments().stream().map(CommunityMatcher.Assignment::group).toList();
            priorGraph = graph;
        }
        return new CommunityTimeline(options, years);
    }

    /** Leiden per year; each search has its own seeded generator, so the thread count changes no result. */
    private static List<Partition> partitions(YearHistory history, CommunityTrackingOptions options) {
        var leiden = new LeidenCommunities(options.resolution(), options.iterations(), options.seed());
        List<Integer> years = history.years();
        if (options.threads() == 1 || years.size() == 1) {
            return years.stream().map(year -> leiden.detect(history.graph(year))).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), years.size()), task -> {
            Thread thread = new Thread(task, "community-tracking");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Partition>> futures = years.stream()
                    .map(year -> pool.submit(() -> leiden.detect(history.graph(year)))).toList();
            List<Partition> partitions = new ArrayList<>();
            for (Future<Partition> future : futures) {
                partitions.add(future.get());
            }
            return partitions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("community tracking interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("community detection failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static CommunityMatcher.Step firstYear(List<List<String>> current, int[] counter) {
        List<CommunityMatcher.Assignment> assignments = new ArrayList<>();
        for (List<String> members : current) {
            int number = ++counter[0];
            assignments.add(new CommunityMatcher.Assignment(new CommunityMatcher.Group("C" + number, number, members),
                    CommunityChange.NEW, List.of(), 0.0, 0, 0));
        }
        return new CommunityMatcher.Step(assignments, List.of());
    }

    private static TrackedCommunity tracked(CommunityMatcher.Assignment a, NetworkSnapshot snapshot,
                                            CommunityTrackingOptions options) {
        List<Member> members = a.group().members().stream().map(id -> snapshot.member(id).orElseThrow()).toList();
        List<LabelCount> sectors = LabelCount.tally(members.stream().map(m -> options.level().codeOf(m, snapshot.taxonomy())).toList());
        List<LabelCount> helices = LabelCount.tally(members.stream().map(m -> m.helix().name()).toList());
        int size = members.size();
        return new TrackedCommunity(a.group().label(), size, a.change(), a.predecessors(), a.jaccard(), a.previousSize(),
                a.stayed(), size - a.stayed(), a.previousSize() - a.stayed(), sectors, helices, a.group().members());
    }
}
