package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopgraph.model.Helix;
import org.coopgraph.model.InvalidRecordException;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.SizeClass;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Violation;

/**
 * Reads {@code members.csv}: one member per row. List cells are separated by {@code ;}, the first
 * sector is the primary one, skills are {@code skillId:level}. What the file has no columns for
 * (whom a member supplies, its stakes) is kept from the stored member.
 */
final class MembersCsv {

    static final String FILE = "members.csv";
    static final List<String> COLUMNS = List.of("id", "name", "kind", "helix", "municipality", "sizeClass", "website",
            "publicProfile", "joined", "left", "sectors", "skills", "teaches");
    static final Set<String> REQUIRED = Set.of("id", "name", "kind", "helix");

    private MembersCsv() {
    }

    /** Adds a member (or a stand-in for a bad row) per row to {@code out}, recording where each came from. */
    static void read(CsvTable table, NetworkSnapshot existing, List<Member> out, CsvLocations locations,
                     List<Violation> violations, Set<String> failed) {
        for (CsvTable.Row row : table.rows()) {
            String pointer = "/members/" + out.size();
            locations.put(pointer, table, row.line(), MembersCsv::column);
            var cells = new CsvCells(table, row, violations);
            Member member = member(cells, existing);
            if (member == null) {
                failed.add(pointer);
                member = (Member) StandIns.of("members", cells.text("id"), out.size());
            }
            out.add(member);
        }
    }

    private static Member member(CsvCells cells, NetworkSnapshot existing) {
        String id = cells.text("id");
        MemberKind kind = cells.choice("kind", MemberKind.class);
        Helix helix = cells.choice("helix", Helix.class);
        SizeClass size = cells.choice("sizeClass", SizeClass.class);
        Boolean publicProfile = cells.bool("publicProfile");
        Integer joined = cells.integer("joined");
        Integer left = cells.integer("left");
        var sectorCodes = cells.list("sectors", code -> new SectorLink(code, false).code());
        var sectors = new ArrayList<SectorLink>();
        for (int i = 0; i < sectorCodes.size(); i++) {
            sectors.add(new SectorLink(sectorCodes.get(i), i == 0));
        }
        List<SkillLevel> skills = cells.list("skills", MembersCsv::skillLevel);
        List<String> teaches = cells.list("teaches", skill -> new SkillLevel(skill, 1).skillId());
        Member stored = id == null ? null : existing.member(id).orElse(null);
        try {
            Member member = new Member(id, cells.text("name"), kind, helix, cells.text("municipality"), size,
                    cells.text("website"), publicProfile, joined, left, sectors, skills, teaches,
                    stored == null ? null : stored.suppliesTo(), stored == null ? null : stored.stakes());
            return cells.anyBad() ? null : member;
        } catch (InvalidRecordException e) {
            cells.report(e, MembersCsv::column);
            return null;
        }
    }

    /** {@code skillId:level}; split at the last colon because ESCO skill ids are URIs. */
    private static SkillLevel skillLevel(String entry) {
        int colon = entry.lastIndexOf(':');
        String level = colon < 0 ? "" : entry.substring(colon + 1).trim();
        if (!level.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("entry \"" + entry + "\" must be skillId:level, the level from 1 to 5");
        }
        return new SkillLevel(entry.substring(0, colon).trim(), Integer.valueOf(level));
    }

    /** The column holding a member's field; fields without a column were kept from the stored member. */
    static String column(String field) {
        return COLUMNS.contains(field) ? field : field + " (kept from the stored member)";
    }
}
