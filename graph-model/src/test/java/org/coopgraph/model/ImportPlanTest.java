package org.coopgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final Region REGION = new Region("r", "Region", "NL");

    @Test
    void shouldCreateEverythingInAnEmptyRegion() {
        var plan = ImportPlan.between(NetworkSnapshot.empty(REGION, Taxonomy.EMPTY), Samples.document());

        assertTrue(plan.regionChanged());
        assertEquals(new ImportSummary.Counts(2, 0, 0), plan.summary().of("members"));
        assertEquals(new ImportSummary.Counts(1, 0, 0), plan.summary().of("ties"));
        assertThat(plan.changes().members()).hasSize(2);
        assertThat(plan.updated(EntityKind.MEMBER)).isEmpty();
    }

    @Test
    void shouldFindNothingToDoWhenTheSameDataIsStoredInAnotherOrder() {
        var stored = storedAs(Samples.document());
        var plan = ImportPlan.between(stored, Samples.document());

        assertTrue(plan.isEmpty());
        assertEquals(new ImportSummary.Counts(0, 0, 1), plan.summary().of("valueChains"));
        assertThat(plan.changes().size()).isZero();
    }

    @Test
    void shouldPlanOnlyChangedEntitiesAndNameTheUpdatedOnes() {
        var stored = storedAs(Samples.document());
        var doc = Samples.document();
        var changedB = Samples.member("b", 2020, 2024);
        var incoming = new RegionDocument(null, null, null, null, List.of(doc.members().get(0), changedB, Samples.member("c")),
                null, null, null, null);

        var plan = ImportPlan.between(stored, incoming);

        assertFalse(plan.regionChanged());
        assertEquals(new ImportSummary.Counts(1, 1, 1), plan.summary().of("members"));
        assertThat(plan.changes().members()).extracting(Member::id).containsExactly("b", "c");
        assertThat(plan.updated(EntityKind.MEMBER)).containsExactly("b");
    }

    private static NetworkSnapshot storedAs(RegionDocument doc) {
        // What a store hands back: canonical records in id order, lists in canonical order.
        return new NetworkSnapshot(doc.region(), 1, null, Taxonomy.of(doc.sectors(), doc.skills(), doc.themes()),
                doc.members().stream().map(Canonical::of).toList(), doc.projects().stream().map(Canonical::of).toList(),
                doc.questions().stream().map(Canonical::of).toList(), doc.ties(),
                doc.valueChains().stream().map(Canonical::of).toList());
    }
}
