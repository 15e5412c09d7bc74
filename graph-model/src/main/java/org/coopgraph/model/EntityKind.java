package org.coopgraph.model;

/** The kinds of region-owned entity that can be written and deleted one by one. */
public enum EntityKind {
    MEMBER, PROJECT, QUESTION, VALUE_CHAIN, TIE
}
