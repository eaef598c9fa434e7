package dev.lightwork.diagram.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.diagram.chart.BarChart.Kind;
import dev.lightwork.diagram.chart.BarChart.Marker;
import dev.lightwork.diagram.scene.Rgb;

/**
 * The waterfall of one lane's link budget as a bar chart: the steps and the receiver requirement are the analysis's
 * ({@link LinkBudget#waterfall()}), drawn as levels and gains/losses, with the required margin and the PMD's
 * published sensitivity as reference lines. Views and report draw this one chart.
 */
public final class WaterfallChart {

    public static final Rgb REQUIREMENT = new Rgb(0xc0, 0x20, 0x20);
    public static final Rgb REQUIRED_MARGIN = new Rgb(0xd0, 0x80, 0x00);
    public static final Rgb SENSITIVITY = new Rgb(0x60, 0x60, 0x60);

    private WaterfallChart() {
    }

    public static BarChart of(LinkBudget b, double requiredMarginDb, String title) {
        List<Bar> bars = new ArrayList<>();
        dev.lightwork.analysis.link.LinkWaterfall w = b.waterfall();
        double at = Double.NaN;
        for (dev.lightwork.analysis.link.LinkWaterfall.Step s : w.steps()) {
            if (s.level()) {
                level(bars, s.label(), s.value());
                at = s.value();
            } else {
                at = step(bars, s.label(), at, s.value());
            }
        }
        List<Marker> markers = new ArrayList<>();
        double requirement = w.requirementDbm();
        markers.add(new Marker(w.requirementLabel(), requirement, REQUIREMENT));
        if (requiredMarginDb > 0) {
            markers.add(new Marker(String.format(Locale.ROOT, "+ required margin %.1f dB", requiredMarginDb), requirement + requiredMarginDb,
                    REQUIRED_MARGIN));
        }
        if (Math.abs(w.pmdSensitivityDbm() - requirement) > 0.005) {
            markers.add(new Marker(String.format(Locale.ROOT, "PMD sensitivity %.2f dBm", w.pmdSensitivityDbm()), w.pmdSensitivityDbm(),
                    SENSITIVITY));
        }
        return new BarChart(title, "dBm", false, bars, markers);
    }

    private static void level(List<Bar> bars, String label, double value) {
        bars.add(new Bar(label, Double.NaN, value, Double.isNaN(value) ? Kind.UNKNOWN : Kind.LEVEL,
                Double.isNaN(value) ? "?" : String.format(Locale.ROOT, "%.2f", value)));
    }

    /** Adds a step of {@code delta} dB starting at {@code from}; returns where it ends. */
    private static double step(List<Bar> bars, String label, double from, double delta) {
        delta += 0.0; // -0.0 (a zero loss negated) prints as "+0.00", not "-0.00"
        double to = from + delta;
        Kind kind = Double.isNaN(to) ? Kind.UNKNOWN : delta >= 0 ? Kind.GAIN : Kind.LOSS;
        bars.add(new Bar(label, from, to, kind, Double.isNaN(delta) ? "?" : String.format(Locale.ROOT, "%+.2f", delta)));
        return to;
    }
}
