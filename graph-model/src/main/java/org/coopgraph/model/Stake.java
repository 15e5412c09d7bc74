package org.coopgraph.model;

/** A member's stake in an agenda theme (HAS_STAKE): interest and influence 1-5 and a stance. */
public record Stake(String themeId, Integer interest, Integer influence, Stance stance) {

    public Stake {
        Checks.of("Stake").id("/themeId", themeId)
                .required("/interest", interest).range("/interest", interest, 1, 5)
                .required("/influence", influence).range("/influence", influence, 1, 5)
                .required("/stance", stance).orThrow();
    }
}
