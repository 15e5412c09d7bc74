package org.coopgraph.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.limits.ImportLimits;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;

/** The per-list caps of coopgraph.limits.import.max-entries, in JSON documents and in members.csv. */
class ImportCapsTest {

    private final RegionDocumentReader reader = new RegionDocumentReader(1000,
            new ImportLimits(Map.of("members", 3, "ties", 2, "valueChains", 1)));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String members(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"id\":\"m" + i + "\",\"name\":\"M" + i
                + "\",\"kind\":\"COMPANY\",\"helix\":\"INDUSTRY\"}").collect(Collectors.joining(",", "[", "]"));
    }

    private static String ties(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"fromId\":\"m0\",\"toId\":\"m" + (i + 1) + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aListAtItsCapIsRead() {
        ReadOutcome outcome = reader.read(bytes("{\"members\":" + members(3) + ",\"ties\":" + ties(2) + "}"));
        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.document().members()).hasSize(3);
        assertThat(outcome.document().ties()).hasSize(2);
    }

    @Test
    void everyListOverItsCapIsNamedAndNothingIsRead() {
        assertThatThrownBy(() -> reader.read(bytes("{\"members\":" + members(4) + ",\"ties\":" + ties(3) + "}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("/members", "has 4 entries; one import takes at most 3 (setting "
                                + "coopgraph.limits.import.max-entries.members)"),
                        new Violation("/ties", "has 3 entries; one import takes at most 2 (setting "
                                + "coopgraph.limits.import.max-entries.ties)")));
    }

    @Test
    void membersCsvRowsCountAgainstTheMembersCap() {
        var csv = new CsvImportReader(reader);
        var empty = NetworkSnapshot.empty(new Region("r", "R", null), Taxonomy.EMPTY);
        String three = "m1,A,COMPANY,INDUSTRY\nm2,B,COMPANY,INDUSTRY\nm3,C,COMPANY,INDUSTRY\n";

        assertThat(csv.read(bytes("id,name,kind,helix\n" + three), null, empty).outcome().violations()).isEmpty();
        assertThatThrownBy(() -> csv.read(bytes("id,name,kind,helix\n" + three + "m4,D,COMPANY,INDUSTRY\n"), null, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("members.csv", "has more than 3 rows; one import takes at most that many "
                                + "(setting coopgraph.limits.import.max-entries.members)")));
    }
}
