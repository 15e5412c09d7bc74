package org.coopgraph.model;

/** A member's activity in a sector (IN_SECTOR); {@code primary} marks its main activity. */
public record SectorLink(String code, boolean primary) {

    public SectorLink {
        Checks.of("SectorLink").id("/code", code).orThrow();
    }
}
