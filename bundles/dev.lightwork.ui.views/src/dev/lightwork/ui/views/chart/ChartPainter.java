package dev.lightwork.ui.views.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import dev.lightwork.ui.views.chart.BarChart.Bar;
import dev.lightwork.ui.views.chart.BarChart.Marker;
import dev.lightwork.ui.views.chart.ChartCanvas.Align;

/**
 * Lays out and paints a {@link BarChart}: value axis with rounded ticks (1-2-5 steps), grid, floating bars with their
 * value, category labels (wrapped on two lines), dashed reference lines labelled at the right. One layout for every
 * {@link ChartCanvas}, so the exported PNG/SVG shows what the view shows.
 */
public final class ChartPainter {

    static final RGB LEVEL = new RGB(0x3c, 0x78, 0xb4);
    static final RGB GAIN = new RGB(0x4c, 0xa8, 0x4c);
    static final RGB LOSS = new RGB(0xd9, 0x53, 0x4f);
    static final RGB UNKNOWN = new RGB(0xb0, 0xb0, 0xb0);
    static final RGB PART = new RGB(0x8c, 0xa9, 0xcf);
    private static final RGB TEXT = new RGB(0x20, 0x20, 0x20);
    private static final RGB AXIS = new RGB(0x60, 0x60, 0x60);
    private static final RGB GRID = new RGB(0xe4, 0xe4, 0xe4);
    private static final RGB BACKGROUND = new RGB(0xff, 0xff, 0xff);
    private static final int PAD = 8;

    private ChartPainter() {
    }

    public static void paint(ChartCanvas canvas, BarChart chart, int width, int height) {
        canvas.fillRect(0, 0, width, height, BACKGROUND);
        int lh = canvas.lineHeight();
        canvas.text(chart.title(), width / 2, PAD, Align.CENTER, TEXT, true);
        if (chart.bars().isEmpty()) {
            return;
        }
        double[] range = range(chart);
        double[] ticks = ticks(range[0], range[1], Math.max(2, (height - 4 * lh) / (2 * lh)));
        double lo = Math.min(range[0], ticks[0]);
        double hi = Math.max(range[1], ticks[ticks.length - 1]);

        int tickLabelWidth = 0;
        for (double t : ticks) {
            tickLabelWidth = Math.max(tickLabelWidth, canvas.textWidth(tick(t)));
        }
        int markerLabelWidth = 0;
        for (Marker m : chart.markers()) {
            markerLabelWidth = Math.max(markerLabelWidth, canvas.textWidth(m.label()));
        }
        int left = PAD + lh + tickLabelWidth + 6;
        int right = width - PAD - Math.min(markerLabelWidth, width / 3) - 6;
        int top = PAD + 2 * lh;
        int bottom = height - PAD - 2 * lh - 4;
        if (right - left < 40 || bottom - top < 40) {
            return;
        }
        Scale y = new Scale(lo, hi, bottom, top);

        for (double t : ticks) {
            int py = y.px(t);
            canvas.line(left, py, right, py, GRID, false);
            canvas.text(tick(t), left - 4, py - lh / 2, Align.RIGHT, AXIS, false);
        }
        canvas.text(chart.unit(), PAD, top - lh - 2, Align.LEFT, AXIS, false);
        int zero = y.px(Math.max(lo, Math.min(hi, 0.0)));
        canvas.line(left, zero, right, zero, AXIS, false); // under the bars and their labels

        int n = chart.bars().size();
        double slot = (right - left) / (double) n;
        int barWidth = (int) Math.max(3, slot * 0.62);
        double base = chart.zeroBased() ? 0.0 : lo;
        for (int i = 0; i < n; i++) {
            Bar bar = chart.bars().get(i);
            int cx = left + (int) (slot * (i + 0.5));
            double from = Double.isNaN(bar.from()) ? base : bar.from();
            double to = bar.to();
            if (!Double.isNaN(to) && !Double.isNaN(from)) {
                int y1 = y.px(Math.max(from, to));
                int y2 = y.px(Math.min(from, to));
                canvas.fillRect(cx - barWidth / 2, y1, barWidth, Math.max(1, y2 - y1), colour(bar.kind()));
                // step connector: a waterfall reads left to right from where the previous bar ended
                if (i + 1 < n && bar.kind() != BarChart.Kind.UNKNOWN) {
                    int py = y.px(to);
                    canvas.line(cx + barWidth / 2, py, left + (int) (slot * (i + 1.5)) - barWidth / 2, py, AXIS, false);
                }
                boolean down = to < from;
                int labelY = down ? y2 + 1 : y1 - lh - 1;
                canvas.text(bar.valueText(), cx, Math.max(top - lh, Math.min(bottom - lh, labelY)), Align.CENTER, TEXT, false);
            } else {
                canvas.text("?", cx, bottom - lh - 2, Align.CENTER, LOSS, true);
            }
            List<String> lines = wrap(bar.label(), canvas, (int) slot - 2);
            for (int l = 0; l < lines.size(); l++) {
                canvas.text(lines.get(l), cx, bottom + 4 + l * lh, Align.CENTER, TEXT, false);
            }
        }
        canvas.line(left, top, left, bottom, AXIS, false);
        // reference lines, labelled at the right; labels of close lines are pushed apart so both stay readable
        List<Marker> markers = chart.markers().stream().filter(m -> !Double.isNaN(m.value()))
                .sorted((a, b) -> Double.compare(b.value(), a.value())).toList();
        int nextFreeY = Integer.MIN_VALUE;
        for (Marker m : markers) {
            int py = y.px(m.value());
            canvas.line(left, py, right, py, m.colour(), true);
            int labelY = Math.max(py - lh / 2, nextFreeY);
            canvas.text(m.label(), right + 4, labelY, Align.LEFT, m.colour(), false);
            nextFreeY = labelY + lh;
        }
    }

