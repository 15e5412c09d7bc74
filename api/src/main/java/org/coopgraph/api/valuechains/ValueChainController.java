package org.coopgraph.api.valuechains;

import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.model.ValueChain;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/regions/{regionId}/value-chains}: list (paged), get, create, replace, delete. */
@RestController
@RequestMapping("/api/regions/{regionId}/value-chains")
class ValueChainController {

    private final ValueChainService chains;

    ValueChainController(ValueChainService chains) {
        this.chains = chains;
    }

    @GetMapping
    Page<ValueChain> list(@PathVariable String regionId, @RequestParam(required = false) String page,
                          @RequestParam(required = false) String size) {
        return chains.list(regionId, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    ValueChain get(@PathVariable String regionId, @PathVariable String id) {
        return chains.get(regionId, id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ValueChain> create(@PathVariable String regionId, @RequestBody(required = false) byte[] body) {
        ValueChain created = chains.create(regionId, body);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/regions/{regionId}/value-chains/{id}")
                .buildAndExpand(regionId, created.id()).encode().toUri()).body(created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ValueChain replace(@PathVariable String regionId, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        return chains.replace(regionId, id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String regionId, @PathVariable String id) {
        chains.delete(regionId, id);
        return ResponseEntity.noContent().build();
    }
}
