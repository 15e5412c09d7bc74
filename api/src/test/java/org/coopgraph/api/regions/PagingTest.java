package org.coopgraph.api.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final List<Integer> SEVEN = List.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void defaultsToTheFirstPageOfFifty() {
        assertThat(Paging.of(null, " ")).isEqualTo(new Paging(0, 50));
    }

    @Test
    void cutsPagesAndCountsThemRoundingUp() {
        assertThat(new Paging(1, 3).of(SEVEN)).isEqualTo(new Page<>(List.of(4, 5, 6), 1, 3, 7, 3));
        assertThat(new Paging(2, 3).of(SEVEN)).isEqualTo(new Page<>(List.of(7), 2, 3, 7, 3));
        assertThat(new Paging(9, 3).of(SEVEN)).isEqualTo(new Page<>(List.of(), 9, 3, 7, 3));
        assertThat(new Paging(0, 50).of(List.of())).isEqualTo(new Page<>(List.of(), 0, 50, 0, 0));
    }

    @Test
    void aHugePageNumberDoesNotOverflow() {
        assertThat(Paging.of(String.valueOf(Integer.MAX_VALUE), "500").of(SEVEN).items()).isEmpty();
    }

    @Test
    void namesTheBadParameter() {
        assertProblem(() -> Paging.of("-1", null), new Violation("page", "must be 0 or more (was -1)"));
        assertProblem(() -> Paging.of(null, "0"), new Violation("size", "must be from 1 to 500 (was 0)"));
        assertProblem(() -> Paging.of(null, "501"), new Violation("size", "must be from 1 to 500 (was 501)"));
        assertProblem(() -> Paging.of("two", null), new Violation("page", "must be a whole number 0 or more (was \"two\")"));
        assertProblem(() -> QueryParams.choice("helix", "banks", Helix.class), new Violation("helix",
                "must be one of INDUSTRY, EDUCATION, GOVERNMENT, FINANCE, CIVIL_SOCIETY (was \"banks\")"));
        assertProblem(() -> QueryParams.year("year", "1899"), new Violation("year", "must be from 1900 to 2100 (was 1899)"));
    }

    @Test
    void readsEnumsIgnoringCase() {
        assertThat(QueryParams.choice("helix", "civil_society", Helix.class)).isEqualTo(Helix.CIVIL_SOCIETY);
    }

    private static void assertProblem(Runnable call, Violation expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).containsExactly(expected));
    }
}
