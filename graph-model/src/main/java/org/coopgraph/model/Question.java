package org.coopgraph.model;

import java.time.LocalDate;
import java.util.List;

/** A member's question or wish (vraag/wens) (ASKS), the skills it needs (NEEDS) and its themes (ABOUT). */
public record Question(
        String id, String memberId, String text, LocalDate askedOn, QuestionStatus status,
        List<String> needs, List<String> themes) {

    public Question {
        status = status == null ? QuestionStatus.OPEN : status;
        needs = Checks.listOrEmpty(needs);
        themes = Checks.listOrEmpty(themes);
        Checks.of("Question").id("/id", id).id("/memberId", memberId).text("/text", text, Checks.MAX_TEXT_LENGTH)
                .required("/askedOn", askedOn)
                .year("/askedOn", askedOn == null ? null : askedOn.getYear())
                .noBlankEntries("/needs", needs).noDuplicates("/needs", needs)
                .noBlankEntries("/themes", themes).noDuplicates("/themes", themes)
                .orThrow();
    }
}
