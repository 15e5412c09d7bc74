package org.coopgraph.model;

/** The nature of an explicit tie between two members. */
public enum TieKind {
    COLLABORATION, SUPPLY, MENTORING, SHARED_STAFF, KNOWLEDGE_EXCHANGE, FINANCING
}
