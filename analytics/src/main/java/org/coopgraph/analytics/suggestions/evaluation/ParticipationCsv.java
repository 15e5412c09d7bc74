package org.coopgraph.analytics.suggestions.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;

/**
 * Reads real participation data, one row per participation, with the header
 * {@code project_id,start_year,org_id,org_name,org_type,region} (RFC 4180 quoting), into a snapshot
 * for evaluation: one member per organisation (joined in its first project's year, never left, no
 * public profile), one project per id (partners only). Rows of other regions are skipped when a
 * region is given. {@code org_type} maps to a helix ({@link #helix}).
 */
public final class ParticipationCsv {

    static final List<String> HEADER = List.of("project_id", "start_year", "org_id", "org_name", "org_type", "region");

    private ParticipationCsv() {
    }

    /**
     * The helix of an organisation type: CORDIS activity types PRC (private for-profit) INDUSTRY, HES
     * (higher or secondary education) and REC (research organisation) EDUCATION, PUB (public body)
     * GOVERNMENT, OTH (other) CIVIL_SOCIETY; a helix name itself; or the words company, business,
     * industry, sme, firm (INDUSTRY), university, school, college, education, research, knowledge
     * (EDUCATION), government, municipality, public, province (GOVERNMENT), bank, finance, fund,
     * investor (FINANCE), ngo, association, foundation, civil, other (CIVIL_SOCIETY).
     */
    public static Helix helix(String orgType) {
        String t = orgType.strip().toUpperCase(Locale.ROOT);
        for (Helix h : Helix.values()) {
            if (h.name().equals(t)) {
                return h;
            }
        }
        return switch (t) {
            case "PRC", "COMPANY", "BUSINESS", "INDUSTRY", "SME", "FIRM" -> Helix.INDUSTRY;
            case "HES", "REC", "UNIVERSITY", "SCHOOL", "COLLEGE", "EDUCATION", "RESEARCH", "KNOWLEDGE" -> Helix.EDUCATION;
            case "PUB", "GOVERNMENT", "MUNICIPALITY", "PUBLIC", "PROVINCE" -> Helix.GOVERNMENT;
            case "BANK", "FINANCE", "FUND", "INVESTOR" -> Helix.FINANCE;
            case "OTH", "NGO", "ASSOCIATION", "FOUNDATION", "CIVIL", "OTHER" -> Helix.CIVIL_SOCIETY;
            default -> throw new IllegalArgumentException("unknown org_type '" + orgType + "'");
        };
    }

    /** @throws IllegalArgumentException naming the line of the first bad row */
    public static NetworkSnapshot read(String csv, String regionFilter, String datasetName) {
        List<List<String>> rows = CsvRows.parse(csv);
        if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalArgumentException("line 1: the header must be " + String.join(",", HEADER));
        }
        Map<String, String[]> orgs = new TreeMap<>();
        Map<String, Integer> firstYear = new TreeMap<>();
        Map<String, Integer> projectYear = new LinkedHashMap<>();
        Map<String, List<String>> partners = new TreeMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != HEADER.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 6 fields, found " + row.size());
            }
            if (regionFilter != null && !regionFilter.equals(row.get(5).strip())) {
                continue;
            }
            String project = row.get(0).strip();
            String org = row.get(2).strip();
            int year;
            try {
                year = Integer.parseInt(row.get(1).strip());
                helix(row.get(4));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
            orgs.putIfAbsent(org, new String[] {row.get(3).strip(), row.get(4)});
            firstYear.merge(org, year, Math::min);
            projectYear.merge(project, year, Math::min);
            List<String> team = partners.computeIfAbsent(project, p -> new ArrayList<>());
            if (!team.contains(org)) {
                team.add(org);
            }
        }
        List<Member> members = new ArrayList<>();
        orgs.forEach((id, o) -> {
            Helix helix = helix(o[1]);
            members.add(new Member(id, o[0].isEmpty() ? id : o[0], kind(helix), helix, null, null, null, false,
                    firstYear.get(id), null, null, null, null, null, null));
        });
        List<Project> projects = new ArrayList<>();
        partners.forEach((id, team) -> projects.add(new Project(id, id, projectYear.get(id), null, null,
                team.stream().map(m -> new Participation(m, ParticipationRole.PARTNER, null, null)).toList(), null, null)));
        return new NetworkSnapshot(new Region("csv", datasetName, null), 1, null, Taxonomy.EMPTY, members, projects,
                List.of(), List.of(), List.of());
    }

    private static MemberKind kind(Helix helix) {
        return switch (helix) {
            case INDUSTRY -> MemberKind.COMPANY;
            case EDUCATION -> MemberKind.KNOWLEDGE_INSTITUTE;
            case GOVERNMENT -> MemberKind.GOVERNMENT;
            case FINANCE -> MemberKind.BANK;
            case CIVIL_SOCIETY -> MemberKind.ASSOCIATION;
        };
    }
}
