package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.coopgraph.api.limits.ImportLimits;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Violation;
import org.springframework.stereotype.Component;

/**
 * Reads {@code members.csv} and/or {@code participations.csv} into one import document, with every
 * problem located by file, line and column. The row limit counts both files together.
 */
@Component
public final class CsvImportReader {

    /** A document read from CSV and how to turn its JSON pointers back into CSV locations. */
    public record CsvOutcome(ReadOutcome outcome, CsvLocations locations) {

        /** {@code violations} (pointers into the document) as CSV locations. */
        public List<Violation> located(List<Violation> violations) {
            return violations.stream().map(locations::translate).toList();
        }
    }

    private static final String ROWS_SETTING = "coopgraph.import.max-rows";

    private final int maxRows;
    private final int maxMembers;

    public CsvImportReader(RegionDocumentReader jsonReader) {
        this.maxRows = jsonReader.maxRows();
        this.maxMembers = jsonReader.limits().maxEntries("members");
    }

    /**
     * Either file may be null. {@code existing} is the stored region (empty if it is new): it supplies
     * what the files have no columns for.
     */
    public CsvOutcome read(byte[] membersCsv, byte[] participationsCsv, NetworkSnapshot existing) {
        var violations = new ArrayList<Violation>();
        var failed = new HashSet<String>();
        var locations = new CsvLocations();
        var members = new ArrayList<Member>();
        var projects = new ArrayList<Project>();
        int rows = 0;
        if (membersCsv != null) {
            CsvTable table = CsvTable.parse(MembersCsv.FILE, membersCsv, MembersCsv.COLUMNS, MembersCsv.REQUIRED,
                    Math.min(maxRows, maxMembers), maxMembers < maxRows ? ImportLimits.setting("members")
                            : ROWS_SETTING, violations);
            rows = table.rows().size();
            MembersCsv.read(table, existing, members, locations, violations, failed);
        }
        if (participationsCsv != null) {
            CsvTable table = CsvTable.parse(ParticipationsCsv.FILE, participationsCsv, ParticipationsCsv.COLUMNS,
                    ParticipationsCsv.REQUIRED, maxRows - rows, ROWS_SETTING, violations);
            ParticipationsCsv.read(table, existing, projects, locations, violations, failed);
        }
        var doc = new RegionDocument(null, null, null, null, members, projects, null, null, null);
        return new CsvOutcome(new ReadOutcome(doc, violations, failed), locations);
    }
}
