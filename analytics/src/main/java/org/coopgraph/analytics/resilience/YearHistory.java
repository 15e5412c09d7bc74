package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.YearSpan;

/**
 * A region's network year by year: the snapshot as of each year ({@link NetworkSnapshot#asOf}) and
 * its collaboration graph, built once so that community tracking, membership change and the
 * indicator series over the same years share them.
 */
public final class YearHistory {

    private final NetworkSnapshot all;
    private final int firstYear;
    private final List<NetworkSnapshot> snapshots;
    private final List<CollaborationGraph> graphs;

    private YearHistory(NetworkSnapshot all, int firstYear, List<NetworkSnapshot> snapshots, List<CollaborationGraph> graphs) {
        this.all = all;
        this.firstYear = firstYear;
        this.snapshots = snapshots;
        this.graphs = graphs;
    }

    /** Every year from {@code span.first()} to {@code span.last()}, inclusive. */
    public static YearHistory of(NetworkSnapshot all, YearSpan span) {
        Objects.requireNonNull(span, "span");
        return of(all, span.first(), span.last());
    }

    public static YearHistory of(NetworkSnapshot all, int firstYear, int lastYear) {
        Objects.requireNonNull(all, "all");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("first year " + firstYear + " is after last year " + lastYear);
        }
        List<NetworkSnapshot> snapshots = new ArrayList<>();
        List<CollaborationGraph> graphs = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            NetworkSnapshot snapshot = all.asOf(year);
            snapshots.add(snapshot);
            graphs.add(CollaborationGraph.of(snapshot));
        }
        return new YearHistory(all, firstYear, List.copyOf(snapshots), List.copyOf(graphs));
    }

    /** The undated snapshot the years were cut from. */
    public NetworkSnapshot all() { return all; }
    public int firstYear() { return firstYear; }
    public int lastYear() { return firstYear + snapshots.size() - 1; }

    public List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(firstYear, lastYear()).boxed().toList();
    }

    public NetworkSnapshot snapshot(int year) {
        return snapshots.get(offset(year));
    }

    public CollaborationGraph graph(int year) {
        return graphs.get(offset(year));
    }

    private int offset(int year) {
        if (year < firstYear || year > lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside " + firstYear + ".." + lastYear());
        }
        return year - firstYear;
    }
}
