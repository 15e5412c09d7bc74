package org.coopgraph.api.projects;

import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.imports.EntityType;
import org.coopgraph.api.imports.EntityWriter;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.springframework.stereotype.Service;

/** Projects of a region with their participants, shown as {@link PublicView} allows. */
@Service
final class ProjectService {

    private final RegionNetworks networks;
    private final EntityWriter writer;

    ProjectService(RegionNetworks networks, EntityWriter writer) {
        this.networks = networks;
        this.writer = writer;
    }

    Page<ProjectView> list(String regionId, ProjectQuery query, Paging paging, Access access) {
        NetworkSnapshot snapshot = networks.current(regionId);
        if (query.theme() != null && snapshot.theme(query.theme()).isEmpty()) {
            throw InvalidInputException.of("theme", "is not a known theme id (was \"" + query.theme() + "\")");
        }
        PublicView view = PublicView.of(access, snapshot);
        return paging.of(snapshot.projects().stream().filter(query::matches).toList()).map(p -> ProjectView.of(p, view));
    }

    ProjectView get(String regionId, String id, Access access) {
        NetworkSnapshot snapshot = networks.current(regionId);
        Project project = snapshot.project(id).orElseThrow(() -> new NotFoundException("project", id));
        return ProjectView.of(project, PublicView.of(access, snapshot));
    }

    Project create(String regionId, byte[] body) {
        return writer.create(regionId, body, EntityType.PROJECT);
    }

    Project replace(String regionId, String id, byte[] body) {
        return writer.replace(regionId, id, body, EntityType.PROJECT);
    }

    void delete(String regionId, String id) {
        networks.delete(regionId, EntityKind.PROJECT, id);
    }
}
