package org.coopgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers with the caller's access to the region in the path and the Servlet principal's name, as a
 * controller (or the audit log) sees them. A test class: it exists only in the tests' context.
 */
@RestController
class EchoAccessController {

    @GetMapping("/api/regions/{regionId}/echo-access")
    String read(HttpServletRequest request) {
        return answer(request);
    }

    @PostMapping("/api/regions/{regionId}/echo-access")
    String write(HttpServletRequest request) {
        return answer(request);
    }

    @GetMapping("/api/echo-access")
    String outsideRegions(HttpServletRequest request) {
        return answer(request);
    }

    private static String answer(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return Access.current().name() + " " + (principal == null ? "anonymous" : principal.getName());
    }
}
