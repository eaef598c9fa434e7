package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.diagram.chart.BarChart.Kind;
import dev.lightwork.diagram.chart.BarChart.Marker;
import dev.lightwork.diagram.chart.ChartImages;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.ui.views.table.Csv;

/** CSV cells survive spreadsheets (RFC 4180 quoting, exact numbers); SVG text is escaped. */
class ExportFormatTest {

    @Test
    void csvQuotesSeparatorsAndKeepsExactNumbers() {
        assertEquals("\"a, b\"", Csv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("", Csv.cell(Double.NaN), "unknown is empty, not NaN");
        double v = 0.1 + 0.2;
        assertEquals(v, Double.parseDouble(Csv.cell(v)), 0.0, "round-trips exactly");
        assertEquals("x,,1.5\r\n", Csv.line(Arrays.asList("x", null, 1.5)));
    }

    @Test
    void svgEscapesLabelsAndDrawsEveryBarAndMarker() {
        BarChart chart = new BarChart("A <b> & \"c\"", "W", true,
                List.of(new Bar("p<1>", 0, 2, Kind.PART, "2.00"), new Bar("Total", Double.NaN, 2, Kind.LEVEL, "2.00")),
                List.of(new Marker("limit & more", 3, new Rgb(200, 0, 0))));
        String doc = ChartImages.svg(chart, 600, 400);
        assertTrue(doc.contains(">A &lt;b&gt; &amp; &quot;c&quot;<"), doc);
        assertTrue(doc.contains(">p&lt;1&gt;<"), doc);
        assertTrue(doc.contains(">limit &amp; more<"), doc);
        assertTrue(doc.contains("stroke-dasharray"), "the marker is a dashed line");
        assertEquals(1 + 2, doc.split("<rect ", -1).length - 1, "background + 2 bars");
    }
}
