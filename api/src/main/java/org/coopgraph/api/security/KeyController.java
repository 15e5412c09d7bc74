package org.coopgraph.api.security;

import java.util.List;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.RegionNetworks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's API keys. Creating and revoking need the admin key; listing also the region's
 * coordinators (the rules are in {@link SecurityConfiguration}). The secret is in the creation answer
 * only. An unknown region is a 404 for all three.
 */
@RestController
@RequestMapping("/api/regions/{regionId}/keys")
class KeyController {

    private final ApiKeys keys;
    private final RegionNetworks regions;

    KeyController(ApiKeys keys, RegionNetworks regions) {
        this.keys = keys;
        this.regions = regions;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<NewKey> create(@PathVariable String regionId, @RequestBody(required = false) KeyRequest request) {
        regions.current(regionId);
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.create(regionId, request));
    }

    @GetMapping
    List<KeyView> list(@PathVariable String regionId) {
        regions.current(regionId);
        return keys.list(regionId);
    }

    @DeleteMapping("/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String regionId, @PathVariable String keyId) {
        regions.current(regionId);
        if (!keys.revoke(regionId, keyId)) {
            throw new NotFoundException("key", keyId);
        }
        return ResponseEntity.noContent().build();
    }
}
