package org.coopgraph.api.imports;

import java.io.IOException;
import org.coopgraph.api.regions.ImportResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/regions/{regionId}/import}: a JSON document, or CSV files as multipart form data. */
@RestController
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/regions/{regionId}/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importJson(@PathVariable String regionId, @RequestBody(required = false) byte[] document) {
        return imports.importJson(regionId, document);
    }

    @PostMapping(path = "/api/regions/{regionId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importCsv(@PathVariable String regionId,
                           @RequestPart(name = "members", required = false) MultipartFile members,
                           @RequestPart(name = "participations", required = false) MultipartFile participations)
            throws IOException {
        return imports.importCsv(regionId, bytes(members), bytes(participations));
    }

    private static byte[] bytes(MultipartFile part) throws IOException {
        return part == null ? null : part.getBytes();
    }
}
