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
 * The waterfall of one lane's link budget (dBm and dB): laser output, derating and transmitter losses to the
 * average launch power, the OMA conversion by the extinction ratio to Tx OMA, each channel loss and penalty to
 * Rx OMA, TDECQ, and the receiver requirement the margin is measured against (SRS - SECQ, or the PMD sensitivity).
 * Every bar is one {@link LinkBudget} term, so the chart and the table cannot disagree.
 */
public final class LinkWaterfall {

    public static final Rgb REQUIREMENT = new Rgb(0xc0, 0x20, 0x20);
    public static final Rgb REQUIRED_MARGIN = new Rgb(0xd0, 0x80, 0x00);
    public static final Rgb SENSITIVITY = new Rgb(0x60, 0x60, 0x60);

    private LinkWaterfall() {
    }

    public static BarChart of(LinkBudget b, double requiredMarginDb, String title) {
        List<Bar> bars = new ArrayList<>();
        level(bars, "Laser", b.laserOutputDbm());
        double at = b.laserOutputDbm();
        at = step(bars, "T derating", at, b.temperatureDeratingDb());
        at = step(bars, "Mod. IL", at, -b.modulatorLossDb());
        step(bars, "Mux IL", at, -b.muxLossDb());
        level(bars, "Avg launch", b.averageLaunchDbm());
        step(bars, "OMA (ER)", b.averageLaunchDbm(),
                b.txOmaDbm() - b.averageLaunchDbm());
        level(bars, "Tx OMA", b.txOmaDbm());
        at = b.txOmaDbm();
        at = step(bars, "Fibre", at, -b.fibreLossDb());
        at = step(bars, "Conn. IL", at, -b.connectorLossDb());
        at = step(bars, "Splices", at, -b.spliceLossDb());
        at = step(bars, "Penalties", at, -b.penaltiesDb());
        step(bars, "Demux IL", at, -b.demuxLossDb());
        level(bars, "Rx OMA", b.rxOmaDbm());
        step(bars, "TDECQ", b.rxOmaDbm(), -b.tdecqDb());
        level(bars, "Rx OMA - TDECQ", b.rxOmaDbm() - b.tdecqDb());

        List<Marker> markers = new ArrayList<>();
        double requirement = b.rxOmaDbm() - b.tdecqDb() - b.marginDb();
        markers.add(new Marker(String.format(Locale.ROOT, "Rx requirement %.2f dBm", requirement), requirement, REQUIREMENT));
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
