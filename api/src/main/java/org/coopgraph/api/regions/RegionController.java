package org.coopgraph.api.regions;

import java.util.regex.Pattern;
import org.coopgraph.api.errors.ConflictException;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/regions} (paged, sorted by id), {@code GET /api/regions/{regionId}}, and
 * {@code POST /api/regions} (admin key): a new, empty region {@code {id, name, country}}.
 */
@RestController
@RequestMapping("/api/regions")
class RegionController {

    /** New regions get ids that read the same in any address: no case, encoding or separator tricks. */
    private static final Pattern NEW_REGION_ID = Pattern.compile("(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*");

    private final RegionNetworks networks;

    RegionController(RegionNetworks networks) {
        this.networks = networks;
    }

    @GetMapping
    Page<RegionView> list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        var regions = paging.of(networks.regions());
        return new Page<>(regions.items().stream().map(r -> RegionView.of(networks.current(r.id()))).toList(),
                regions.page(), regions.size(), regions.totalItems(), regions.totalPages());
    }

    @GetMapping("/{regionId}")
    RegionView get(@PathVariable String regionId) {
        return RegionView.of(networks.current(regionId));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegionView> create(@RequestBody Region region) {
        if (!NEW_REGION_ID.matcher(region.id()).matches()) {
            throw InvalidInputException.of("/id", "must be lower-case letters and digits, words joined by '-'"
                    + " (e.g. 'veenkolonien' or 'west-brabant'), at most 64 characters: it is part of every address");
        }
        if (networks.regions().stream().anyMatch(existing -> existing.id().equals(region.id()))) {
            throw new ConflictException("Region '" + region.id() + "' exists already; import into it with POST /api/regions/"
                    + region.id() + "/import.");
        }
        networks.importDocument(region.id(), RegionDocument.empty(region));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{regionId}")
                .buildAndExpand(region.id()).toUri()).body(RegionView.of(networks.current(region.id())));
    }
}
