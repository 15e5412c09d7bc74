package org.coopgraph.api.projects;

import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;

/** The project list's filters, each optional: running in {@code year}, {@code status}, addressing {@code theme}. */
record ProjectQuery(Integer year, ProjectStatus status, String theme) {

    static ProjectQuery of(String year, String status, String theme) {
        return new ProjectQuery(QueryParams.year("year", year), QueryParams.choice("status", status, ProjectStatus.class),
                QueryParams.text(theme));
    }

    /** A project without an end year runs on; the start and end years both count as running. */
    boolean matches(Project p) {
        return (year == null || p.startYear() <= year && (p.endYear() == null || p.endYear() >= year))
                && (status == null || p.status() == status)
                && (theme == null || p.themes().contains(theme));
    }
}
