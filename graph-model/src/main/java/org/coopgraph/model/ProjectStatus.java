package org.coopgraph.model;

/** Life-cycle state of a project. */
public enum ProjectStatus {
    PLANNED, ACTIVE, COMPLETED, CANCELLED
}
