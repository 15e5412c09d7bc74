package org.coopgraph.api.questions;

import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;

/** The question list's filters, each optional: {@code status} and {@code theme} (the question is about it). */
record QuestionQuery(QuestionStatus status, String theme) {

    static QuestionQuery of(String status, String theme) {
        return new QuestionQuery(QueryParams.choice("status", status, QuestionStatus.class), QueryParams.text(theme));
    }

    boolean matches(Question q) {
        return (status == null || q.status() == status) && (theme == null || q.themes().contains(theme));
    }
}
