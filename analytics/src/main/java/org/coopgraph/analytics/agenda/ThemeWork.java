package org.coopgraph.analytics.agenda;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;

/**
 * The work on one theme in a snapshot: projects addressing it (and which are open), questions about
 * it (and which are open at the snapshot's year), and the members involved through either.
 */
record ThemeWork(String themeId, List<Project> projects, List<Project> openProjects, List<Question> questions,
                 List<Question> openQuestions, Set<String> participants, Set<String> askers, Set<String> openAskers) {

    static ThemeWork of(AgendaInputs inputs, String themeId) {
        NetworkSnapshot snapshot = inputs.snapshot();
        Integer year = inputs.year();
        List<Project> projects = snapshot.projects().stream().filter(p -> p.themes().contains(themeId)).toList();
        List<Project> open = projects.stream().filter(p -> isOpen(p, year)).toList();
        List<Question> questions = snapshot.questions().stream().filter(q -> q.themes().contains(themeId)).toList();
        List<Question> openQuestions = questions.stream().filter(q -> inputs.questionStates().openAt(q, year)).toList();
        Set<String> participants = new TreeSet<>();
        projects.forEach(p -> p.participants().forEach(x -> participants.add(x.memberId())));
        Set<String> askers = new TreeSet<>();
        questions.forEach(q -> askers.add(q.memberId()));
        Set<String> openAskers = new TreeSet<>();
        openQuestions.forEach(q -> openAskers.add(q.memberId()));
        return new ThemeWork(themeId, projects, open, questions, openQuestions,
                Set.copyOf(participants), Set.copyOf(askers), Set.copyOf(openAskers));
    }

    /** Involved: takes part in a project on the theme or asked a question about it. */
    boolean involves(String memberId) {
        return participants.contains(memberId) || askers.contains(memberId);
    }

    /**
     * The competence analysis' rule for a project that still needs its skills: for the latest data
     * planned or active; as of a year (statuses are today's) not cancelled and not ended before it.
     */
    static boolean isOpen(Project project, Integer year) {
        if (project.status() == ProjectStatus.CANCELLED) {
            return false;
        }
        if (year != null) {
            return project.endYear() == null || project.endYear() >= year;
        }
        return project.status() != ProjectStatus.COMPLETED;
    }
}
