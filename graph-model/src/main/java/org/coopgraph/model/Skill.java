package org.coopgraph.model;

/** An ESCO-style competence; {@code id} may be an ESCO URI, {@code broaderId} its parent (BROADER). */
public record Skill(String id, String name, String group, String broaderId) {

    public Skill {
        Checks.of("Skill").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH)
                .optionalText("/group", group, Checks.MAX_NAME_LENGTH)
                .rule(broaderId == null || !broaderId.equals(id), "/broaderId", "must differ from id")
                .optionalId("/broaderId", broaderId)
                .orThrow();
    }
}
