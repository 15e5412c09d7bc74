package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Region;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;

class ProjectTeamBuilderTest {

    @Test
    void picksTheMemberWhoCoversAMissingSkillOnTheHandNetwork() {
        TeamSuggestion team = ProjectTeamBuilder.suggest(HandNetwork.context(), "P", 0.5);
        assertThat(team.missingSkills()).containsExactly("s2");
        // g has s2 at level 5 but left; b has it at level 3 >= 2 and brings division 62.
        assertThat(team.picks()).containsExactly(new TeamSuggestion.Pick("b", 4.0, true, List.of(new Evidence(
                EvidenceCode.COVERS_SKILL, List.of("s2", "P"), Map.of("match", "DIRECT", "via", "s2", "level", "3")))));
        assertThat(team.uncovered()).isEmpty();
    }

    @Test
    void greedyCoverTakesTheLargestGainThenANewSectorThenALowerLevelOrRelatedSkill() {
        // T needs k1 (importance 5), k2 (3), k3 (2), k4 (1, level 4); the lead L is in sector 10.
        TeamSuggestion team = ProjectTeamBuilder.suggest(SuggestionContext.of(coverNetwork()), "T", 0.5);
        assertThat(team.missingSkills()).containsExactly("k1", "k2", "k3", "k4");
        // m1 covers k1+k2 (8); then m3 and m4 both cover k3 (2) but m4 brings sector 30; nobody has k4 at
        // level 4, so m5 (k4 at level 2, sector 10) and m6 (sibling k5, sector 40) tie at 0.5: m6 is new.
        assertThat(team.picks()).extracting(TeamSuggestion.Pick::memberId).containsExactly("m1", "m4", "m6");
        assertThat(team.picks()).extracting(TeamSuggestion.Pick::gain).containsExactly(8.0, 2.0, 0.5);
        assertThat(team.picks()).extracting(TeamSuggestion.Pick::newSector).containsExactly(false, true, true);
        assertThat(team.picks().get(2).covers().get(0).params()).containsEntry("match", "RELATED").containsEntry("via", "k5");
        assertThat(team.uncovered()).isEmpty();
    }

    @Test
    void aSkillNobodyHasAtAllStaysUncovered() {
        TeamSuggestion team = ProjectTeamBuilder.suggest(SuggestionContext.of(coverNetwork()), "T", 0.0);
        assertThat(team.picks()).extracting(TeamSuggestion.Pick::memberId).containsExactly("m1", "m4");
        assertThat(team.uncovered()).containsExactly("k4");
    }

    @Test
    void aProjectWhoseSkillsAreAllThereNeedsNobody() {
        TeamSuggestion team = ProjectTeamBuilder.suggest(SuggestionContext.of(coverNetwork()), "Done", 0.5);
        assertThat(team.missingSkills()).isEmpty();
        assertThat(team.picks()).isEmpty();
        assertEquals(List.of(), team.uncovered());
    }

    @Test
    void anUnknownProjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProjectTeamBuilder.suggest(HandNetwork.context(), "nope", 0.5));
    }

    static NetworkSnapshot coverNetwork() {
        var sectors = List.of(new Sector("10", null, "Ten", 2, null), new Sector("20", null, "Twenty", 2, null),
                new Sector("30", null, "Thirty", 2, null), new Sector("40", null, "Forty", 2, null));
        var skills = List.of(new Skill("k1", "K1", null, null), new Skill("k2", "K2", null, null),
                new Skill("k3", "K3", null, null), new Skill("k0", "K0", null, null),
                new Skill("k4", "K4", null, "k0"), new Skill("k5", "K5", null, "k0"));
        List<Member> members = List.of(member("L", "10", "k2", 1), member("m1", "10", "k1", 3, "k2", 4),
                member("m2", "20", "k1", 5), member("m3", "10", "k2", 2, "k3", 2), member("m4", "30", "k3", 1),
                member("m5", "10", "k4", 2), member("m6", "40", "k5", 1));
        var project = new Project("T", "Team T", 2024, null, null, List.of(new Participation("L", ParticipationRole.LEAD, null, null)),
                List.of(new Requirement("k1", null, 5), new Requirement("k2", 2, 3), new Requirement("k3", null, 2),
                        new Requirement("k4", 4, 1)), List.of());
        var done = new Project("Done", "Done", 2024, null, null, List.of(new Participation("m1", ParticipationRole.LEAD, null, null)),
                List.of(new Requirement("k1", 3, null)), List.of());
        return new NetworkSnapshot(new Region("cover", "Cover", null), 1, null, Taxonomy.of(sectors, skills, List.of()),
                members, List.of(project, done), List.of(), List.of(), List.of());
    }

    private static Member member(String id, String sector, Object... skillLevels) {
        var skills = new java.util.ArrayList<SkillLevel>();
        for (int i = 0; i < skillLevels.length; i += 2) {
            skills.add(new SkillLevel((String) skillLevels[i], (Integer) skillLevels[i + 1]));
        }
        return HandNetwork.member(id, Helix.INDUSTRY, sector, skills, List.of(), null);
    }
}
