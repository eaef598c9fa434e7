package dev.lightwork.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.lightwork.diagram.chart.BarChart.Marker;
import dev.lightwork.diagram.chart.ChartImages;
import dev.lightwork.diagram.chart.ChartPainter;
import dev.lightwork.diagram.chart.Histogram;
import dev.lightwork.diagram.chart.LineChart;
import dev.lightwork.diagram.chart.ScatterChart;
import dev.lightwork.diagram.chart.ScatterChart.Dot;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.scene.Rgb;

/** The shared chart layout on the Java2D/SVG painters: every chart kind, its texts, and where it put its points. */
class ChartPainterTest {

    private static final Rgb RED = new Rgb(200, 0, 0);

    @Test
    void berCurveOnADecadeAxisWithThresholdAndOperatingPoint() {
        double[] oma = new double[30];
        double[] ber = new double[30];
        for (int i = 0; i < oma.length; i++) {
            oma[i] = -12 + i * 0.3;
            ber[i] = Math.pow(10, -1 - i * 0.3);
        }
        LineChart chart = new LineChart("BER vs OMA", "OMA (dBm)", "BER", true, List.of(new LineChart.Series("pre-FEC", oma, ber, ChartPainter.LEVEL)),
                List.of(new LineChart.PointMark("lane0", -8, 1e-5, ChartPainter.SELECTED)),
                List.of(new LineChart.Reference("KP4 threshold 2.4e-4", 2.4e-4, false, RED)));
        String svg = ChartImages.svg(chart, 800, 500);
        assertTrue(svg.contains(">1e-5<") && svg.contains(">1e-1<"), "decade tick labels");
        assertTrue(svg.contains(">KP4 threshold 2.4e-4<") && svg.contains(">lane0<"), "reference and point labels");
        assertTrue(svg.contains("stroke-dasharray"), "the threshold is dashed");
    }

    @Test
    void histogramDrawsOneBarPerNonEmptyBinAndItsReference() {
        Histogram h = new Histogram("Margin of 1000 builds", "margin (dB)", new double[] {-1, 0, 1, 2, 3}, new long[] {5, 0, 600, 395},
                List.of(new Marker("required 1.0 dB", 1.0, RED)));
        String svg = ChartImages.svg(h, 800, 500);
        assertEquals(1 + 3, svg.split("<rect ", -1).length - 1, "background + three non-empty bins");
        assertTrue(svg.contains(">required 1.0 dB<"));
        assertThrows(IllegalArgumentException.class, () -> new Histogram("x", "x", new double[] {0, 1}, new long[] {1, 2}, List.of()));
    }

    /**
     * Defect (Yield view): a required-margin line at the left edge of the margin histogram had its label centred on the
     * line, over the y-axis title "count". The label now starts right of the title and stays inside the chart.
     */
    @Test
    void histogramReferenceLabelDoesNotCollideWithTheAxisTitle() {
        for (int width : new int[] {420, 800}) {
            Histogram h = new Histogram("Worst-lane margin of the sampled modules", "margin (dB)", new double[] {1.5, 2, 2.5, 3, 3.5},
                    new long[] {5, 60, 300, 120}, List.of(new Marker("required 1.00 dB", 1.0, RED)));
            String svg = ChartImages.svg(h, width, 300);
            double[] count = textBox(svg, "count");
            double[] label = textBox(svg, "required 1.00 dB");
            boolean apart = label[0] >= count[0] + count[2] || label[1] + 10 <= count[1] || count[1] + 10 <= label[1];
            assertTrue(apart, "label at x " + label[0] + " overlaps the axis title ending at " + (count[0] + count[2]) + " (width " + width + ")");
            assertTrue(label[0] + label[2] <= width, "label inside the chart");
        }
    }

    /** Defect (Yield view): contributor labels under narrow bars were cut with an ellipsis; now five bars, words wrapping onto a third line. */
    @Test
    void barLabelsWrapOntoAThirdLineRatherThanBeingCut() {
        List<dev.lightwork.diagram.chart.BarChart.Bar> bars = new java.util.ArrayList<>();
        for (String label : List.of("las2 output power", "lane1 TDECQ", "las0 extinction ratio", "mpo insertion loss", "las1 wavelength")) {
            bars.add(new dev.lightwork.diagram.chart.BarChart.Bar(label, Double.NaN, 10, dev.lightwork.diagram.chart.BarChart.Kind.PART, "10.0"));
        }
        String svg = ChartImages.svg(new dev.lightwork.diagram.chart.BarChart("Contributors", "%", true, bars, List.of(), ""), 460, 300);
        assertTrue(!svg.contains("\u2026"), "no label is cut: " + svg);
        assertTrue(svg.contains("power</text>") && svg.contains("ratio</text>") && svg.contains("loss</text>"), "every label ends whole");
    }

    /** x, y and measured width of the SVG text element holding exactly {@code text}. */
    private static double[] textBox(String svg, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*?\\sx=['\"]([-0-9.]+)['\"][^>]*?\\sy=['\"]([-0-9.]+)['\"][^>]*>"
                + java.util.regex.Pattern.quote(text) + "</text>").matcher(svg);
        assertTrue(m.find(), text + " in " + svg);
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        double w = font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), w};
    }

    @Test
    void scatterReturnsWhereEachPointWasDrawn() {
        ScatterChart chart = new ScatterChart("Front", "power (W)", "margin (dB)",
                List.of(new Dot(1, 2, "p1"), new Dot(2, 3, "p2"), new Dot(Double.NaN, 1, "p3")), false, "", 1);
        double[][] centres = ChartPainter.paint(new Graphics2DPainter(new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB).createGraphics()), chart, 800, 500);
        assertNotNull(centres[0]);
        assertTrue(centres[1][0] > centres[0][0] && centres[1][1] < centres[0][1], "higher x right, higher y up");
        assertNull(centres[2], "a point with an unknown coordinate is not drawn");
    }

    /** Defect: ticks 0.25 apart printed with one decimal ("3.3" for 3.25), so neighbouring ticks read alike. */
    @Test
    void tickLabelsOfQuarterStepsKeepTwoDecimals() {
        ScatterChart chart = new ScatterChart("Front", "x", "y", List.of(new Dot(1, 2.0, "a"), new Dot(2, 3.9, "b")), false, "", -1);
        String svg = ChartImages.svg(chart, 800, 500);
        assertTrue(svg.contains(">3.25<") || svg.contains(">2.75<"), "quarter ticks keep two decimals");
        assertTrue(!svg.contains(">3.3<"), "no rounded-away tick label");
    }

    @Test
    void pngHasTheRequestedSize() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartImages.png(ScatterChart.empty("nothing yet"), 640, 360)));
        assertEquals(640, png.getWidth());
        assertEquals(360, png.getHeight());
    }
}
