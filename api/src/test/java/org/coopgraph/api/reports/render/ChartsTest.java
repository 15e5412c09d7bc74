package org.coopgraph.api.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coopgraph.api.reports.render.BarChart.BarSeries;
import org.coopgraph.api.reports.render.Series.Point;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

    private static final Axis SHARE = new Axis("share", 0, 1, List.of(0.0, 0.5, 1.0), v -> Math.round(v * 100) + "%");

    private static LineChart line(String seriesName, Point... points) {
        return new LineChart("robustness-2024", "Robustness", "Largest component as members leave", SHARE, SHARE,
                List.of(new Series(seriesName, Arrays.asList(points))));
    }

    @Test
    void lineChartPlacesPointsOnThePlotCornersAndWritesWholePixelSizes() throws Exception {
        String svg = line("random", new Point(0, 1.0), new Point(1, 0.0)).svg();

        // plot: x 64..616, y 12 (top, value 1) .. 232 (bottom, value 0)
        assertThat(svg).contains("points=\"64,12 616,232\"");
        Element root = parse(svg);
        assertThat(root.getAttribute("width")).isEqualTo("640");
        assertThat(root.getAttribute("height")).matches("\\d+");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("robustness-2024-title robustness-2024-desc");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Robustness");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Largest component as members leave");
    }

    @Test
    void sameInputWritesTheSameBytes() {
        String first = line("random", new Point(0, 1.0), new Point(0.3, 0.61), new Point(1, 0.0)).svg();
        String second = line("random", new Point(0, 1.0), new Point(0.3, 0.61), new Point(1, 0.0)).svg();

        assertThat(first).isEqualTo(second).doesNotContain("NaN").doesNotContain("E-");
    }

    @Test
    void aMissingValueBreaksTheLineInsteadOfDroppingToZero() throws Exception {
        String svg = line("E-I", new Point(0, 0.5), new Point(0.25, 0.5), new Point(0.5, null), new Point(0.75, 0.5),
                new Point(1, 0.5)).svg();

        assertThat(parse(svg).getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(svg).contains("points=\"64,122 202,122\"").contains("points=\"478,122 616,122\"");
    }

    @Test
    void userTextIsEscapedAndControlCharactersDropped() throws Exception {
        String svg = line("<script>alert('x')</script>\u0007 & co", new Point(0, 1.0), new Point(1, 1.0)).svg();

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
        assertThat(parse(svg).getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void barLengthsAreProportionalToTheValues() {
        BarChart chart = new BarChart("members", "Members", "by helix", "members", List.of("A", "B"),
                List.of(new BarSeries("2024", List.of(2.0, 4.0))), v -> Integer.toString((int) v));

        // labels column 80 px, plot to 592: 4 (the axis maximum) spans 512 px, 2 half of it
        assertThat(chart.svg()).contains("width=\"256\" height=\"10\"").contains("width=\"512\" height=\"10\"");
    }

    @Test
    void barChartRefusesASeriesOfTheWrongLength() {
        assertThatThrownBy(() -> new BarChart("m", "M", "d", "n", List.of("A", "B"),
                List.of(new BarSeries("2024", List.of(1.0))), v -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
    }

    @Test
    void barChartWritesADashForAMissingValueAndNoBar() {
        String svg = new BarChart("m", "M", "d", "n", List.of("A"),
                List.of(new BarSeries("2023", Arrays.asList((Double) null)), new BarSeries("2024", List.of(3.0))),
                v -> Integer.toString((int) v)).svg();

        assertThat(svg).contains(">–</text>");
        assertThat(svg.split("height=\"10\" fill").length - 1).isEqualTo(1); // one bar
        assertThat(svg.split("height=\"12\" fill").length - 1).isEqualTo(2); // two legend swatches
    }

    @Test
    void heatMapShadesTheLargestCellDarkestAndGreysZeros() {
        String svg = new HeatMap("mix", "Mixing", "ties", List.of("a", "b"), List.of("a", "b"),
                List.of(Arrays.asList(4.0, 0.0), Arrays.asList(null, 2.0)), v -> Integer.toString((int) v)).svg();

        assertThat(svg).contains("fill=\"" + ChartPalette.HEAT_HIGH + "\"").contains("fill=\"" + ChartPalette.EMPTY + "\"");
        assertThat(svg.split("<rect").length - 1).isEqualTo(3); // the null cell draws nothing
    }

    @Test
    void niceAxisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Axis.nice("x", 0, 1, 5, String::valueOf).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0);
        assertThat(Axis.nice("x", 0, 37, 5, String::valueOf).ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
        assertThat(Axis.years("year", 2017, 2024).ticks()).hasSize(8).first().isEqualTo(2017.0);
        assertThat(Axis.years("year", 2024, 2024).min()).isEqualTo(2023.0);
    }

    @Test
    void svgIdsAreSanitised() {
        assertThat(Svg.safeId("2024 \"x\"")).isEqualTo("c-2024--x-");
        assertThat(Svg.num(-0.04)).isEqualTo("0");
        assertThat(Svg.num(12.25)).isEqualTo("12.3");
    }

    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }
}
