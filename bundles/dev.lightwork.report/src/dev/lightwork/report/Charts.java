package dev.lightwork.report;

import java.util.Map;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.BerCurve;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.BerCurveChart;
import dev.lightwork.diagram.chart.Chart;
import dev.lightwork.diagram.chart.ChartPainter;
import dev.lightwork.diagram.chart.PowerChart;
import dev.lightwork.diagram.chart.WaterfallChart;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.render.Figure;

/**
 * The report's charts: the same chart models and layout as the workbench views ({@code dev.lightwork.diagram.chart}),
 * painted through Java2D (SVG via JFreeSVG in HTML, PDFBox vectors in PDF).
 */
final class Charts {

    private static final double WIDTH = 960;
    private static final double HEIGHT = 380;

    private Charts() {
    }

    /** A chart as a report figure of the report's width. */
    static Figure figure(Chart chart) {
        return Figure.of(chart.title(), WIDTH, HEIGHT, g -> ChartPainter.paint(new Graphics2DPainter(g), chart, WIDTH, HEIGHT));
    }

    /** The link budget waterfall of one lane with the receiver requirement and the required margin. */
    static Figure waterfall(LinkBudget b, double requiredMarginDb) {
        String title = "Link budget waterfall, worst lane " + b.laneId() + " (dBm / dB)";
        BarChart chart = WaterfallChart.of(b, requiredMarginDb, title);
        String caption = "Margin " + QuantityFormat.db(b.marginDb()) + " dB (required " + QuantityFormat.db(requiredMarginDb) + " dB). Blue: power "
                + "levels (dBm); red: losses and penalties; green: gains (dB). PMD " + (b.pmdId() == null ? "unknown" : b.pmdId()) + ".";
        return figure(new BarChart(chart.title(), chart.unit(), chart.zeroBased(), chart.bars(), chart.markers(), caption));
    }

    /** The lane's BER against the received OMA at TP3, pre- and post-FEC, from the analysis's curve. */
    static Figure berCurve(BerCurve c) {
        return figure(BerCurveChart.of(c));
    }

    /** Module power stacked by part kind, DC-DC loss and total against the MSA class limit. */
    static Figure modulePower(TransceiverDesign design, PowerBudget p, String title, String caption) {
        BarChart chart = PowerChart.of(p, PowerChart.byKind(design, p), title);
        return figure(new BarChart(chart.title(), chart.unit(), chart.zeroBased(), chart.bars(), chart.markers(), caption));
    }

    /** One bar per row (W) against a limit line; rows over the limit are drawn as over. */
    static Figure perLanePower(String title, Map<String, Double> rows, double limitW, String limitLabel, String caption) {
        return figure(PowerChart.rows(title, rows, limitW, limitLabel, caption));
    }
}
