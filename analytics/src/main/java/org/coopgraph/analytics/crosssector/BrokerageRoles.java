package org.coopgraph.analytics.crosssector;

/**
 * How often a member sits in the middle of an open triad, by Gould-Fernandez role (groups = sectors).
 * On the undirected graph gatekeeper and representative are the same triads, "one side shares the
 * broker's sector", and always equal; {@code openTriads} counts each triad once (see
 * {@link org.coopgraph.analytics.graph.GouldFernandezBrokerage}).
 */
public record BrokerageRoles(long coordinator, long gatekeeper, long representative, long itinerant, long liaison,
                             long openTriads) {

    public BrokerageRoles {
        if (coordinator < 0 || gatekeeper < 0 || representative < 0 || itinerant < 0 || liaison < 0) {
            throw new IllegalArgumentException("role counts must not be negative");
        }
        if (openTriads != coordinator + gatekeeper + itinerant + liaison) {
            throw new IllegalArgumentException("openTriads must count each triad once: " + openTriads);
        }
    }
}
