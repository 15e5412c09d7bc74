package org.coopgraph.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Member;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;

class RegionDocumentReaderTest {

    private final RegionDocumentReader reader = new RegionDocumentReader(10);

    static byte[] exampleDocument() throws IOException {
        try (var in = RegionDocumentReaderTest.class.getResourceAsStream("/imports/example-region.json")) {
            return in.readAllBytes();
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String OK_MEMBER = "{\"id\":\"m1\",\"name\":\"A\",\"kind\":\"COMPANY\",\"helix\":\"INDUSTRY\"}";

    @Test
    void readsTheReadmeExampleWithoutProblems() throws IOException {
        ReadOutcome outcome = new RegionDocumentReader(200_000).read(exampleDocument());

        assertThat(outcome.violations()).isEmpty();
        var doc = outcome.document();
        assertThat(doc.region().id()).isEqualTo("example");
        assertThat(doc.size()).isEqualTo(5 + 2 + 2 + 3 + 1 + 1 + 1 + 1);
        assertThat(doc.members().get(2).publicProfile()).isFalse();
        assertThat(doc.projects().get(0).participants().get(1).role()).isEqualTo(ParticipationRole.STUDENT_TEAM);
        assertThat(doc.valueChains().get(0).steps()).hasSize(2);
    }

    @Test
    void readsTheSampleRegionOfTheFixtures() throws IOException {
        try (var in = getClass().getResourceAsStream("/fixtures/veenkolonien.json")) {
            assertThat(new RegionDocumentReader(200_000).read(in.readAllBytes()).violations()).isEmpty();
        }
    }

    @Test
    void reportsAnUnknownEnumValueWithItsPointerAndTheAllowedValues() {
        ReadOutcome outcome = reader.read(json("{\"members\":[" + OK_MEMBER + ",{\"id\":\"m2\",\"name\":\"B\",\"kind\":\"COMPANY\",\"helix\":\"INDUSTRI\"}]}"));

        assertThat(outcome.violations()).containsExactly(new Violation("/members/1/helix",
                "must be one of INDUSTRY, EDUCATION, GOVERNMENT, FINANCE, CIVIL_SOCIETY (was \"INDUSTRI\")"));
    }

    @Test
    void reportsEveryBadElementNotOnlyTheFirst() {
        ReadOutcome outcome = reader.read(json("""
                {"members": [
                  {"id":"m1","name":"A","kind":"COMPANY","helix":"INDUSTRY","joined":1850,"left":1849},
                  {"id":"m2","name":"B","kind":"COMPANY","helix":"INDUSTRY","skils":[]},
                  {"id":"m3","name":"C","kind":"COMPANY","helix":"INDUSTRY","joined":"soon"},
                  {"id":"m4","name":"D","kind":"COMPANY","helix":"INDUSTRY","skills":[{"skillId":"s","level":9}]}
                ]}"""));

        assertThat(outcome.violations()).containsExactly(
                new Violation("/members/0/joined", "must be a year from 1900 to 2100 (was 1850)"),
                new Violation("/members/0/left", "must be a year from 1900 to 2100 (was 1849)"),
                new Violation("/members/0/left", "must not be before joined (1849 < 1850)"),
                new Violation("/members/1/skils", "is not a known field (known: helix, id, joined, kind, left, "
                        + "municipality, name, publicProfile, sectors, sizeClass, skills, stakes, suppliesTo, teaches, website)"),
                new Violation("/members/2/joined", "must be a whole number (was \"soon\")"),
                new Violation("/members/3/skills/0/level", "must be from 1 to 5 (was 9)"));
        assertThat(outcome.failed()).containsExactlyInAnyOrder("/members/0", "/members/1", "/members/2", "/members/3");
    }

    @Test
    void reportsEveryProblemOfOneElementNotOnlyJacksonsFirst() {
        ReadOutcome outcome = reader.read(json("""
                {"members": [{"id":"m1","name":"A","kind":"COMPANY","helix":"INDUSTRI","joined":1850,"colour":"red",
                  "skills":[{"skillId":"s","level":9},{"skillId":"t","level":"high"}]}]}"""));

        assertThat(outcome.violations()).containsExactly(
                new Violation("/members/0/helix",
                        "must be one of INDUSTRY, EDUCATION, GOVERNMENT, FINANCE, CIVIL_SOCIETY (was \"INDUSTRI\")"),
                new Violation("/members/0/skills/0/level", "must be from 1 to 5 (was 9)"),
                new Violation("/members/0/skills/1/level", "must be a whole number (was \"high\")"),
                new Violation("/members/0/joined", "must be a year from 1900 to 2100 (was 1850)"),
                new Violation("/members/0/colour", "is not a known field (known: helix, id, joined, kind, left, "
                        + "municipality, name, publicProfile, sectors, sizeClass, skills, stakes, suppliesTo, teaches, website)"));
    }

    @Test
    void keepsAStandInWithTheSameIdAtTheSamePositionForAnUnreadableEntry() {
        ReadOutcome outcome = reader.read(json("{\"members\":[{\"id\":\"m1\",\"helix\":\"NOPE\"}," + OK_MEMBER.replace("m1", "m2") + "]}"));

        assertThat(outcome.document().members()).extracting(Member::id).containsExactly("m1", "m2");
        assertThat(outcome.document().members().get(1).name()).isEqualTo("A");
    }

    @Test
    void rejectsAFractionalYearAndATextWhereAListBelongs() {
        ReadOutcome outcome = reader.read(json("{\"projects\":[{\"id\":\"p\",\"name\":\"P\",\"startYear\":2020.5},"
                + "{\"id\":\"q\",\"name\":\"Q\",\"startYear\":2020,\"themes\":\"care\"}]}"));

        assertThat(outcome.violations()).containsExactly(
                new Violation("/projects/0/startYear", "must be a whole number (was 2020.5)"),
                new Violation("/projects/1/themes", "must be an array"));
    }

    @Test
    void reportsUnknownTopLevelFieldsAndListsThatAreNoArrays() {
        ReadOutcome outcome = reader.read(json("{\"member\":[],\"skills\":{}}"));

        assertThat(outcome.violations()).containsExactly(
                new Violation("/member", "is not a known field (known: region, sectors, skills, themes, members, "
                        + "projects, questions, ties, valueChains, questionHistory)"),
                new Violation("/skills", "must be an array"));
    }

    @Test
    void reportsABadDateAndANonObjectElement() {
        ReadOutcome outcome = reader.read(json("{\"questions\":[{\"id\":\"q\",\"memberId\":\"m\",\"text\":\"t\","
                + "\"askedOn\":\"2024-13-01\"}],\"themes\":[\"care\"]}"));

        assertThat(outcome.violations()).containsExactlyInAnyOrder(
                new Violation("/questions/0/askedOn", "must be a date like 2024-03-01 (was \"2024-13-01\")"),
                new Violation("/themes/0", "must be a JSON object"));
    }

    @Test
    void answersASyntaxErrorWithItsLineAndColumn() {
        assertThatThrownBy(() -> reader.read(json("{\"members\": [\n  {,]}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.location()).isEqualTo("line 2, column 4");
                            assertThat(v.message()).startsWith("is not valid JSON: Unexpected character (','");
                        }));
    }

    @Test
    void refusesTrailingContentAnEmptyBodyAndANonObject() {
        assertThatThrownBy(() -> reader.read(json("{} {}"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1, column 4 is not valid JSON: more content follows the end of the document");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the body is empty");
        assertThatThrownBy(() -> reader.read(json("[]"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void refusesMoreEntriesThanTheLimitCountingAllLists() {
        String themes = String.join(",", List.of("{}", "{}", "{}", "{}", "{}", "{}"));
        String sectors = String.join(",", List.of("{}", "{}", "{}", "{}", "{}"));

        assertThatThrownBy(() -> reader.read(json("{\"themes\":[" + themes + "],\"sectors\":[" + sectors + "]}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("", "has 11 entries; one import takes at most 10 (setting "
                                + "coopgraph.import.max-rows): split it into several imports")));
    }

    @Test
    void readsOneEntityWithPointersRelativeToTheBody() {
        assertThat(reader.readOne(json(OK_MEMBER), Member.class).id()).isEqualTo("m1");
        assertThatThrownBy(() -> reader.readOne(json("{\"id\":\"m\",\"name\":\" \",\"kind\":\"COMPANY\",\"helix\":\"INDUSTRY\"}"), Member.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("/name", "must not be blank")));
    }

    @Test
    void refusesDuplicateKeysAndQuotedNumbersAndBooleansInsteadOfGuessing() {
        assertThatThrownBy(() -> reader.readOne(json("{\"id\":\"m1\",\"id\":\"m2\",\"name\":\"A\"}"), Member.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1, column 16 is not valid JSON: Duplicate Object property \"id\"");
        String quoted = "{\"id\":\"m\",\"name\":\"A\",\"kind\":\"COMPANY\",\"helix\":\"INDUSTRY\",\"joined\":\"2019\","
                + "\"publicProfile\":\"true\"}";
        assertThatThrownBy(() -> reader.readOne(json(quoted), Member.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("/joined", "must be a whole number (was \"2019\")"),
                        new Violation("/publicProfile", "must be true or false (was \"true\")")));
    }

    @Test
    void refusesBytesThatAreNotWellFormedUtf8WithTheirOffset() {
        byte[] overlongSlash = "{\"id\":\"a\u00C0\u00AFb\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] encodedSurrogate = "{\"id\":\"\u00ED\u00A0\u0080\"}".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] body : List.of(overlongSlash, encodedSurrogate)) {
            assertThatThrownBy(() -> reader.readOne(body, Member.class))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                            new Violation("byte " + (body == overlongSlash ? 8 : 7), "is not valid UTF-8: send the document encoded as UTF-8")));
        }
        assertThat(reader.readOne(json("\uFEFF" + OK_MEMBER.replace("\"A\"", "\"Caf\u00E9 \uD83D\uDE00\"")), Member.class).name())
                .isEqualTo("Café 😀");
    }
}
