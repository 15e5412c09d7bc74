package org.coopgraph.api.network;

/**
 * One node of an exported network: a member, or (public view) an aggregate standing for the members
 * of one sector who did not consent to a public profile. An aggregate carries only counts and
 * sector facts, never an id, name, place or web address of a member it stands for.
 * {@code kind} is the member kind, "AGGREGATE" for aggregates; {@code helix} is "MIXED" for an
 * aggregate of several helices; {@code years} the membership years in compact form ("2019-2021,2023");
 * {@code projects} distinct projects taken part in; {@code members} 1 for a member, the count for an
 * aggregate; {@code internalTies} ties among an aggregate's own members; {@code degree} distinct
 * neighbours in this export; {@code municipality} and {@code website} are null unless shown.
 */
public record NetNode(String id, String label, NodeType type, String kind, String helix, String sector,
                      String sectorName, String section, int community, String years, int projects, int members,
                      int internalTies, int degree, String municipality, String website, double x, double y) {

    /** The type of node. */
    public enum NodeType { MEMBER, AGGREGATE }

    /** Drawn size: grows with the square root of the degree so hubs stand out without swamping. */
    public double size() {
        return Math.round((6 + 3 * Math.sqrt(degree)) * 10) / 10.0;
    }

    NetNode withDegreeAndPosition(int newDegree, double newX, double newY) {
        return new NetNode(id, label, type, kind, helix, sector, sectorName, section, community, years, projects,
                members, internalTies, newDegree, municipality, website, newX, newY);
    }
}
