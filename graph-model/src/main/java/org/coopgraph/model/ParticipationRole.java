package org.coopgraph.model;

/** The role a member plays in a project. */
public enum ParticipationRole {
    LEAD, PARTNER, EXPERT, STUDENT_TEAM, FUNDER
}
