package org.coopgraph.api.regions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/regions} (paged, sorted by id) and {@code GET /api/regions/{regionId}}. */
@RestController
@RequestMapping("/api/regions")
class RegionController {

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
}
