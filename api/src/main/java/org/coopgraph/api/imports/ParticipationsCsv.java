package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopgraph.model.InvalidRecordException;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Violation;

/**
 * Reads {@code participations.csv}: one participation per row, rows grouped into projects by
 * {@code project_id}. Each project named in the file gets exactly the participants listed (its stored
 * participant list is replaced); its status, required skills and themes are kept. The project's own
 * columns may be left empty after its first row, and for a stored project altogether.
 */
final class ParticipationsCsv {

    static final String FILE = "participations.csv";
    static final List<String> COLUMNS = List.of("project_id", "project_name", "start_year", "end_year",
            "member_id", "role", "from_year", "to_year");
    static final Set<String> REQUIRED = Set.of("project_id", "member_id", "role");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("id", "project_id", "name", "project_name",
            "startYear", "start_year", "endYear", "end_year", "memberId", "member_id", "role", "role",
            "fromYear", "from_year", "toYear", "to_year");

    /** One project's rows: the first row's cells, the project columns seen, the participants with their lines. */
    private static final class Group {
        final CsvCells first;
        String name;
        Integer startYear;
        Integer endYear;
        final List<Participation> participants = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();
        final Map<String, Long> lineOfParticipant = new LinkedHashMap<>();

        Group(CsvCells first) {
            this.first = first;
        }
    }

    private ParticipationsCsv() {
    }

    static void read(CsvTable table, NetworkSnapshot existing, List<Project> out, CsvLocations locations,
                     List<Violation> violations, Set<String> failed) {
        var groups = new LinkedHashMap<String, Group>();
        var firstLines = new LinkedHashMap<String, Long>();
        for (CsvTable.Row row : table.rows()) {
            var cells = new CsvCells(table, row, violations);
            String projectId = cells.text("project_id");
            if (projectId == null) {
                cells.fail("project_id", "must not be empty");
                continue;
            }
            Group group = groups.computeIfAbsent(projectId, id -> new Group(cells));
            firstLines.putIfAbsent(projectId, row.line());
            projectColumns(group, cells, firstLines.get(projectId));
            participation(group, cells, row.line());
        }
        for (var entry : groups.entrySet()) {
            String pointer = "/projects/" + out.size();
            Group group = entry.getValue();
            locations.put(pointer, table, firstLines.get(entry.getKey()), ParticipationsCsv::column);
            for (int j = 0; j < group.lines.size(); j++) {
                locations.put(pointer + "/participants/" + j, table, group.lines.get(j), ParticipationsCsv::column);
            }
            Project project = project(entry.getKey(), group, existing);
            if (project == null) {
                failed.add(pointer);
                project = (Project) StandIns.of("projects", entry.getKey(), out.size());
            }
            out.add(project);
        }
    }

    private static void projectColumns(Group group, CsvCells cells, long firstLine) {
        String name = cells.text("project_name");
        Integer start = cells.integer("start_year");
        Integer end = cells.integer("end_year");
        group.name = agreed(cells, "project_name", group.name, name, firstLine);
        group.startYear = agreed(cells, "start_year", group.startYear, start, firstLine);
        group.endYear = agreed(cells, "end_year", group.endYear, end, firstLine);
    }

    private static <T> T agreed(CsvCells cells, String column, T known, T value, long firstLine) {
        if (value == null || known == null || known.equals(value)) {
            return known != null ? known : value;
        }
        cells.fail(column, "differs from the value given earlier for the same project (\"" + known
                + "\", first row on line " + firstLine + ")");
        return known;
    }

    private static void participation(Group group, CsvCells cells, long line) {
        String memberId = cells.text("member_id");
        ParticipationRole role = cells.choice("role", ParticipationRole.class);
        Integer from = cells.integer("from_year");
        Integer to = cells.integer("to_year");
        if (memberId == null && role == null && !cells.bad("role")) {
            return; // a row that only names the project
        }
        try {
            var participation = new Participation(memberId, role, from, to);
            Long earlier = group.lineOfParticipant.putIfAbsent(memberId + " as " + role, line);
            if (earlier != null) {
                cells.fail("member_id", "repeats " + memberId + " as " + role + " from line " + earlier);
            } else if (!cells.anyBad()) {
                group.participants.add(participation);
                group.lines.add(line);
            }
        } catch (InvalidRecordException e) {
            cells.report(e, ParticipationsCsv::column);
        }
    }

    private static Project project(String id, Group group, NetworkSnapshot existing) {
        Project stored = existing.project(id).orElse(null);
        String name = group.name != null || stored == null ? group.name : stored.name();
        Integer start = group.startYear != null || stored == null ? group.startYear : stored.startYear();
        Integer end = group.endYear != null || stored == null ? group.endYear : stored.endYear();
        try {
            return new Project(id, name, start, end, stored == null ? null : stored.status(),
                    group.participants, stored == null ? null : stored.requires(), stored == null ? null : stored.themes());
        } catch (InvalidRecordException e) {
            group.first.report(e, ParticipationsCsv::column);
            return null;
        }
    }

    static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field + " (kept from the stored project)");
    }
}
