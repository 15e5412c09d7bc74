package org.coopgraph.api.taxonomy;

import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only {@code /api/sectors}, {@code /api/skills}, {@code /api/themes}, each a paged list (optional
 * {@code q}: name contains) and one entry by code or id. ESCO skill ids are URIs, which cannot be one
 * path segment, so {@code /api/skills/by-id?id=...} takes any skill id as a query parameter.
 */
@RestController
@RequestMapping("/api")
class TaxonomyController {

    private final TaxonomyService taxonomy;

    TaxonomyController(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/sectors")
    Page<Sector> sectors(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                         @RequestParam(required = false) String size) {
        return taxonomy.sectors(QueryParams.text(q), Paging.of(page, size));
    }

    @GetMapping("/sectors/{code}")
    Sector sector(@PathVariable String code) {
        return taxonomy.sector(code);
    }

    @GetMapping("/skills")
    Page<Skill> skills(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size) {
        return taxonomy.skills(QueryParams.text(q), Paging.of(page, size));
    }

    @GetMapping("/skills/by-id")
    Skill skillById(@RequestParam String id) {
        return taxonomy.skill(id);
    }

    @GetMapping("/skills/{id}")
    Skill skill(@PathVariable String id) {
        return taxonomy.skill(id);
    }

    @GetMapping("/themes")
    Page<Theme> themes(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size) {
        return taxonomy.themes(QueryParams.text(q), Paging.of(page, size));
    }

    @GetMapping("/themes/{id}")
    Theme theme(@PathVariable String id) {
        return taxonomy.theme(id);
    }
}
