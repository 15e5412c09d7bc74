package org.coopgraph.api.valuechains;

import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.imports.EntityType;
import org.coopgraph.api.imports.EntityWriter;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ValueChain;
import org.springframework.stereotype.Service;

/** A region's value chains with their ordered steps (no member is named in them, so no consent rule applies). */
@Service
final class ValueChainService {

    private final RegionNetworks networks;
    private final EntityWriter writer;

    ValueChainService(RegionNetworks networks, EntityWriter writer) {
        this.networks = networks;
        this.writer = writer;
    }

    Page<ValueChain> list(String regionId, Paging paging) {
        return paging.of(networks.current(regionId).valueChains());
    }

    ValueChain get(String regionId, String id) {
        return networks.current(regionId).valueChain(id).orElseThrow(() -> new NotFoundException("value chain", id));
    }

    ValueChain create(String regionId, byte[] body) {
        return writer.create(regionId, body, EntityType.VALUE_CHAIN);
    }

    ValueChain replace(String regionId, String id, byte[] body) {
        return writer.replace(regionId, id, body, EntityType.VALUE_CHAIN);
    }

    void delete(String regionId, String id) {
        networks.delete(regionId, EntityKind.VALUE_CHAIN, id);
    }
}
