package org.coopgraph.model;

/** One cooperative. An installation holds many regions; every regional node carries its id. */
public record Region(String id, String name, String country) {

    public Region {
        Checks.of("Region").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH)
                .optionalText("/country", country, 2).orThrow();
    }
}
