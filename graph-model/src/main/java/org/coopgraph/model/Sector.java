package org.coopgraph.model;

/**
 * An SBI 2008 / NACE Rev. 2 sector. {@code level}: 1 section (letter), 2 division, 3 group, 4 class,
 * 5 Dutch subclass; {@code parentCode} links the hierarchy (PART_OF). Shared by all regions.
 */
public record Sector(String code, String scheme, String name, Integer level, String parentCode) {

    public Sector {
        scheme = scheme == null ? "SBI2008" : scheme;
        Checks.of("Sector").id("/code", code).id("/scheme", scheme).text("/name", name, Checks.MAX_NAME_LENGTH)
                .required("/level", level).range("/level", level, 1, 5)
                .rule(parentCode == null || !parentCode.equals(code), "/parentCode", "must differ from code")
                .optionalId("/parentCode", parentCode)
                .orThrow();
    }
}
