package org.coopgraph.model;

/** A member's position on an agenda theme; conflicting stances are data, not errors. */
public enum Stance {
    SUPPORTS, NEUTRAL, OPPOSES
}
