package org.coopgraph.api.network;

import org.coopgraph.model.Member;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;

/**
 * Places a member in the SBI 2008 hierarchy: the division (level 2) its primary sector lies in,
 * which is what public aggregates group by, and the section (letter) that colours it. A code coarser
 * than a division stays as it is; a code missing from the taxonomy is kept as given.
 */
final class SectorGroups {

    private final Taxonomy taxonomy;

    SectorGroups(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The division-level code of the member's primary sector, or null without a sector. */
    String division(Member member) {
        return upTo(member.primarySectorCode(), 2);
    }

    /** The section letter of a code, or null when unknown. */
    String section(String code) {
        String top = upTo(code, 1);
        Sector sector = top == null ? null : taxonomy.sectorByCode().get(top);
        return sector != null && sector.level() == 1 ? sector.code() : null;
    }

    String name(String code) {
        Sector sector = code == null ? null : taxonomy.sectorByCode().get(code);
        return sector == null ? code : sector.name();
    }

    /** "C28 Vervaardiging van machines": the section letter before a division, as people quote SBI codes. */
    String label(String code) {
        if (code == null) {
            return null;
        }
        String section = section(code);
        String shown = section != null && !section.equals(code) ? section + code : code;
        String name = name(code);
        return name == null || name.equals(code) ? shown : shown + " " + name;
    }

    /** Whether {@code code} is {@code ancestor} or lies under it. */
    boolean within(String code, String ancestor) {
        Sector sector = code == null ? null : taxonomy.sectorByCode().get(code);
        if (code != null && code.equals(ancestor)) {
            return true;
        }
        // Levels run 1..5, so five steps reach the top of any well-formed hierarchy and stop a bad one.
        for (int step = 0; sector != null && step < 5; step++) {
            if (sector.code().equals(ancestor)) {
                return true;
            }
            sector = sector.parentCode() == null ? null : taxonomy.sectorByCode().get(sector.parentCode());
        }
        return false;
    }

    private String upTo(String code, int level) {
        Sector sector = code == null ? null : taxonomy.sectorByCode().get(code);
        for (int step = 0; sector != null && step < 5 && sector.level() > level; step++) {
            Sector parent = sector.parentCode() == null ? null : taxonomy.sectorByCode().get(sector.parentCode());
            if (parent == null) {
                break;
            }
            sector = parent;
        }
        return sector == null ? code : sector.code();
    }
}
