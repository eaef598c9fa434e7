package dev.lightwork.ui.views.chart;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import dev.lightwork.ui.views.chart.ChartCanvas.Align;
import dev.lightwork.ui.views.chart.ScatterChart.Dot;

/**
 * Lays out and paints a {@link ScatterChart}: both axes with 1-2-5 ticks (as many decimals as the step needs, so
 * close objective values stay distinguishable), grid, axis labels, the points with their labels, a note line for
 * partial results. Returns where each point was drawn, so a control can hit-test clicks against the same layout.
 */
public final class ScatterPainter {

    /** Radius of a point marker (px). */
    public static final int RADIUS = 5;
    private static final RGB POINT = ChartPainter.LEVEL;
    private static final RGB SELECTED = new RGB(0xe0, 0x8a, 0x00);
    private static final RGB WARNING = new RGB(0xb3, 0x6b, 0x00);
    private static final RGB TEXT = new RGB(0x20, 0x20, 0x20);
    private static final RGB AXIS = new RGB(0x60, 0x60, 0x60);
    private static final RGB GRID = new RGB(0xe4, 0xe4, 0xe4);
    private static final RGB BACKGROUND = new RGB(0xff, 0xff, 0xff);
    private static final int PAD = 8;

    private ScatterPainter() {
    }

    /** Paints the chart; the result holds each point's pixel centre {x, y} in point order (null when not drawn). */
    public static int[][] paint(ChartCanvas canvas, ScatterChart chart, int width, int height) {
        int[][] centres = new int[chart.points().size()][];
        canvas.fillRect(0, 0, width, height, BACKGROUND);
        int lh = canvas.lineHeight();
        canvas.text(chart.title(), width / 2, PAD, Align.CENTER, TEXT, true);
        int top = PAD + lh + 4;
        if (!chart.note().isEmpty()) {
            canvas.text(chart.note(), width / 2, top, Align.CENTER, chart.partial() ? WARNING : AXIS, false);
            top += lh + 2;
        }
        if (chart.points().isEmpty()) {
            return centres;
        }
        top += lh + 4; // room for the y-axis label above the axis
        double[] xr = range(chart, true);
        double[] yr = range(chart, false);
        int bottom = height - PAD - 2 * lh - 6;
        double[] yTicks = ChartPainter.ticks(yr[0], yr[1], Math.max(2, (bottom - top) / (3 * lh)));
        int tickLabelWidth = 0;
        for (double t : yTicks) {
            tickLabelWidth = Math.max(tickLabelWidth, canvas.textWidth(format(t, step(yTicks))));
        }
        int left = PAD + tickLabelWidth + 6;
        int right = width - PAD - 40; // room for the label of a point at the right edge
        if (right - left < 60 || bottom - top < 40) {
            return centres;
        }
        double[] xTicks = ChartPainter.ticks(xr[0], xr[1], Math.max(2, (right - left) / 90));
        Scale x = new Scale(Math.min(xr[0], xTicks[0]), Math.max(xr[1], xTicks[xTicks.length - 1]), left, right);
        Scale y = new Scale(Math.min(yr[0], yTicks[0]), Math.max(yr[1], yTicks[yTicks.length - 1]), bottom, top);

        for (double t : yTicks) {
            int py = y.px(t);
            canvas.line(left, py, right, py, GRID, false);
            canvas.text(format(t, step(yTicks)), left - 4, py - lh / 2, Align.RIGHT, AXIS, false);
        }
        for (double t : xTicks) {
            int px = x.px(t);
            canvas.line(px, top, px, bottom, GRID, false);
            canvas.text(format(t, step(xTicks)), px, bottom + 3, Align.CENTER, AXIS, false);
        }
        canvas.line(left, bottom, right, bottom, AXIS, false);
        canvas.line(left, top, left, bottom, AXIS, false);
        canvas.text(chart.xLabel(), (left + right) / 2, bottom + lh + 5, Align.CENTER, TEXT, false);
        canvas.text(chart.yLabel(), left, top - lh - 4, Align.LEFT, TEXT, false);

        for (int i = 0; i < centres.length; i++) {
            Dot d = chart.points().get(i);
            if (!Double.isFinite(d.x()) || !Double.isFinite(d.y())) {
                continue;
            }
            int px = x.px(d.x());
            int py = y.px(d.y());
            centres[i] = new int[] {px, py};
            boolean selected = i == chart.selected();
            canvas.dot(px, py, selected ? RADIUS + 2 : RADIUS, selected ? SELECTED : POINT, chart.partial() && !selected);
            canvas.text(d.label(), px + RADIUS + 3, py - lh, Align.LEFT, selected ? SELECTED : TEXT, selected);
        }
        return centres;
    }

    /** Data range of one coordinate, padded by 8 % (a single value gets a unit-sized range around it). */
    static double[] range(ScatterChart chart, boolean xAxis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dot d : chart.points()) {
            double v = xAxis ? d.x() : d.y();
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return new double[] {0, 1};
        }
        double span = hi - lo;
        if (span <= 0) {
            span = Math.max(1e-3, Math.abs(hi) * 0.1);
            return new double[] {lo - span, hi + span};
        }
        return new double[] {lo - span * 0.08, hi + span * 0.08};
    }

    private static double step(double[] ticks) {
        return ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    }

    /** A tick value with the decimals its step needs (0.05 steps: 2 decimals). */
    static String format(double v, double step) {
        int decimals = Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9)));
        double r = Math.abs(v) < step * 1e-6 ? 0 : v;
        return String.format(Locale.ROOT, "%." + decimals + "f", r);
    }

    /** Linear map from value to pixel. */
    private record Scale(double lo, double hi, int pxLo, int pxHi) {
        int px(double v) {
            return (int) Math.round(pxLo + (v - lo) / (hi - lo) * (pxHi - pxLo));
        }
    }
}
