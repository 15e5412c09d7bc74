package org.coopgraph.api.backup;

import java.nio.charset.StandardCharsets;
import org.coopgraph.api.errors.ForbiddenException;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.port.QuestionHistory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/regions/{regionId}/export} (coordinators): the region's backup as a download named
 * {@code <region>-<dataVersion>.json}. It names every member, consenting or not, so it is never public.
 */
@RestController
class ExportController {

    private final RegionNetworks networks;
    private final QuestionHistory history;

    ExportController(RegionNetworks networks, QuestionHistory history) {
        this.networks = networks;
        this.history = history;
    }

    @GetMapping(path = "/api/regions/{regionId}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegionBackup> export(@PathVariable String regionId) {
        // The security rules let only the region's coordinators (and the admin) this far; this says so here too.
        if (!Access.current().canWrite()) {
            throw new ForbiddenException("A region's export names every member and is for the region's coordinators.");
        }
        // Under the write lock, so the history belongs to exactly the data version of the snapshot.
        Versioned export = networks.exclusively(() -> {
            NetworkSnapshot snapshot = networks.current(regionId);
            return new Versioned(RegionBackup.of(snapshot, history.changes(regionId)), snapshot.dataVersion());
        });
        RegionBackup backup = export.backup();
        String file = backup.region().id() + "-" + export.dataVersion() + ".json";
        var disposition = ContentDisposition.attachment();
        // filename* (RFC 6266) only when an id is not plain ASCII.
        disposition = StandardCharsets.US_ASCII.newEncoder().canEncode(file) ? disposition.filename(file)
                : disposition.filename(file, StandardCharsets.UTF_8);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString()).body(backup);
    }

    private record Versioned(RegionBackup backup, long dataVersion) {
    }
}
