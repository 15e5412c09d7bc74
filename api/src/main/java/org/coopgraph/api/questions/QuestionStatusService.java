package org.coopgraph.api.questions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.coopgraph.api.errors.ConflictException;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.port.QuestionHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Moves a question along OPEN, MATCHED, IN_PROGRESS, ANSWERED one step at a time, with the date of
 * each step, so reports can count answered questions and time to match. A step back, a skipped step
 * or a repeat is a 409; a date before the question was asked or before its last step, or in the
 * future, is a 400. The store checks the status again in its write, so two racing changes cannot both win.
 */
@Service
final class QuestionStatusService {

    private final RegionNetworks networks;
    private final QuestionHistory history;
    private final Clock clock;

    QuestionStatusService(RegionNetworks networks, QuestionHistory history, ObjectProvider<Clock> clock) {
        this.networks = networks;
        this.history = history;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    QuestionProgress progress(String regionId, String id) {
        Question question = question(networks.current(regionId), id);
        return QuestionProgress.of(question, question.status(), history.changes(regionId, id));
    }

    /** Under the write lock, as every write, so the next read sees the new status. */
    QuestionProgress change(String regionId, String id, StatusChangeRequest request) {
        return networks.exclusively(() -> changeLocked(regionId, id, request));
    }

    private QuestionProgress changeLocked(String regionId, String id, StatusChangeRequest request) {
        Question question = question(networks.current(regionId), id);
        if (request == null || request.status() == null || request.status().isBlank()) {
            throw InvalidInputException.of("/status", "is required: one of MATCHED, IN_PROGRESS, ANSWERED");
        }
        QuestionStatus to = status(request.status());
        LocalDate on = date(request.on());
        List<QuestionStatusChange> before = history.changes(regionId, id);
        QuestionStatus from = question.status();
        if (from == QuestionStatus.ANSWERED || to.ordinal() != from.ordinal() + 1) {
            throw new ConflictException("Question '" + id + "' is " + from + (from == QuestionStatus.ANSWERED
                    ? " already" : "; it can only move on to " + QuestionStatus.values()[from.ordinal() + 1]) + " (asked: " + to + ")");
        }
        if (on.isBefore(question.askedOn())) {
            throw InvalidInputException.of("/on", "must not be before the question was asked (" + question.askedOn() + ")");
        }
        if (!before.isEmpty() && on.isBefore(before.get(before.size() - 1).on())) {
            throw InvalidInputException.of("/on", "must not be before its last change (" + before.get(before.size() - 1).on() + ")");
        }
        var change = new QuestionStatusChange(id, from, to, on);
        if (history.record(regionId, change).isEmpty()) {
            throw new ConflictException("Question '" + id + "' changed meanwhile; read it again and retry");
        }
        return QuestionProgress.of(question, to, history.changes(regionId, id));
    }

    private static Question question(NetworkSnapshot snapshot, String id) {
        return snapshot.question(id).orElseThrow(() -> new NotFoundException("question", id));
    }

    private static QuestionStatus status(String value) {
        try {
            return QuestionStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("/status", "must be one of OPEN, MATCHED, IN_PROGRESS, ANSWERED (was \"" + value + "\")");
        }
    }

    private LocalDate date(String value) {
        LocalDate today = LocalDate.now(clock);
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate on = LocalDate.parse(value.trim());
            if (on.isAfter(today)) {
                throw InvalidInputException.of("/on", "must not be in the future (was " + on + ")");
            }
            return on;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("/on", "must be a date like 2024-03-01 (was \"" + value + "\")");
        }
    }
}
