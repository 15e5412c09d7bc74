package org.coopgraph.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Region;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;

class CsvImportReaderTest {

    static final String MEMBERS_HEADER = "id,name,kind,helix,municipality,sizeClass,website,publicProfile,joined,left,sectors,skills,teaches\n";
    static final String PARTICIPATIONS_HEADER = "project_id,project_name,start_year,end_year,member_id,role,from_year,to_year\n";
    private static final String ESCO = "http://data.europa.eu/esco/skill/870ac739";

    private final CsvImportReader reader = new CsvImportReader(new RegionDocumentReader(5));
    private final NetworkSnapshot empty = NetworkSnapshot.empty(new Region("r", "R", null), Taxonomy.EMPTY);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Member member(String id, String name) {
        return new Member(id, name, MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void readsEveryMemberColumnWithListsPrimarySectorFirstAndUriSkills() {
        var csv = reader.read(bytes(MEMBERS_HEADER
                + "m1,Fabriek,company,INDUSTRY,Stadskanaal,MEDIUM,https://x.nl,yes,2019,2024,10.62;20,"
                + ESCO + ":4;s2:2,s2\n"), null, empty);

        assertThat(csv.outcome().violations()).isEmpty();
        assertThat(csv.outcome().document().members()).containsExactly(new Member("m1", "Fabriek", MemberKind.COMPANY,
                Helix.INDUSTRY, "Stadskanaal", org.coopgraph.model.SizeClass.MEDIUM, "https://x.nl", true, 2019, 2024,
                List.of(new SectorLink("10.62", true), new SectorLink("20", false)),
                List.of(new SkillLevel(ESCO, 4), new SkillLevel("s2", 2)), List.of("s2"), List.of(), List.of()));
    }

    @Test
    void reportsEachBadCellByFileLineAndColumn() {
        var csv = reader.read(bytes(MEMBERS_HEADER
                + "m1,A,COMPANY,INDUSTRY,,,,,,,,,\n"
                + "m2,B,COMPANY,INDUSTRI,,HUGE,,maybe,19x,,,s1,\n"
                + "\"m3\",\"C, with comma\",COMPANY,INDUSTRY,,,,,1850,,,s1:7,\n"), null, empty);

        assertThat(csv.outcome().violations()).containsExactly(
                new Violation("members.csv line 3, column helix",
                        "must be one of INDUSTRY, EDUCATION, GOVERNMENT, FINANCE, CIVIL_SOCIETY (was \"INDUSTRI\")"),
                new Violation("members.csv line 3, column sizeClass", "must be one of MICRO, SMALL, MEDIUM, LARGE (was \"HUGE\")"),
                new Violation("members.csv line 3, column publicProfile", "must be true or false (was \"maybe\")"),
                new Violation("members.csv line 3, column joined", "must be a whole number (was \"19x\")"),
                new Violation("members.csv line 3, column skills", "entry \"s1\" must be skillId:level, the level from 1 to 5"),
                new Violation("members.csv line 4, column skills", "level must be from 1 to 5 (was 7)"),
                new Violation("members.csv line 4, column joined", "must be a year from 1900 to 2100 (was 1850)"));
        assertThat(csv.outcome().failed()).containsExactlyInAnyOrder("/members/1", "/members/2");
        assertThat(csv.outcome().document().members()).extracting(Member::id).containsExactly("m1", "m2", "m3");
    }

    @Test
    void countsLinesOfQuotedCellsThatSpanLines() {
        var csv = reader.read(bytes(MEMBERS_HEADER + "m1,\"two\nlines\",COMPANY,INDUSTRY,,,,,,,,,\n\nm2,B,COMPANY,NONE,,,,,,,,,\n"),
                null, empty);

        assertThat(csv.outcome().violations()).extracting(Violation::location).containsExactly("members.csv line 5, column helix");
    }

    @Test
    void locatesDocumentCheckPointersInTheCsvFiles() {
        var csv = reader.read(bytes(MEMBERS_HEADER + "m1,A,COMPANY,INDUSTRY,,,,,,,C;99,,\n"),
                bytes(PARTICIPATIONS_HEADER + "p1,P,2020,,m1,LEAD,,\np1,,,,ghost,PARTNER,,\n"), empty);

        assertThat(csv.located(List.of(new Violation("/members/0/sectors/1/code", "refers to unknown sector '99'"),
                new Violation("/projects/0/participants/1/memberId", "refers to unknown member 'ghost'"),
                new Violation("/region/id", "elsewhere")))).containsExactly(
                new Violation("members.csv line 2, column sectors", "refers to unknown sector '99'"),
                new Violation("participations.csv line 3, column member_id", "refers to unknown member 'ghost'"),
                new Violation("/region/id", "elsewhere"));
    }

    @Test
    void groupsParticipationRowsIntoProjectsKeepingWhatTheFileHasNoColumnsFor() {
        var stored = new Project("p1", "Old name", 2019, null, ProjectStatus.COMPLETED,
                List.of(new Participation("m9", ParticipationRole.LEAD, null, null)),
                List.of(new Requirement("s1", 3, null)), List.of("care"));
        var existing = new NetworkSnapshot(new Region("r", "R", null), 4, null, Taxonomy.EMPTY,
                List.of(member("m1", "A"), member("m2", "B")), List.of(stored), List.of(), List.of(), List.of());

        var csv = reader.read(null, bytes(PARTICIPATIONS_HEADER
                + "p1,New name,2020,2022,m1,lead,,\n"
                + "p2,Second,2021,,m2,EXPERT,2021,2021\n"
                + "p1,,,,m2,PARTNER,2021,\n"), existing);

        assertThat(csv.outcome().violations()).isEmpty();
        assertThat(csv.outcome().document().projects()).containsExactly(
                new Project("p1", "New name", 2020, 2022, ProjectStatus.COMPLETED,
                        List.of(new Participation("m1", ParticipationRole.LEAD, null, null),
                                new Participation("m2", ParticipationRole.PARTNER, 2021, null)),
                        List.of(new Requirement("s1", 3, null)), List.of("care")),
                new Project("p2", "Second", 2021, null, null,
                        List.of(new Participation("m2", ParticipationRole.EXPERT, 2021, 2021)), null, null));
    }

    @Test
    void keepsSuppliesAndStakesOfAStoredMember() {
        var stored = new Member("m1", "A", MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, null, null, null,
                null, null, null, List.of("m2"), List.of(new Stake("care", 3, 2, Stance.NEUTRAL)));
        var existing = new NetworkSnapshot(new Region("r", "R", null), 4, null, Taxonomy.EMPTY,
                List.of(stored, member("m2", "B")), List.of(), List.of(), List.of(), List.of());

        var csv = reader.read(bytes(MEMBERS_HEADER + "m1,A renamed,COMPANY,INDUSTRY,,,,,,,,,\n"), null, existing);

        Member read = csv.outcome().document().members().get(0);
        assertThat(read.name()).isEqualTo("A renamed");
        assertThat(read.suppliesTo()).containsExactly("m2");
        assertThat(read.stakes()).containsExactly(new Stake("care", 3, 2, Stance.NEUTRAL));
    }

    @Test
    void reportsDisagreeingProjectColumnsRepeatedParticipantsAndMissingProjectIds() {
        var csv = reader.read(null, bytes(PARTICIPATIONS_HEADER
                + "p1,P,2020,,m1,LEAD,,\n"
                + "p1,Other,2020,,m1,LEAD,,\n"
                + ",P,2020,,m2,LEAD,,\n"
                + "p2,Q,2030,2020,m2,BOSS,2021,2019\n"), empty);

        assertThat(csv.outcome().violations()).containsExactly(
                new Violation("participations.csv line 3, column project_name",
                        "differs from the value given earlier for the same project (\"P\", first row on line 2)"),
                new Violation("participations.csv line 3, column member_id", "repeats m1 as LEAD from line 2"),
                new Violation("participations.csv line 4, column project_id", "must not be empty"),
                new Violation("participations.csv line 5, column role",
                        "must be one of LEAD, PARTNER, EXPERT, STUDENT_TEAM, FUNDER (was \"BOSS\")"),
                new Violation("participations.csv line 5, column to_year", "must not be before fromYear (2019 < 2021)"),
                new Violation("participations.csv line 5, column end_year", "must not be before startYear (2020 < 2030)"));
    }

    @Test
    void reportsHeaderProblemsAndEmptyFiles() {
        var csv = reader.read(bytes("\uFEFFid,name,kind,helx\n"), bytes(" \n"), empty);

        assertThat(csv.outcome().violations()).containsExactly(
                new Violation("members.csv line 1, column helx", "is not a known column (known: id,name,kind,helix,"
                        + "municipality,sizeClass,website,publicProfile,joined,left,sectors,skills,teaches)"),
                new Violation("members.csv line 1", "lacks the required column helix"),
                new Violation("participations.csv", "is empty: expected the header line project_id,project_name,"
                        + "start_year,end_year,member_id,role,from_year,to_year"));
    }

    @Test
    void refusesAFileThatIsNotUtf8InsteadOfStoringReplacementCharacters() {
        byte[] latin1 = (MEMBERS_HEADER + "m1,Co\u00F6peratie,COMPANY,INDUSTRY\n").getBytes(StandardCharsets.ISO_8859_1);

        var csv = reader.read(latin1, null, empty);

        assertThat(csv.outcome().violations()).containsExactly(
                new Violation("members.csv", "is not valid UTF-8 (byte 104): save the file as CSV UTF-8"));
    }

    @Test
    void refusesMoreRowsThanTheLimitOverBothFiles() {
        String three = "m1,A,COMPANY,INDUSTRY\nm2,B,COMPANY,INDUSTRY\nm3,C,COMPANY,INDUSTRY\n";
        String three2 = "p,P,2020,m1,LEAD\np,P,2020,m2,LEAD\np,P,2020,m3,LEAD\n";

        assertThatThrownBy(() -> reader.read(bytes("id,name,kind,helix\n" + three),
                bytes("project_id,project_name,start_year,member_id,role\n" + three2), empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("participations.csv", "has more than 2 rows; one import takes at most that many "
                                + "(setting coopgraph.import.max-rows)")));
    }
}
