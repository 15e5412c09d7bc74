package org.coopgraph.api.questions;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/regions/{regionId}/questions/{id}/status}: GET the question's progress with its dated
 * changes; POST {@code {"status": "MATCHED", "on": "2024-03-01"}} to move it one step on (coordinator key).
 */
@RestController
@RequestMapping("/api/regions/{regionId}/questions/{id}/status")
class QuestionStatusController {

    private final QuestionStatusService statuses;

    QuestionStatusController(QuestionStatusService statuses) {
        this.statuses = statuses;
    }

    @GetMapping
    QuestionProgress get(@PathVariable String regionId, @PathVariable String id) {
        return statuses.progress(regionId, id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    QuestionProgress change(@PathVariable String regionId, @PathVariable String id,
                            @RequestBody(required = false) StatusChangeRequest request) {
        return statuses.change(regionId, id, request);
    }
}
