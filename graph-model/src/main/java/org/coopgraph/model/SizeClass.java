package org.coopgraph.model;

/** EU SME size classes by staff headcount: micro <10, small <50, medium <250, large. */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
