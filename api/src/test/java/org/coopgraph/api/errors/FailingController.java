package org.coopgraph.api.errors;

import java.util.List;
import org.coopgraph.model.Region;
import org.coopgraph.model.Violation;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in every way the problem advice must map; only loaded by the slice tests. */
@RestController
class FailingController {

    @GetMapping("/t/not-found")
    String notFound() {
        throw new NotFoundException("member", "m9");
    }

    @GetMapping("/t/invalid")
    String invalid() {
        throw new InvalidInputException(List.of(new Violation("/members/0/name", "must not be blank"),
                new Violation("line 3, column 2", "must be a whole number")));
    }

    @GetMapping("/t/conflict")
    String conflict() {
        throw new ConflictException("A member with id 'm1' exists already");
    }

    @PostMapping(path = "/t/region", consumes = MediaType.APPLICATION_JSON_VALUE)
    Region region(@RequestBody Region region) {
        return region;
    }

    @PostMapping(path = "/t/regions", consumes = MediaType.APPLICATION_JSON_VALUE)
    int regions(@RequestBody List<Region> regions) {
        return regions.size();
    }

    @GetMapping("/t/year")
    int year(@RequestParam int year) {
        return year;
    }

    @GetMapping(path = "/t/json", produces = MediaType.APPLICATION_JSON_VALUE)
    String json() {
        return "{}";
    }

    @GetMapping("/t/neo4j-down")
    String neo4jDown() {
        throw new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687");
    }

    @GetMapping("/t/neo4j-wrapped")
    String neo4jWrapped() {
        throw new IllegalStateException("loading failed", new SessionExpiredException("connection lost"));
    }

    @GetMapping("/t/boom")
    String boom() {
        throw new IllegalStateException("secret internal detail");
    }
}
