package org.coopgraph.analytics.report;

import java.util.List;

/** Brokers and cut points in the report year beside the previous year. */
public record BrokersSection(BrokersYear year, BrokersYear previous) {

    /**
     * {@code brokers}: highest betweenness first (then label), at most 10; {@code cutPoints}:
     * articulation points, most members cut off first, at most 10 of {@code cutPointCount};
     * {@code bridges} ties whose loss splits the network; components as counts.
     * {@code betweennessExact} false: betweenness estimated from seeded pivots (large regions).
     */
    public record BrokersYear(int year, List<Broker> brokers, boolean betweennessExact, List<CutPoint> cutPoints,
                              int cutPointCount, int bridges, int components, int largestComponent,
                              int isolatedMembers) {
        public BrokersYear {
            brokers = List.copyOf(brokers);
            cutPoints = List.copyOf(cutPoints);
        }
    }

    /**
     * A broker: Brandes betweenness (raw and normalised), Burt's constraint (null without ties) and the
     * Gould-Fernandez role counts by sector (gatekeeper equals representative on undirected ties).
     */
    public record Broker(MemberRef member, double betweenness, double normalizedBetweenness, Double constraint,
                         long coordinator, long gatekeeper, long itinerant, long liaison) {
    }

    /**
     * A member whose leaving cuts {@code cutOffCount} members off the rest; {@code cutOff} lists at most
     * 10 of them (named first, then unnamed).
     */
    public record CutPoint(MemberRef member, int cutOffCount, List<MemberRef> cutOff) {
        public CutPoint {
            cutOff = List.copyOf(cutOff);
        }
    }
}
