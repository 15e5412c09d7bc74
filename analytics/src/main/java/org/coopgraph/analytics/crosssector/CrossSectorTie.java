package org.coopgraph.analytics.crosssector;

import java.util.Objects;
import org.coopgraph.model.Helix;

/** A tie between members of different sectors (at the chosen level), memberA's id sorting first. */
public record CrossSectorTie(String memberA, String sectorA, Helix helixA, String memberB, String sectorB, Helix helixB,
                             double weight) {

    public CrossSectorTie {
        Objects.requireNonNull(memberA, "memberA");
        Objects.requireNonNull(memberB, "memberB");
        Objects.requireNonNull(sectorA, "sectorA");
        Objects.requireNonNull(sectorB, "sectorB");
        if (memberA.compareTo(memberB) >= 0) {
            throw new IllegalArgumentException("memberA must sort before memberB: " + memberA + ", " + memberB);
        }
        if (sectorA.equals(sectorB)) {
            throw new IllegalArgumentException("a cross-sector tie joins two sectors, got " + sectorA + " twice");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite: " + weight);
        }
    }

    public boolean crossesHelix() {
        return helixA != helixB;
    }
}
