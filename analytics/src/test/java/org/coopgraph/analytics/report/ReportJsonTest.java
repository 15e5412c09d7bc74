package org.coopgraph.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    record Sample(String zeta, Integer alpha, double mid, List<Object> list, Helix helix) {
    }

    @Test
    void writesKeysSortedWithoutWhitespaceAndNullsKept() {
        String json = ReportJson.canonical(new Sample("z", null, 0.5, List.of(1, "x"), Helix.EDUCATION));
        assertThat(json).isEqualTo("{\"alpha\":null,\"helix\":\"EDUCATION\",\"list\":[1,\"x\"],\"mid\":0.5,\"zeta\":\"z\"}");
    }

    @Test
    void roundsDecimalsHalfEvenToSixPlacesAndStripsZeros() {
        assertThat(ReportJson.number(1.0)).isEqualTo("1");
        assertThat(ReportJson.number(-0.0)).isEqualTo("0");
        assertThat(ReportJson.number(1.0 / 3)).isEqualTo("0.333333");
        assertThat(ReportJson.number(0.0000125)).isEqualTo("0.000012");   // half-even: ...12|5 -> 12
        assertThat(ReportJson.number(-2.5e-7)).isEqualTo("0");
        assertThat(ReportJson.number(1234567.0)).isEqualTo("1234567");
        assertThatThrownBy(() -> ReportJson.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButKeepsNonAscii() {
        assertThat(ReportJson.canonical("a\"b\\c\nd\u0001é")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\"");
    }

    @Test
    void sortsMapKeys() {
        assertThat(ReportJson.canonical(Map.of("b", 2, "a", 1))).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void rejectsValuesWithoutACanonicalForm() {
        assertThatThrownBy(() -> ReportJson.canonical(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportJson.canonical(Arrays.asList(null, true))).isEqualTo("[null,true]");
    }
}
