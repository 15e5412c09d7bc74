package org.coopgraph.api.members;

import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.Member;
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

/** {@code /api/regions/{regionId}/members}: list (paged, filtered), get, create, replace, delete. */
@RestController
@RequestMapping("/api/regions/{regionId}/members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    MemberPage list(@PathVariable String regionId,
                    @RequestParam(required = false) String sector, @RequestParam(required = false) String helix,
                    @RequestParam(required = false) String year, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return members.list(regionId, MemberQuery.of(sector, helix, year, q), Paging.of(page, size), Access.current());
    }

    @GetMapping("/{id}")
    Member get(@PathVariable String regionId, @PathVariable String id) {
        return members.get(regionId, id, Access.current());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Member> create(@PathVariable String regionId, @RequestBody(required = false) byte[] body) {
        Member created = members.create(regionId, body);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/regions/{regionId}/members/{id}")
                .buildAndExpand(regionId, created.id()).encode().toUri()).body(created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Member replace(@PathVariable String regionId, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        return members.replace(regionId, id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String regionId, @PathVariable String id) {
        members.delete(regionId, id);
        return ResponseEntity.noContent().build();
    }
}
