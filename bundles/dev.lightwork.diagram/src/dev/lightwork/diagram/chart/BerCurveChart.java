package dev.lightwork.diagram.chart;

import java.util.ArrayList;
import java.util.List;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.BerCurve;

/**
 * A lane's BER against the received OMA at TP3 (decade axis), pre-FEC and post-FEC, from the analysis's
 * {@link BerCurve}: the PMD reference (where the receiver works at the pre-FEC target), the operating point and the
 * margin between them. Ratios below the model's floor are drawn at the floor (the curve's points already are).
 */
public final class BerCurveChart {

    private BerCurveChart() {
    }

    public static LineChart of(BerCurve c) {
        int n = c.points().size();
        double[] oma = new double[n];
        double[] pre = new double[n];
        double[] post = new double[n];
        for (int i = 0; i < n; i++) {
            BerCurve.Point p = c.points().get(i);
            oma[i] = p.rxOmaDbm();
            pre[i] = p.preFecBer();
            post[i] = p.postFecBer();
        }
        List<LineChart.Series> series = List.of(new LineChart.Series("pre-FEC BER", oma, pre, ChartPainter.LEVEL),
                new LineChart.Series("post-FEC BER (" + c.fec() + ")", oma, post, ChartPainter.GAIN));
        List<LineChart.Reference> references = new ArrayList<>();
        references.add(new LineChart.Reference("pre-FEC target " + QuantityFormat.ber(c.berTarget()), c.berTarget(), false, ChartPainter.UNKNOWN));
        references.add(new LineChart.Reference("PMD reference " + QuantityFormat.db(c.referenceDbm()) + " dBm", c.referenceDbm(), true,
                ChartPainter.AXIS));
        boolean pass = c.marginDb() >= 0;
        references.add(new LineChart.Reference("operating point " + QuantityFormat.db(c.operatingRxOmaDbm()) + " dBm, margin "
                + QuantityFormat.db(c.marginDb()) + " dB", c.operatingRxOmaDbm(), true, pass ? ChartPainter.PASS : ChartPainter.OVER));
        if (n > 0 && Double.isFinite(c.pmdSensitivityDbm()) && c.pmdSensitivityDbm() >= oma[0] && c.pmdSensitivityDbm() <= oma[n - 1]) {
            references.add(new LineChart.Reference("PMD published sensitivity " + QuantityFormat.db(c.pmdSensitivityDbm()) + " dBm",
                    c.pmdSensitivityDbm(), true, ChartPainter.UNKNOWN));
        }
        return new LineChart("BER vs received OMA at TP3, lane " + c.laneId() + " (" + c.fec() + ")", "received OMA at TP3 (dBm)", "BER",
                true, series, List.of(), references);
    }
}
