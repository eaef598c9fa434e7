package dev.lightwork.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.link.BerCurve;
import dev.lightwork.ui.views.chart.ScatterChart;
import dev.lightwork.ui.views.chart.ScatterChart.Dot;

/**
 * The analysis's BER-versus-received-OMA curve of one lane ({@link BerCurve}) as a plot of log10 BER against the Rx
 * OMA at TP3: the pre-FEC curve (upper) and the post-FEC curve (lower) as points, the PMD reference and the operating
 * point labelled, the operating point highlighted. The view only paints what the analysis computed.
 */
public final class BerCurveChart {

    /** Every how many curve points one is drawn (the analysis gives ten per dB). */
    private static final int EVERY = 2;

    private BerCurveChart() {
    }

    public static ScatterChart of(BerCurve c, String title) {
        if (c.isEmpty()) {
            return ScatterChart.empty("No BER curve: the PMD gives no pre-FEC BER target, or the margin is unknown");
        }
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < c.points().size(); i += EVERY) {
            BerCurve.Point p = c.points().get(i);
            dots.add(new Dot(p.rxOmaDbm(), Math.log10(p.preFecBer()), ""));
            dots.add(new Dot(p.rxOmaDbm(), Math.log10(p.postFecBer()), ""));
        }
        dots.add(new Dot(c.referenceDbm(), Math.log10(c.berTarget()),
                String.format(Locale.ROOT, "PMD ref. %.2f dBm", c.referenceDbm())));
        int operating = dots.size();
        dots.add(new Dot(c.operatingRxOmaDbm(), Math.log10(c.operatingPreFecBer()),
                String.format(Locale.ROOT, "lane, margin %.2f dB", c.marginDb())));
        String note = String.format(Locale.ROOT, "upper: pre-FEC (ref. BER %.1e), lower: post-FEC %s; floor %.0e = bound", c.berTarget(), c.fec(),
                c.berFloor());
        return new ScatterChart(title, "Rx OMA at TP3 (dBm)", "log10 BER", dots, false, note, operating);
    }
}
