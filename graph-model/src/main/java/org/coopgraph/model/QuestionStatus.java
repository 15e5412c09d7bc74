package org.coopgraph.model;

/** A question's progress, from asked to answered. */
public enum QuestionStatus {
    OPEN, MATCHED, IN_PROGRESS, ANSWERED
}
