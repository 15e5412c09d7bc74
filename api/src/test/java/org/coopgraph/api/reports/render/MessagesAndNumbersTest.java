package org.coopgraph.api.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessagesAndNumbersTest {

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText() {
        Messages nl = Messages.of("nl");
        Messages en = Messages.of("en");

        assertThat(nl.keys()).isEqualTo(en.keys()).hasSizeGreaterThan(200);
        nl.keys().forEach(key -> assertThat(nl.get(key)).as(key).isNotBlank());
        en.keys().forEach(key -> assertThat(en.get(key)).as(key).isNotBlank());
    }

    @Test
    void placeholdersTakePreformattedStringsAndAMissingKeyFailsLoudly() {
        assertThat(Messages.of("nl").get("cover.subtitle", "2025", "2024")).isEqualTo("2025, vergeleken met 2024");
        assertThat(Messages.of("en").get("unit.points", "+0,9")).isEqualTo("+0,9 pp");
        assertThatThrownBy(() -> Messages.of("nl").get("no.such.key")).hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> Messages.of("de")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersFollowTheLanguage() {
        Numbers nl = new Numbers("nl");
        Numbers en = new Numbers("en");

        assertThat(nl.integer(10_000)).isEqualTo("10.000");
        assertThat(en.integer(10_000)).isEqualTo("10,000");
        assertThat(nl.decimal(0.7245, 3)).isEqualTo("0,725"); // half up, not half even
        assertThat(en.percent(0.4567, 1)).isEqualTo("45.7%");
        assertThat(nl.percent(0.87, 1)).isEqualTo("87,0%");
    }

    @Test
    void changesCarryASignAMinusSignAndNeverAMinusZero() {
        Numbers nl = new Numbers("nl");

        assertThat(nl.change(52, 51, 0)).isEqualTo("+1");
        assertThat(nl.change(51, 52, 0)).isEqualTo("−1");
        assertThat(nl.change(3, 3, 0)).isEqualTo("0");
        assertThat(nl.change(0.3730001, 0.3730004, 3)).isEqualTo("0,000");
        assertThat(nl.changePoints(0.861, 0.870, 1)).isEqualTo("−0,9");
        assertThat(nl.decimal(-0.0001, 2)).isEqualTo("0,00");
    }

    @Test
    void anUndefinedValueIsADashNotAZero() {
        Numbers en = new Numbers("en");

        assertThat(en.integer(null)).isEqualTo("–");
        assertThat(en.decimal(null, 2)).isEqualTo("–");
        assertThat(en.percent(null, 1)).isEqualTo("–");
        assertThat(en.change(3, null, 0)).isEqualTo("–");
        assertThat(en.changePoints(null, 0.5, 1)).isEqualTo("–");
    }

    @Test
    void xmlEscapingMakesMarkupInertAndDropsCharactersXmlForbids() {
        assertThat(Xml.text("<b onclick=\"x\">R&D's</b>")).isEqualTo("&lt;b onclick=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/b&gt;");
        assertThat(Xml.text("a\u0000b\u001Fc\uD800d\tе😀")).isEqualTo("abcd\tе😀");
        assertThat(Xml.text(null)).isEmpty();
        assertThat(ReportHtml.cssString("Pagina \"x\" \\ <")).isEqualTo("Pagina \\22 x\\22  \\5c  \\3c ");
    }
}