    private static RGB colour(BarChart.Kind kind) {
        return switch (kind) {
            case LEVEL -> LEVEL;
            case GAIN -> GAIN;
            case LOSS -> LOSS;
            case PART -> PART;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Data range over bar ends and markers, padded by 5 % so nothing touches the frame. */
    static double[] range(BarChart chart) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Bar b : chart.bars()) {
            for (double v : new double[] {b.from(), b.to()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (Marker m : chart.markers()) {
            if (Double.isFinite(m.value())) {
                lo = Math.min(lo, m.value());
                hi = Math.max(hi, m.value());
            }
        }
        if (chart.zeroBased() || lo == Double.POSITIVE_INFINITY) {
            lo = Math.min(lo == Double.POSITIVE_INFINITY ? 0 : lo, 0);
            hi = Math.max(hi == Double.NEGATIVE_INFINITY ? 1 : hi, 0);
        }
        double span = hi - lo;
        if (span <= 0) {
            span = Math.max(1, Math.abs(hi));
        }
        double padLo = chart.zeroBased() && lo == 0 ? 0 : span * 0.05;
        return new double[] {lo - padLo, hi + span * 0.05};
    }

    /** Tick values on a 1-2-5 step covering [lo, hi] with about {@code count} ticks. */
    static double[] ticks(double lo, double hi, int count) {
        double raw = (hi - lo) / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            step = f * magnitude;
            if (step >= raw) {
                break;
            }
        }
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = first + i * step;
        }
        return out;
    }

    static String tick(double v) {
        double r = Math.abs(v) < 1e-9 ? 0 : v;
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** Splits a label at spaces into at most two lines that fit {@code width}; longer text is cut with an ellipsis. */
    static List<String> wrap(String label, ChartCanvas canvas, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (canvas.textWidth(candidate) <= width || line.length() == 0) {
                line = new StringBuilder(candidate);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            lines = new ArrayList<>(List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size()))));
        }
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            while (s.length() > 1 && canvas.textWidth(s) > width) {
                s = s.substring(0, s.length() - 2) + "…";
            }
            lines.set(i, s);
        }
        return lines;
    }

    /** Linear map from value to pixel row. */
    private record Scale(double lo, double hi, int pxLo, int pxHi) {
        int px(double v) {
            return (int) Math.round(pxLo + (v - lo) / (hi - lo) * (pxHi - pxLo));
        }
    }
}
