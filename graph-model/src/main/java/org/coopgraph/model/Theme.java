package org.coopgraph.model;

/** An area agenda theme (energy transition, care, mobility, ...). Shared by all regions. */
public record Theme(String id, String name) {

    public Theme {
        Checks.of("Theme").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH).orThrow();
    }
}
