package org.coopgraph.api.regions;

import org.coopgraph.model.NetworkSnapshot;

/** A region with its data version and how much it holds (counts include members without public profile). */
record RegionView(String id, String name, String country, long dataVersion, Counts counts) {

    record Counts(int members, int projects, int questions, int ties, int valueChains) {
    }

    static RegionView of(NetworkSnapshot s) {
        return new RegionView(s.region().id(), s.region().name(), s.region().country(), s.dataVersion(),
                new Counts(s.members().size(), s.projects().size(), s.questions().size(), s.ties().size(),
                        s.valueChains().size()));
    }
}
