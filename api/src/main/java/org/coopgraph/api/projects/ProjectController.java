package org.coopgraph.api.projects;

import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.Project;
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

/** {@code /api/regions/{regionId}/projects}: list (paged, filtered), get, create, replace, delete. */
@RestController
@RequestMapping("/api/regions/{regionId}/projects")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    Page<ProjectView> list(@PathVariable String regionId, @RequestParam(required = false) String year,
                           @RequestParam(required = false) String status, @RequestParam(required = false) String theme,
                           @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return projects.list(regionId, ProjectQuery.of(year, status, theme), Paging.of(page, size), Access.current());
    }

    @GetMapping("/{id}")
    ProjectView get(@PathVariable String regionId, @PathVariable String id) {
        return projects.get(regionId, id, Access.current());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Project> create(@PathVariable String regionId, @RequestBody(required = false) byte[] body) {
        Project created = projects.create(regionId, body);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/regions/{regionId}/projects/{id}")
                .buildAndExpand(regionId, created.id()).encode().toUri()).body(created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Project replace(@PathVariable String regionId, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        return projects.replace(regionId, id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String regionId, @PathVariable String id) {
        projects.delete(regionId, id);
        return ResponseEntity.noContent().build();
    }
}
