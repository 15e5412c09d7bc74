package org.coopgraph.analytics.agenda;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.model.Helix;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.QuestionStatus;

/**
 * Who is (not) at the table for one theme. {@code helices}: all five in enum order; {@code projects}
 * and {@code openQuestions} on the theme by id; {@code skills}: what the open ones need, by skill id;
 * {@code whoWeNeed}: one entry per missing or weak helix of the quadruple helix (industry, education,
 * government, civil society) in enum order; {@code skillsToRecruit}: needed skills no present member
 * supplies directly, by id.
 */
public record ThemeCoverage(String themeId, List<HelixCoverage> helices, boolean tripleHelixComplete,
                            boolean quadrupleHelixComplete, List<ThemeProject> projects, List<ThemeQuestion> openQuestions,
                            List<NeededSkill> skills, List<HelixNeed> whoWeNeed, List<String> skillsToRecruit) {

    public ThemeCoverage {
        helices = List.copyOf(helices);
        projects = List.copyOf(projects);
        openQuestions = List.copyOf(openQuestions);
        skills = List.copyOf(skills);
        whoWeNeed = List.copyOf(whoWeNeed);
        skillsToRecruit = List.copyOf(skillsToRecruit);
    }

    /** MISSING: nobody of the helix has a stake; WEAK: stakes, but none with high influence; else PRESENT. */
    public enum HelixStatus { PRESENT, WEAK, MISSING }

    /**
     * One helix: its stakeholders (ids sorted) with summed interest and influence, and members of the
     * helix involved in the theme's projects or questions without a stake on record.
     */
    public record HelixCoverage(Helix helix, HelixStatus status, List<String> stakeholders, int supporters,
                                int opponents, int interest, int influence, int maxInfluence,
                                List<String> involvedWithoutStake) {
        public HelixCoverage {
            stakeholders = List.copyOf(stakeholders);
            involvedWithoutStake = List.copyOf(involvedWithoutStake);
        }
    }

    public record ThemeProject(String projectId, String name, ProjectStatus status, boolean open,
                               List<String> participants, List<String> requires) {
        public ThemeProject {
            participants = List.copyOf(participants);
            requires = List.copyOf(requires);
        }
    }

    /** An open question: status at the year asked about (or now). */
    public record ThemeQuestion(String questionId, String memberId, LocalDate askedOn, QuestionStatus status,
                                List<String> needs) {
        public ThemeQuestion {
            needs = List.copyOf(needs);
        }
    }

    /** SUPPLIED: two or more direct suppliers; THIN: one; RELATED_ONLY: none, but related skills; MISSING: neither. */
    public enum Supply { SUPPLIED, THIN, RELATED_ONLY, MISSING }

    /** A skill the theme's open projects and questions need, with its supply in the whole region. */
    public record NeededSkill(String skillId, String name, List<String> projects, List<String> questions,
                              int suppliers, int relatedSuppliers, Supply supply) {
        public NeededSkill {
            projects = List.copyOf(projects);
            questions = List.copyOf(questions);
        }
    }

    /**
     * A helix to bring in or strengthen: present members of it without a stake, best first (at most
     * {@link AgendaRules#MAX_CANDIDATES} of {@code candidateCount}); when there are none, what to recruit.
     */
    public record HelixNeed(Helix helix, HelixStatus status, List<Candidate> candidates, int candidateCount,
                            Recruit recruit) {
        public HelixNeed {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A member who could take a stake: {@code involved} in the theme's projects or questions already,
     * the theme's needed skills it supplies, and how many of the theme's stakeholders it collaborates with.
     */
    public record Candidate(String memberId, boolean involved, List<String> neededSkills, int tiesToStakeholders) {
        public Candidate {
            neededSkills = List.copyOf(neededSkills);
        }
    }

    /** What to look for outside the region: SBI sections typical of the helix and skills the theme lacks. */
    public record Recruit(List<String> sectorCodes, List<String> skillIds) {
        public Recruit {
            sectorCodes = List.copyOf(sectorCodes);
            skillIds = List.copyOf(skillIds);
        }
    }
}
