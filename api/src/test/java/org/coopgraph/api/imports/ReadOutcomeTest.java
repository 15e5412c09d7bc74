package org.coopgraph.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;

class ReadOutcomeTest {

    @Test
    void dropsChecksAboutAStandInsContentButKeepsItsDuplicatedIdAndEverythingElse() {
        var own = new Violation("/members/1/helix", "must be one of ...");
        var outcome = new ReadOutcome(RegionDocument.empty(new Region("r", "R", null)), List.of(own),
                Set.of("/members/1", "/ties/0"));

        var all = outcome.withChecks(List.of(
                new Violation("/members/1/sectors/0/code", "refers to unknown sector 'x'"),
                new Violation("/members/1/id", "duplicates an earlier entry (m1)"),
                new Violation("/ties/0", "duplicates an earlier entry (a|b|SUPPLY)"),
                new Violation("/members/10/sectors/0/code", "refers to unknown sector 'y'")));

        assertThat(all).containsExactly(own,
                new Violation("/members/1/id", "duplicates an earlier entry (m1)"),
                new Violation("/ties/0", "duplicates an earlier entry (a|b|SUPPLY)"),
                new Violation("/members/10/sectors/0/code", "refers to unknown sector 'y'"));
    }
}
