package org.coopgraph.analytics.crosssector;

import java.util.Objects;

/**
 * A tie whose loss disconnects its part of the network; {@code cutOffCount} members are on the
 * smaller side. memberA's id sorts first.
 */
public record Bridge(String memberA, String memberB, double weight, int cutOffCount) {

    public Bridge {
        Objects.requireNonNull(memberA, "memberA");
        Objects.requireNonNull(memberB, "memberB");
        if (memberA.compareTo(memberB) >= 0) {
            throw new IllegalArgumentException("memberA must sort before memberB: " + memberA + ", " + memberB);
        }
        if (cutOffCount < 1) {
            throw new IllegalArgumentException("a bridge cuts off at least one member: " + cutOffCount);
        }
    }
}
