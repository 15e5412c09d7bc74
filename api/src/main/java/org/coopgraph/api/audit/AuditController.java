package org.coopgraph.api.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.ForbiddenException;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.port.AuditLog;
import org.coopgraph.model.port.AuditLog.Entry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/regions/{regionId}/audit?from=&to=&page=&size=} (coordinators): the region's writes,
 * newest first. {@code from} (inclusive) and {@code to} (exclusive) are instants ({@code 2025-03-01T10:00:00Z})
 * or dates ({@code 2025-03-01}; a {@code to} date includes that day). The log of a deleted region stays
 * readable, so an unknown region answers an empty page, not 404.
 */
@RestController
class AuditController {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    private final AuditLog log;

    AuditController(Auditor auditor) {
        this.log = auditor.log();
    }

    @GetMapping("/api/regions/{regionId}/audit")
    Page<Entry> audit(@PathVariable String regionId, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                      @RequestParam(required = false) String size) {
        // The security rules let only the region's coordinators (and the admin) this far; this says so here too.
        if (!Access.current().canWrite()) {
            throw new ForbiddenException("The audit log is for the region's coordinators.");
        }
        Instant start = from == null || from.isBlank() ? Instant.EPOCH : instant("from", from, false);
        Instant end = to == null || to.isBlank() ? END_OF_TIME : instant("to", to, true);
        if (!end.isAfter(start)) {
            throw InvalidInputException.of("to", "must be after from (was " + to + ")");
        }
        Paging paging = Paging.of(page, size);
        var slice = log.read(regionId, start, end, (long) paging.page() * paging.size(), paging.size());
        int totalPages = (int) ((slice.total() + paging.size() - 1) / paging.size());
        return new Page<>(slice.entries(), paging.page(), paging.size(), slice.total(), totalPages);
    }

    /** An instant, or a date: its start, or for the end of a range the start of the next day. */
    private static Instant instant(String name, String value, boolean endOfRange) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInputException.of(name, "must be a date (2025-03-01) or an instant with offset"
                    + " (2025-03-01T10:00:00Z) (was \"" + value + "\")");
        }
    }
}
