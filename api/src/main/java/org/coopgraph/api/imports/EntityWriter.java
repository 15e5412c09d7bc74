package org.coopgraph.api.imports;

import java.util.function.Consumer;
import org.coopgraph.api.errors.ConflictException;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Violation;
import org.springframework.stereotype.Service;

/**
 * Creates and replaces single entities (the CRUD writes) as one-entity import documents, so their
 * validation and reference checks are exactly those of an import; problems are located in the body.
 */
@Service
public final class EntityWriter {

    private final RegionNetworks networks;
    private final RegionDocumentReader reader;

    public EntityWriter(RegionNetworks networks, RegionDocumentReader reader) {
        this.networks = networks;
        this.reader = reader;
    }

    /**
     * Adds a new entity to an existing region; 409 if its id is taken, checked under the region's write
     * lock so that of two simultaneous creates of one id the second is refused, not turned into an update.
     * Returns it as stored.
     */
    public <T> T create(String regionId, byte[] body, EntityType<T> type) {
        networks.current(regionId);
        T value = reader.readOne(body, type.type());
        String id = type.id().apply(value);
        write(regionId, value, type, stored -> {
            if (type.find().apply(stored, id).isPresent()) {
                throw new ConflictException("A " + type.name() + " with id '" + id + "' already exists in region '"
                        + regionId + "': change it with PUT");
            }
        });
        return type.canonical().apply(value);
    }

    /** Replaces an existing entity (with its owned relationships); 404 if there is none. Returns it as stored. */
    public <T> T replace(String regionId, String id, byte[] body, EntityType<T> type) {
        networks.current(regionId);
        T value = reader.readOne(body, type.type());
        if (!id.equals(type.id().apply(value))) {
            throw InvalidInputException.of("/id", "must match the id in the address ('" + id + "')");
        }
        write(regionId, value, type, stored -> {
            if (type.find().apply(stored, id).isEmpty()) {
                throw new NotFoundException(type.name(), id);
            }
        });
        return type.canonical().apply(value);
    }

    private <T> void write(String regionId, T value, EntityType<T> type, Consumer<NetworkSnapshot> precondition) {
        try {
            networks.importDocument(regionId, type.document().apply(value), precondition);
        } catch (InvalidInputException e) {
            String prefix = "/" + type.listName() + "/0";
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> v.location().startsWith(prefix) ? new Violation(v.location().substring(prefix.length()), v.message()) : v)
                    .toList());
        }
    }
}
