package org.coopgraph.api.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;

/**
 * A question as answered: the import format, except that an asker the caller may not see is left out
 * ({@code "hidden": true} instead of {@code memberId}). For coordinators it is exactly the import format.
 */
record QuestionView(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String memberId,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden, String text, LocalDate askedOn,
                    QuestionStatus status, List<String> needs, List<String> themes) {

    static QuestionView of(Question q, PublicView view) {
        String memberId = view.memberIdOrNull(q.memberId());
        return new QuestionView(q.id(), memberId, memberId == null ? Boolean.TRUE : null, q.text(), q.askedOn(),
                q.status(), q.needs(), q.themes());
    }
}
