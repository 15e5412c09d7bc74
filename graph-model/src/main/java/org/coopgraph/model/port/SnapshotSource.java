package org.coopgraph.model.port;

import java.util.Optional;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Taxonomy;

/** Reads regions into immutable snapshots for analysis. */
public interface SnapshotSource {

    /** The region's current network with its data version, or empty if there is no such region. */
    Optional<NetworkSnapshot> load(String regionId);

    /** The region as it stood in {@code asOfYear}; see {@link NetworkSnapshot#asOf(int)}. */
    default Optional<NetworkSnapshot> load(String regionId, int asOfYear) {
        return load(regionId).map(snapshot -> snapshot.asOf(asOfYear));
    }

    /** All sectors, skills and themes of the installation (shared by every region). */
    Taxonomy taxonomy();
}
