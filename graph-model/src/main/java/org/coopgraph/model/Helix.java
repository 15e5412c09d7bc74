package org.coopgraph.model;

/** The helix a member belongs to (triple/quadruple helix model). */
public enum Helix {
    INDUSTRY, EDUCATION, GOVERNMENT, FINANCE, CIVIL_SOCIETY
}
