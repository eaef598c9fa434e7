package dev.lightwork.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.ui.views.chart.BarChart;
import dev.lightwork.ui.views.chart.BarChart.Bar;
import dev.lightwork.ui.views.chart.BarChart.Kind;
import dev.lightwork.ui.views.chart.BarChart.Marker;

/**
 * The waterfall of one lane's link budget as bars: the steps the analysis derives ({@link LinkBudget#waterfall()}:
 * laser output, derating, split of a shared source and transmitter losses to the average launch at TP2, Tx OMA at TP2,
 * each channel loss and penalty to Rx OMA at TP3, TDECQ) and the receiver requirement at TP3 the margin is measured
 * against. The view only paints them, so the chart, the report and the table cannot disagree.
 */
public final class LinkWaterfall {

    public static final RGB REQUIREMENT = new RGB(0xc0, 0x20, 0x20);
    public static final RGB REQUIRED_MARGIN = new RGB(0xd0, 0x80, 0x00);
    public static final RGB SENSITIVITY = new RGB(0x60, 0x60, 0x60);

    private LinkWaterfall() {
    }

    public static BarChart of(LinkBudget b, double requiredMarginDb, String title) {
        List<Bar> bars = new ArrayList<>();
        double at = Double.NaN;
        for (dev.lightwork.analysis.link.LinkWaterfall.Step s : b.waterfall().steps()) {
            if (s.level()) {
                level(bars, s.label(), s.value());
                at = s.value();
            } else {
                at = step(bars, s.label(), at, s.value());
            }
        }
        List<Marker> markers = new ArrayList<>();
        double requirement = b.waterfall().requirementDbm();
        markers.add(new Marker(b.waterfall().requirementLabel(), requirement, REQUIREMENT));
        if (requiredMarginDb > 0) {
            markers.add(new Marker(String.format(Locale.ROOT, "+ required margin %.1f dB", requiredMarginDb), requirement + requiredMarginDb,
                    REQUIRED_MARGIN));
        }
        if (Math.abs(b.pmdSensitivityDbm() - requirement) > 0.005) {
            markers.add(new Marker(String.format(Locale.ROOT, "PMD sensitivity %.2f dBm", b.pmdSensitivityDbm()), b.pmdSensitivityDbm(),
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
