package org.coopgraph.api.suggestions;

import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.api.security.Access;
import org.coopgraph.api.suggestions.SuggestionViews.FeedbackRequest;
import org.coopgraph.api.suggestions.SuggestionViews.FeedbackResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested partners of a member, members a project needs, matches for a question, and coordinators'
 * feedback on suggestions (the security filter lets only coordinators POST). Explanations come in
 * Dutch for {@code Accept-Language: nl}, else in English.
 */
@RestController
@RequestMapping("/api/regions/{regionId}")
class SuggestionController {

    private final SuggestionService suggestions;
    private final MatchService matches;
    private final FeedbackService feedback;

    SuggestionController(SuggestionService suggestions, MatchService matches, FeedbackService feedback) {
        this.suggestions = suggestions;
        this.matches = matches;
        this.feedback = feedback;
    }

    @GetMapping("/members/{id}/suggestions")
    ResponseEntity<SuggestionViews.MemberSuggestions> member(
            @PathVariable String regionId, @PathVariable String id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String helix, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String year,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        return localised(language, suggestions.forMember(regionId, id, SuggestionQuery.of(limit, helix, sector, theme, year),
                Access.current(), language));
    }

    @GetMapping("/projects/{id}/suggestions")
    ResponseEntity<SuggestionViews.ProjectSuggestions> project(
            @PathVariable String regionId, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        return localised(language, matches.forProject(regionId, id, Access.current(), language));
    }

    @GetMapping("/questions/{id}/matches")
    ResponseEntity<SuggestionViews.QuestionMatchesView> question(
            @PathVariable String regionId, @PathVariable String id, @RequestParam(required = false) String limit,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        int max = Math.min(QueryParams.integer("limit", limit, SuggestionQuery.DEFAULT_LIMIT, 1, Integer.MAX_VALUE),
                SuggestionQuery.MAX_LIMIT);
        return localised(language, matches.forQuestion(regionId, id, max, Access.current(), language));
    }

    @PostMapping(path = "/suggestions/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    FeedbackResult feedback(@PathVariable String regionId, @RequestBody(required = false) FeedbackRequest body) {
        return feedback.record(regionId, body);
    }

    private static <T> ResponseEntity<T> localised(Language language, T body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, "Accept-Language, X-API-Key").body(body);
    }
}
