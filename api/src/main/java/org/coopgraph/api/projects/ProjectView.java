package org.coopgraph.api.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Requirement;

/**
 * A project as answered: the import format, except that a participant the caller may not see is shown
 * as {@code {"hidden": true, "role": ...}}, without id or name. For coordinators it is exactly the
 * import format, so a GET answer can be sent back with PUT.
 */
record ProjectView(String id, String name, Integer startYear, Integer endYear, ProjectStatus status,
                   List<Participant> participants, List<Requirement> requires, List<String> themes) {

    record Participant(@JsonInclude(JsonInclude.Include.NON_NULL) String memberId,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden,
                       ParticipationRole role, Integer fromYear, Integer toYear) {

        static Participant of(Participation p, PublicView view) {
            String id = view.memberIdOrNull(p.memberId());
            return new Participant(id, id == null ? Boolean.TRUE : null, p.role(), p.fromYear(), p.toYear());
        }
    }

    static ProjectView of(Project p, PublicView view) {
        return new ProjectView(p.id(), p.name(), p.startYear(), p.endYear(), p.status(),
                p.participants().stream().map(x -> Participant.of(x, view)).toList(), p.requires(), p.themes());
    }
}
