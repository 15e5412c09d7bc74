package org.coopgraph.model.port;

import java.util.List;
import java.util.OptionalLong;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Region;

/** Writes to the graph. Every write that changes a region bumps its data version in the same transaction. */
public interface NetworkStore {

    /** All regions of the installation, sorted by id. */
    List<Region> regions();

    /** The region's data version, or empty if there is no such region. */
    OptionalLong dataVersion(String regionId);

    /**
     * Writes the plan's changes all-or-nothing: afterwards either all of them are in the graph or none.
     * Returns the region's data version after the write (unchanged for an empty plan).
     */
    long apply(ImportPlan plan);

    /**
     * Deletes one entity with its relationships (a member also loses the questions it asked); a tie is
     * named by {@link org.coopgraph.model.Tie#key()}. Returns false, changing nothing, if it is absent.
     */
    boolean delete(String regionId, EntityKind kind, String id);
}
