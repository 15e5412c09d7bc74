package org.coopgraph.api.limits;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answers who asked; only loaded by the limits slice test. */
@RestController
class LimitsEchoController {

    @GetMapping("/t/limits")
    String read(Principal principal, @RequestParam(required = false) String q) {
        return principal == null ? "anonymous" : principal.getName();
    }

    @PostMapping("/t/limits")
    String write(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
