package org.coopgraph.analytics.graph;

import java.util.function.Supplier;

/**
 * Where an analysis may keep results that depend only on a graph's shape (see
 * {@link CollaborationGraph#structure()}) and the computation's settings, such as betweenness or
 * communities, so the next snapshot with the same shape reuses them. The caller owns the store (the
 * service keeps them next to its other derived results); {@link #NONE} computes every time.
 * Results handed out are shared: callers must not change them.
 */
public interface StructureMemo {

    /** Computes every time. */
    StructureMemo NONE = new StructureMemo() {
        @Override
        public <T> T remember(String computation, CollaborationGraph graph, Supplier<T> compute) {
            return compute.get();
        }
    };

    /**
     * The result of {@code computation} (a name with every setting that changes the result) on a graph
     * of this shape, computed by {@code compute} if not known yet.
     */
    <T> T remember(String computation, CollaborationGraph graph, Supplier<T> compute);
}
