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

import dev.lightwork.diagram.chart.BarChart;
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

    /** Defect (Yield view): contributor labels ("las0.extinctionRatioDb") under narrow bars were cut with an ellipsis. */
    @Test
    void contributorLabelsInWordsAreNotCut() {
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

    /** Regression: the colour legend printed the DR4 study's margins as 2.593796 and 3.626104 (six decimals). */
    @Test
    void colourLegendPrintedSixDecimals() {
        ScatterChart chart = new ScatterChart("Front", "power (W)", "cost (USD)",
                List.of(new Dot(7.45, 145, "p1", 2.593796), new Dot(8.06, 210, "p5", 3.626104)), false, "", 1, "worst-lane margin [dB] (maximise)");
        String svg = ChartImages.svg(chart, 800, 500);
        assertTrue(svg.contains(">2.59<") && svg.contains(">3.63<"), "two decimals for a one-decibel range");
        assertTrue(!svg.contains("3.626104") && !svg.contains("2.593796"));
    }

    /** A third quantity colours the points from blue (lowest) to red (highest), with a legend naming it (issue 16 item 5). */
    @Test
    void scatterColoursPointsByTheThirdQuantityWithALegend() {
        ScatterChart chart = new ScatterChart("Front", "power (W)", "cost (USD)",
                List.of(new Dot(1, 30, "p1", 0.5), new Dot(2, 20, "p2", 1.0), new Dot(3, 10, "p3", 2.5)), false, "", 1,
                "worst-lane margin [dB] (maximise)");
        assertTrue(chart.coloured());
        String svg = ChartImages.svg(chart, 800, 500);
        assertTrue(svg.contains(">colour: worst-lane margin [dB] (maximise)<"), "legend title");
        assertTrue(svg.contains(">0.5<") && svg.contains(">2.5<"), "legend ends at the lowest and highest value");
        Rgb low = ChartPainter.ramp(new double[] {0.5, 2.5}, 0.5);
        Rgb high = ChartPainter.ramp(new double[] {0.5, 2.5}, 2.5);
        assertEquals(ChartPainter.RAMP_LOW, low);
        assertEquals(ChartPainter.RAMP_HIGH, high);
        assertTrue(svg.contains(fill(low)) && svg.contains(fill(high)), "points drawn in the ramp's colours");
        assertEquals(chart.withSelected(2).colourLabel(), chart.colourLabel(), "selection keeps the colour scale");
        // without a colour label (two objectives) the points keep the single colour
        ScatterChart plain = new ScatterChart("Front", "x", "y", List.of(new Dot(1, 2, "a"), new Dot(2, 3, "b")), false, "", -1);
        assertTrue(!plain.coloured() && !ChartImages.svg(plain, 800, 500).contains("colour:"));
    }

    /**
     * Regression (README known gap): the ramp was red for the highest value whatever the objective's sense, so the DR4
     * study's best margin (maximised, 3.63 dB) was drawn red like a bad point. The better end is now blue for either sense
     * and the legend says which end is better.
     */
    @Test
    void colourRampWasRedForTheHighestValueWhateverTheSense() {
        List<Dot> dots = List.of(new Dot(7.45, 145, "p1", 2.593796), new Dot(8.06, 210, "p5", 3.626104));
        double[] range = {2.593796, 3.626104};
        ScatterChart maximised = new ScatterChart("Front", "power (W)", "cost (USD)", dots, false, "", -1, "worst-lane margin [dB]",
                ScatterChart.Better.HIGH);
        assertEquals(ChartPainter.RAMP_BETTER, ChartPainter.ramp(range, 3.626104, ScatterChart.Better.HIGH), "highest margin is the better end");
        assertEquals(ChartPainter.RAMP_WORSE, ChartPainter.ramp(range, 2.593796, ScatterChart.Better.HIGH));
        String svg = ChartImages.svg(maximised, 800, 500);
        assertTrue(svg.contains(fill(ChartPainter.RAMP_BETTER)) && svg.contains(fill(ChartPainter.RAMP_WORSE)), "both ends drawn");
        assertTrue(svg.contains(">3.63 better<") && svg.contains(">2.59 worse<"), "legend names the better end");

        ScatterChart minimised = new ScatterChart("Front", "power (W)", "margin (dB)", List.of(new Dot(1, 2, "p1", 100), new Dot(2, 3, "p2", 250)),
                false, "", -1, "cost per good module [USD]", ScatterChart.Better.LOW);
        assertEquals(ChartPainter.RAMP_BETTER, ChartPainter.ramp(new double[] {100, 250}, 100, ScatterChart.Better.LOW), "lowest cost is better");
        String min = ChartImages.svg(minimised, 800, 500);
        assertTrue(min.contains(">100 better<") && min.contains(">250 worse<"), min.replaceAll("(?s).*(colour:[^<]*).*", "$1"));
        assertEquals(ScatterChart.Better.LOW, minimised.withSelected(1).colourBetter(), "selection keeps the sense");
    }

    private static String fill(Rgb c) {
        return "fill:rgb(" + c.red() + "," + c.green() + "," + c.blue() + ")";
    }

    /**
     * Defect (README known gap): in the default perspective the Link Budget view's waterfall is about 530 x 214 px; its
     * category labels were cut ("L...", "T d...") and the reference labels took a third of the width. Now the labels
     * alternate over rows and the reference labels sit inside the plot, so every label reads whole.
     */
    @Test
    void narrowWaterfallKeepsItsLabelsWhole() {
        String[] names = {"Laser", "T derating", "Modulator", "Tx attach", "Avg launch", "OMA (ER)", "Tx OMA", "Fibre", "Connectors",
                "Penalties", "Rx OMA", "TDECQ", "Rx OMA - TDECQ"};
        List<BarChart.Bar> bars = new java.util.ArrayList<>();
        double level = 2;
        for (int i = 0; i < names.length; i++) {
            double next = level - 0.4;
            bars.add(new BarChart.Bar(names[i], i % 4 == 0 ? Double.NaN : level, i % 4 == 0 ? level : next,
                    i % 4 == 0 ? BarChart.Kind.LEVEL : BarChart.Kind.LOSS, String.format(java.util.Locale.ROOT, "%.2f", next)));
            level = i % 4 == 0 ? level : next;
        }
        BarChart chart = new BarChart("lane0 (worst lane): margin 3.63 dB", "dBm", false, bars,
                List.of(new Marker("PMD sensitivity -4.40 dBm", -4.4, RED), new Marker("Rx requirement @TP3 -5.30 dBm", -5.3, RED)));
        String svg = ChartImages.svg(chart, 530, 214);
        for (String name : names) {
            assertTrue(svg.contains(">" + name + "<"), name + " whole in the narrow chart");
        }
        assertTrue(svg.contains(">PMD sensitivity -4.40 dBm<") && svg.contains(">Rx requirement @TP3 -5.30 dBm<"), "reference labels whole");
        assertTrue(!svg.contains("\u2026"), "nothing cut");
    }

    /** Defect (README known gap): the BER curve's reference labels overlapped and ran off a narrow chart. */
    @Test
    void narrowBerCurveKeepsReferenceLabelsInsideThePlot() {
        double[] oma = {-8, -6, -4, -2, 0, 2};
        double[] ber = {1e-2, 1e-4, 1e-8, 1e-14, 1e-22, 1e-30};
        LineChart chart = new LineChart("BER vs received OMA", "received OMA (dBm)", "BER", true,
                List.of(new LineChart.Series("pre-FEC BER", oma, ber, ChartPainter.LEVEL)), List.of(),
                List.of(new LineChart.Reference("pre-FEC target 2.40e-04", 2.4e-4, false, RED),
                        new LineChart.Reference("PMD reference -3.30 dBm", -3.3, true, RED),
                        new LineChart.Reference("operating point 0.33 dBm", 0.33, true, RED)));
        String svg = ChartImages.svg(chart, 384, 214);
        assertTrue(svg.contains(">pre-FEC target 2.40e-04<"), "the horizontal line's label whole, inside the plot");
        assertTrue(svg.contains(">PMD reference -3.30 dBm<") && svg.contains(">operating point 0.33 dBm<"), svg);
    }

    /**
     * Regression (README known gap): at the Link Budget view's default size (about 500 x 215 px) the BER curve's reference
     * labels sat in the plot and a long one was cut ("operating point 1.17 dBm, margin 3…"). Every reference line is now
     * named whole in the legend under the plot, with the curves.
     */
    @Test
    void berCurveReferenceLabelsWereCutAtTheDefaultViewSize() {
        double[] oma = {-8, -6, -4, -2, 0, 2};
        double[] pre = {1e-2, 1e-4, 1e-8, 1e-14, 1e-22, 1e-30};
        double[] post = {1e-2, 1e-9, 1e-20, 1e-30, 1e-30, 1e-30};
        String[] labels = {"pre-FEC target 2.40e-04", "PMD reference -4.40 dBm", "operating point 1.17 dBm, margin 3.35 dB",
                "PMD published sensitivity -4.40 dBm"};
        LineChart chart = new LineChart("BER vs received OMA at TP3, lane lane0 (RS(544,514))", "received OMA at TP3 (dBm)", "BER", true,
                List.of(new LineChart.Series("pre-FEC BER", oma, pre, ChartPainter.LEVEL),
                        new LineChart.Series("post-FEC BER (RS(544,514))", oma, post, ChartPainter.GAIN)), List.of(),
                List.of(new LineChart.Reference(labels[0], 2.4e-4, false, RED), new LineChart.Reference(labels[1], -4.4, true, RED),
                        new LineChart.Reference(labels[2], 1.17, true, RED), new LineChart.Reference(labels[3], -4.4, true, RED)));
        for (int[] size : new int[][] {{500, 215}, {420, 215}, {384, 214}}) {
            String svg = ChartImages.svg(chart, size[0], size[1]);
            for (String label : labels) {
                assertTrue(svg.contains(">" + label + "<"), label + " whole at " + size[0] + " x " + size[1]);
            }
            assertTrue(svg.contains(">pre-FEC BER<") && svg.contains(">post-FEC BER (RS(544,514))<"), "curves named");
            assertTrue(!svg.contains("\u2026"), "nothing cut at " + size[0] + " x " + size[1]);
        }
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
