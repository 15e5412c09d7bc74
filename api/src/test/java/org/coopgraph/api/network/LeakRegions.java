package org.coopgraph.api.network;

import org.coopgraph.model.RegionDocument;

/** The seeded random regions with random consent, for tests outside this package. */
public final class LeakRegions {

    private LeakRegions() {
    }

    public static RegionDocument random(long seed, String regionId) {
        return Networks.randomRegion(seed, regionId);
    }
}
