package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.ImportResult;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Violation;
import org.coopgraph.model.port.QuestionHistory;
import org.springframework.stereotype.Service;

/**
 * Imports a JSON document or CSV files into a region, all or nothing. When some entries cannot even be
 * read, the references and duplicates of the readable rest are checked too, so one answer lists every
 * problem; the write itself (validation, plan, data version) is {@link RegionNetworks#importDocument}.
 * A backup's question history is checked with the document and restored right after it ({@link BackupHistory}).
 */
@Service
public final class ImportService {

    private final RegionNetworks networks;
    private final RegionDocumentReader jsonReader;
    private final CsvImportReader csvReader;
    private final QuestionHistory history;

    public ImportService(RegionNetworks networks, RegionDocumentReader jsonReader, CsvImportReader csvReader,
                         QuestionHistory history) {
        this.networks = networks;
        this.jsonReader = jsonReader;
        this.csvReader = csvReader;
        this.history = history;
    }

    public ImportResult importJson(String regionId, byte[] json) {
        ReadOutcome read = jsonReader.read(json);
        if (read.history().isEmpty()) {
            if (!read.ok()) {
                throw new InvalidInputException(read.withChecks(networks.check(regionId, read.document())));
            }
            return networks.importDocument(regionId, read.document());
        }
        return networks.exclusively(() -> {
            var violations = new ArrayList<>(read.withChecks(networks.check(regionId, read.document())));
            violations.addAll(BackupHistory.violations(read, existing(regionId)));
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return BackupHistory.restore(networks.importDocument(regionId, read.document()), history, read.history());
        });
    }

    /** Either file may be null, not both. */
    public ImportResult importCsv(String regionId, byte[] membersCsv, byte[] participationsCsv) {
        if (membersCsv == null && participationsCsv == null) {
            throw InvalidInputException.of("members", "send a part named members (members.csv), participations "
                    + "(participations.csv) or both");
        }
        NetworkSnapshot existing = existing(regionId);
        var csv = csvReader.read(membersCsv, participationsCsv, existing);
        ReadOutcome read = csv.outcome();
        if (!read.ok()) {
            throw new InvalidInputException(csv.located(read.withChecks(networks.check(regionId, read.document()))));
        }
        try {
            return networks.importDocument(regionId, read.document());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(csv.located(e.violations()));
        }
    }

    private NetworkSnapshot existing(String regionId) {
        try {
            return networks.current(regionId);
        } catch (NotFoundException e) {
            return NetworkSnapshot.empty(region(regionId), networks.taxonomy());
        }
    }

    private static Region region(String regionId) {
        try {
            return new Region(regionId, regionId, null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new Violation("regionId", e.getMessage())));
        }
    }
}
