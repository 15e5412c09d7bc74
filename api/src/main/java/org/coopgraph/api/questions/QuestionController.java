package org.coopgraph.api.questions;

import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.Question;
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

/** {@code /api/regions/{regionId}/questions}: list (paged, filtered), get, create, replace, delete. */
@RestController
@RequestMapping("/api/regions/{regionId}/questions")
class QuestionController {

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping
    Page<QuestionView> list(@PathVariable String regionId,
                            @RequestParam(required = false) String status, @RequestParam(required = false) String theme,
                            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return questions.list(regionId, QuestionQuery.of(status, theme), Paging.of(page, size), Access.current());
    }

    @GetMapping("/{id}")
    QuestionView get(@PathVariable String regionId, @PathVariable String id) {
        return questions.get(regionId, id, Access.current());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Question> create(@PathVariable String regionId, @RequestBody(required = false) byte[] body) {
        Question created = questions.create(regionId, body);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/regions/{regionId}/questions/{id}")
                .buildAndExpand(regionId, created.id()).encode().toUri()).body(created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Question replace(@PathVariable String regionId, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        return questions.replace(regionId, id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String regionId, @PathVariable String id) {
        questions.delete(regionId, id);
        return ResponseEntity.noContent().build();
    }
}
