package org.coopgraph.api.security;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Answers with the access the filter granted; only loaded by the filter's slice test. */
@RestController
class EchoAccessController {

    @GetMapping("/api/echo")
    String read() {
        return Access.current().name();
    }

    @PostMapping("/api/echo")
    String write() {
        return Access.current().name();
    }

    @DeleteMapping("/api/echo")
    String delete() {
        return Access.current().name();
    }

    @PostMapping("/outside/echo")
    String writeOutsideApi() {
        return Access.current().name();
    }
}
