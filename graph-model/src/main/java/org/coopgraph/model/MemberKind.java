package org.coopgraph.model;

/** What kind of organisation or person a member is. */
public enum MemberKind {
    COMPANY, SCHOOL, KNOWLEDGE_INSTITUTE, BANK, GOVERNMENT, ADVISER, FOUNDATION, ASSOCIATION, PERSON
}
