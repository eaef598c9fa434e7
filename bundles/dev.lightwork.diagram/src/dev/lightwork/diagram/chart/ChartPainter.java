package dev.lightwork.diagram.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.diagram.chart.BarChart.Marker;
import dev.lightwork.diagram.chart.Pen.Align;
import dev.lightwork.diagram.chart.ScatterChart.Dot;
import dev.lightwork.diagram.paint.DiagramPainter;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rgb;

/**
 * Lays out and paints every {@link Chart} kind on a {@link DiagramPainter}: value axes with rounded ticks (1-2-5
 * steps), grid, bars with their value, category labels (wrapped on two lines), points with labels, curves, dashed
 * reference lines labelled at the right. One layout for every painter, so the exported PNG/SVG and the report show
 * what the view shows.
 */
public final class ChartPainter {

    public static final Rgb LEVEL = new Rgb(0x3c, 0x78, 0xb4);
    public static final Rgb GAIN = new Rgb(0x4c, 0xa8, 0x4c);
    public static final Rgb LOSS = new Rgb(0xd9, 0x53, 0x4f);
    public static final Rgb UNKNOWN = new Rgb(0xb0, 0xb0, 0xb0);
    public static final Rgb PART = new Rgb(0x8c, 0xa9, 0xcf);
    public static final Rgb OVER = new Rgb(0xc6, 0x28, 0x28);
    public static final Rgb SELECTED = new Rgb(0xe0, 0x8a, 0x00);
    public static final Rgb WARNING = new Rgb(0xb3, 0x6b, 0x00);
    public static final Rgb PASS = new Rgb(0x2e, 0x7d, 0x32);
    private static final Rgb TEXT = new Rgb(0x20, 0x20, 0x20);
    public static final Rgb AXIS = new Rgb(0x60, 0x60, 0x60);
    private static final Rgb GRID = new Rgb(0xe4, 0xe4, 0xe4);
    private static final Rgb BACKGROUND = new Rgb(0xff, 0xff, 0xff);
    private static final int PAD = 8;
    /** Radius of a scatter point marker (scene units = px at zoom 1). */
    public static final int RADIUS = 5;

    private ChartPainter() {
    }

    /**
     * Paints {@code chart} into (0, 0, width, height). For a scatter chart the result holds each point's centre
     * {x, y} in point order (null when not drawn), so a control can hit-test clicks against the same layout; for
     * other kinds it is empty.
     */
    public static double[][] paint(DiagramPainter painter, Chart chart, double width, double height) {
        Pen pen = new Pen(painter);
        if (chart instanceof ScatterChart c) {
            return scatter(pen, c, width, height);
        }
        if (chart instanceof BarChart c) {
            bars(pen, c, width, height);
        } else if (chart instanceof LineChart c) {
            lines(pen, c, width, height);
        } else if (chart instanceof Histogram c) {
            histogram(pen, c, width, height);
        }
        return new double[0][];
    }

    // ---- bars -------------------------------------------------------------------------------------------------

    private static void bars(Pen canvas, BarChart chart, double width, double height) {
        canvas.fillRect(0, 0, width, height, BACKGROUND);
        double lh = canvas.lineHeight();
        canvas.text(chart.title(), width / 2, PAD, Align.CENTER, TEXT, true);
        if (chart.bars().isEmpty()) {
            return;
        }
        double captionRoom = chart.caption().isEmpty() ? 0 : lh + 2;
        double[] range = range(chart);
        double[] ticks = ticks(range[0], range[1], Math.max(2, (int) ((height - 4 * lh) / (2 * lh))));
        double lo = Math.min(range[0], ticks[0]);
        double hi = Math.max(range[1], ticks[ticks.length - 1]);

        double tickLabelWidth = 0;
        for (double t : ticks) {
            tickLabelWidth = Math.max(tickLabelWidth, canvas.textWidth(tick(t)));
        }
        double markerLabelWidth = 0;
        for (Marker m : chart.markers()) {
            markerLabelWidth = Math.max(markerLabelWidth, canvas.textWidth(m.label()));
        }
        double left = PAD + lh + tickLabelWidth + 6;
        // a narrow chart keeps its bars wide: the reference lines' labels then go inside, above their line at the right
        boolean markersInside = markerLabelWidth + 6 > width / 4;
        double right = width - PAD - (markersInside ? 0 : Math.min(markerLabelWidth, width / 3)) - 6;
        double top = PAD + 2 * lh;
        List<List<Marker>> legendRows = markersInside ? legendRows(canvas, chart.markers(), width - 2 * PAD - canvas.textWidth(chart.unit()) - 12)
                : List.of();
        top += Math.max(0, legendRows.size() - 1) * lh; // the first legend row shares the unit's line
        int labelRows = labelRows(chart.bars(), canvas, (right - left) / chart.bars().size());
        double bottom = height - PAD - Math.max(2, labelRows) * lh - 4 - captionRoom;
        if (right - left < 40 || bottom - top < 40) {
            return;
        }
        Scale y = new Scale(lo, hi, bottom, top);

        for (double t : ticks) {
            double py = y.px(t);
            canvas.line(left, py, right, py, GRID, false);
            canvas.text(tick(t), left - 4, py - lh / 2, Align.RIGHT, AXIS, false);
        }
        canvas.text(chart.unit(), PAD, top - lh - 2, Align.LEFT, AXIS, false);
        for (int row = 0; row < legendRows.size(); row++) {
            legendRow(canvas, legendRows.get(row), width - PAD, top - lh - 2 - (legendRows.size() - 1 - row) * lh);
        }
        double zero = y.px(Math.max(lo, Math.min(hi, 0.0)));
        canvas.line(left, zero, right, zero, AXIS, false); // under the bars and their labels

        int n = chart.bars().size();
        double slot = (right - left) / n;
        double barWidth = Math.max(3, Math.floor(slot * 0.62));
        double base = chart.zeroBased() ? 0.0 : lo;
        boolean stagger = labelRows > 0;
        double lastValueRight = Double.NEGATIVE_INFINITY;
        double lastValueY = Double.NaN;
        for (int i = 0; i < n; i++) {
            Bar bar = chart.bars().get(i);
            double cx = left + Math.floor(slot * (i + 0.5));
            double from = Double.isNaN(bar.from()) ? base : bar.from();
            double to = bar.to();
            if (!Double.isNaN(to) && !Double.isNaN(from)) {
                double y1 = y.px(Math.max(from, to));
                double y2 = y.px(Math.min(from, to));
                canvas.fillRect(cx - barWidth / 2, y1, barWidth, Math.max(1, y2 - y1), colour(bar.kind()));
                // step connector: a waterfall reads left to right from where the previous bar ended
                if (i + 1 < n && bar.kind() != BarChart.Kind.UNKNOWN) {
                    double py = y.px(to);
                    canvas.line(cx + barWidth / 2, py, left + Math.floor(slot * (i + 1.5)) - barWidth / 2, py, AXIS, false);
                }
                boolean down = to < from;
                double labelY = Math.max(top - lh, Math.min(bottom - lh, down ? y2 + 1 : y1 - lh - 1));
                double w = canvas.textWidth(bar.valueText());
                // a narrow chart has no room for every value: one that would overprint its left neighbour's is left out
                // (the table and the exports, drawn wider, carry every value)
                if (cx - w / 2 >= lastValueRight || Math.abs(labelY - lastValueY) >= lh) {
                    canvas.text(bar.valueText(), cx, labelY, Align.CENTER, TEXT, false);
                    lastValueRight = cx + w / 2 + 2;
                    lastValueY = labelY;
                }
            } else {
                canvas.text("?", cx, bottom - lh - 2, Align.CENTER, LOSS, true);
            }
            if (stagger) {
                // alternate rows: each label gets two slots of width on one line (a narrow view would cut it otherwise)
                String label = fit(bar.label(), canvas, labelRows * slot - 6);
                double half = canvas.textWidth(label) / 2;
                double lx = Math.max(half + 2, Math.min(width - half - 2, cx)); // the first and last stay on the chart
                canvas.text(label, lx, bottom + 4 + (i % labelRows) * lh, Align.CENTER, TEXT, false);
            } else {
                List<String> lines = wrap(bar.label(), canvas, slot - 2);
                for (int l = 0; l < lines.size(); l++) {
                    canvas.text(lines.get(l), cx, bottom + 4 + l * lh, Align.CENTER, TEXT, false);
                }
            }
        }
        canvas.line(left, top, left, bottom, AXIS, false);
        markers(canvas, chart.markers(), y, left, right, lh, markersInside);
        canvas.text(chart.caption(), left, height - PAD - lh, Align.LEFT, AXIS, false);
    }

    /** Reference lines, labelled at the right; labels of close lines are pushed apart so both stay readable. */
    private static void markers(Pen canvas, List<Marker> all, Scale y, double left, double right, double lh, boolean inside) {
        List<Marker> markers = all.stream().filter(m -> Double.isFinite(m.value()))
                .sorted((a, b) -> Double.compare(b.value(), a.value())).toList();
        double nextFreeY = Double.NEGATIVE_INFINITY;
        for (Marker m : markers) {
            double py = y.px(m.value());
            canvas.line(left, py, right, py, m.colour(), true);
        }
        for (Marker m : markers) {
            double py = y.px(m.value());
            if (!inside) { // inside: the legend above the plot names the lines (labels in the plot would hide bars)
                double labelY = Math.max(py - lh / 2, nextFreeY);
                canvas.text(m.label(), right + 4, labelY, Align.LEFT, m.colour(), false);
                nextFreeY = labelY + lh;
            }
        }
    }

    private static final int LEGEND_SAMPLE = 16;

    /** The reference lines as legend entries ("- - label"), in rows that fit {@code width} (an entry wider than a row is cut). */
    private static List<List<Marker>> legendRows(Pen canvas, List<Marker> markers, double width) {
        return legendRows(canvas, markers, width, Marker::label);
    }

    /** Legend entries in rows that fit {@code width}, each entry a sample and its label (an entry wider than a row is cut). */
    private static <E> List<List<E>> legendRows(Pen canvas, List<E> entries, double width, java.util.function.Function<E, String> label) {
        List<List<E>> rows = new ArrayList<>();
        List<E> row = new ArrayList<>();
        double used = 0;
        for (E m : entries) {
            double w = LEGEND_SAMPLE + 4 + canvas.textWidth(label.apply(m)) + 12;
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(m);
            used += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** One legend row, right-aligned at {@code right}: a dashed sample in the line's colour, then its label. */
    private static void legendRow(Pen canvas, List<Marker> row, double right, double y) {
        double lh = canvas.lineHeight();
        double x = right;
        for (int i = row.size() - 1; i >= 0; i--) {
            Marker m = row.get(i);
            String label = fit(m.label(), canvas, right - LEGEND_SAMPLE - 4 - PAD);
            double w = canvas.textWidth(label);
            canvas.text(label, x, y, Align.RIGHT, m.colour(), false);
            x -= w + 4;
            canvas.line(x - LEGEND_SAMPLE, y + lh / 2, x, y + lh / 2, m.colour(), true);
            x -= LEGEND_SAMPLE + 12;
        }
    }

    public static Rgb colour(BarChart.Kind kind) {
        return switch (kind) {
            case LEVEL -> LEVEL;
            case GAIN -> GAIN;
            case LOSS -> LOSS;
            case PART -> PART;
            case OVER -> OVER;
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
    public static double[] ticks(double lo, double hi, int count) {
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

    /**
     * How many staggered rows the category labels need (one line each, as many slots wide as rows), or 0 when they fit
     * wrapped in their own slot: a narrow chart alternates its labels over two or three rows instead of cutting them.
     */
    static int labelRows(List<Bar> bars, Pen canvas, double slot) {
        if (bars.size() < 2 || bars.stream().noneMatch(b -> wrap(b.label(), canvas, slot - 2).stream().anyMatch(l -> l.endsWith("\u2026")))) {
            return 0; // every label fits its own slot on at most two lines
        }
        double widest = bars.stream().mapToDouble(b -> canvas.textWidth(b.label())).max().orElse(0);
        return widest <= 2 * slot - 6 ? 2 : 3; // three rows at most; a label still too long is cut
    }

    /** {@code text} cut with an ellipsis to {@code width}. */
    static String fit(String text, Pen canvas, double width) {
        String s = text;
        while (s.length() > 1 && canvas.textWidth(s) > width) {
            s = s.substring(0, s.length() - 2) + "\u2026";
        }
        return s;
    }

    /** Splits a label at spaces into at most two lines that fit {@code width}; longer text is cut with an ellipsis. */
    static List<String> wrap(String label, Pen canvas, double width) {
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

    // ---- scatter ----------------------------------------------------------------------------------------------

    private static double[][] scatter(Pen canvas, ScatterChart chart, double width, double height) {
        double[][] centres = new double[chart.points().size()][];
        canvas.fillRect(0, 0, width, height, BACKGROUND);
        double lh = canvas.lineHeight();
        canvas.text(chart.title(), width / 2, PAD, Align.CENTER, TEXT, true);
        double top = PAD + lh + 4;
        if (!chart.note().isEmpty()) {
            canvas.text(chart.note(), width / 2, top, Align.CENTER, chart.partial() ? WARNING : AXIS, false);
            top += lh + 2;
        }
        if (chart.points().isEmpty()) {
            return centres;
        }
        top += lh + 4; // room for the y-axis label above the axis
        double[] xr = range(chart.points().stream().mapToDouble(Dot::x).toArray());
        double[] yr = range(chart.points().stream().mapToDouble(Dot::y).toArray());
        boolean coloured = chart.coloured();
        double[] cr = coloured ? colourRange(chart.points()) : null;
        double legendWidth = coloured ? legendWidth(canvas, cr, chart.colourBetter()) : 0;
        Axes axes = axes(canvas, xr, yr, chart.xLabel(), chart.yLabel(), width, height, top, 40 + legendWidth, false);
        if (axes == null) {
            return centres;
        }
        if (coloured) {
            double yLabelRight = axes.left + canvas.textWidth(chart.yLabel()) + 12;
            colourLegend(canvas, chart.colourLabel(), cr, chart.colourBetter(), axes.right + 40, axes.top, axes.bottom, width, yLabelRight);
        }
        for (int i = 0; i < centres.length; i++) {
            Dot d = chart.points().get(i);
            if (!Double.isFinite(d.x()) || !Double.isFinite(d.y())) {
                continue;
            }
            double px = axes.x.px(d.x());
            double py = axes.y.px(d.y());
            centres[i] = new double[] {px, py};
            boolean selected = i == chart.selected();
            if (coloured) {
                // the colour carries the third quantity: the selection is a ring around it, not a recolouring
                if (selected) {
                    canvas.dot(px, py, RADIUS + 4, SELECTED, true);
                }
                canvas.dot(px, py, selected ? RADIUS + 2 : RADIUS, ramp(cr, d.colour(), chart.colourBetter()), chart.partial());
            } else {
                canvas.dot(px, py, selected ? RADIUS + 2 : RADIUS, selected ? SELECTED : LEVEL, chart.partial() && !selected);
            }
            canvas.text(d.label(), px + RADIUS + 3, py - lh, Align.LEFT, selected ? SELECTED : TEXT, selected);
        }
        return centres;
    }

    /**
     * Better end of the colour ramp (blue) and worse end (red); for a quantity without a better end, low and high. The
     * middle stays dark enough to read on white.
     */
    public static final Rgb RAMP_BETTER = new Rgb(0x2b, 0x6c, 0xc4);
    public static final Rgb RAMP_WORSE = new Rgb(0xd7, 0x30, 0x27);
    public static final Rgb RAMP_LOW = RAMP_BETTER;
    public static final Rgb RAMP_HIGH = RAMP_WORSE;
    private static final int LEGEND_BAR = 12;
    private static final int LEGEND_STEPS = 24;

    private static double[] colourRange(List<Dot> dots) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dot d : dots) {
            if (Double.isFinite(d.colour())) {
                lo = Math.min(lo, d.colour());
                hi = Math.max(hi, d.colour());
            }
        }
        return new double[] {lo, hi};
    }

    /** The colour of {@code value} on the ramp over {@code range}, low blue and high red; grey for a point without a value. */
    public static Rgb ramp(double[] range, double value) {
        return ramp(range, value, ScatterChart.Better.NONE);
    }

    /**
     * The colour of {@code value} on the ramp over {@code range}: the better end blue, the worse red ({@code NONE}: low
     * blue, high red); grey for a point without a value.
     */
    public static Rgb ramp(double[] range, double value, ScatterChart.Better better) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        double t = range[1] > range[0] ? (value - range[0]) / (range[1] - range[0]) : 0.5;
        t = Math.max(0, Math.min(1, t));
        if (better == ScatterChart.Better.HIGH) {
            t = 1 - t; // t is "how far towards worse"
        }
        return new Rgb((int) Math.round(RAMP_LOW.red() + t * (RAMP_HIGH.red() - RAMP_LOW.red())),
                (int) Math.round(RAMP_LOW.green() + t * (RAMP_HIGH.green() - RAMP_LOW.green())),
                (int) Math.round(RAMP_LOW.blue() + t * (RAMP_HIGH.blue() - RAMP_LOW.blue())));
    }

    private static double legendWidth(Pen canvas, double[] range, ScatterChart.Better better) {
        return LEGEND_BAR + 6 + Math.max(canvas.textWidth(legendEnd(range[0], range, better, false)),
                canvas.textWidth(legendEnd(range[1], range, better, true))) + PAD;
    }

    /** A legend end's value, with "better" or "worse" when the quantity has a better end: "3.63 better". */
    private static String legendEnd(double v, double[] range, ScatterChart.Better better, boolean high) {
        String value = legendValue(v, range);
        if (better == ScatterChart.Better.NONE) {
            return value;
        }
        return value + ((better == ScatterChart.Better.HIGH) == high ? " better" : " worse");
    }

    private static String legendValue(double v, double[] range) {
        // a power of ten about a twentieth of the range: 2.59 .. 3.63, not 2.593796 .. 3.626104
        double span = Math.abs(range[1] - range[0]);
        double step = Math.pow(10, Math.floor(Math.log10((span > 0 ? span : Math.max(Math.abs(v), 1)) / 20)));
        return format(v, step);
    }

    /**
     * The colour scale right of the plot: a vertical bar from the lowest value (bottom) to the highest (top) with both
     * values, the better end marked "better" (and in blue), and what the colour means above it (right-aligned, so a long
     * objective name runs leftwards over the empty top margin instead of off the chart).
     */
    private static void colourLegend(Pen canvas, String label, double[] range, ScatterChart.Better better, double x, double top, double bottom,
            double width, double freeFrom) {
        double lh = canvas.lineHeight();
        double barTop = top + lh / 2;
        double barBottom = bottom - lh / 2;
        double step = (barBottom - barTop) / LEGEND_STEPS;
        for (int i = 0; i < LEGEND_STEPS; i++) {
            double t = (i + 0.5) / LEGEND_STEPS;
            canvas.fillRect(x, barBottom - (i + 1) * step, LEGEND_BAR, step + 0.5, ramp(new double[] {0, 1}, t, better));
        }
        canvas.text(legendEnd(range[1], range, better, true), x + LEGEND_BAR + 4, barTop - lh / 2, Align.LEFT, AXIS, false);
        canvas.text(legendEnd(range[0], range, better, false), x + LEGEND_BAR + 4, barBottom - lh / 2, Align.LEFT, AXIS, false);
        // never over the y-axis label on the same line: a narrow chart cuts the legend's title instead
        canvas.text(fit("colour: " + label, canvas, Math.max(40, width - PAD - freeFrom)), width - PAD, top - lh - 4, Align.RIGHT, TEXT, false);
    }

    private record Axes(Scale x, Scale y, double left, double right, double top, double bottom) {
    }

    /** Grid, ticks and labels of two value axes; null when the plot area is too small to draw. */
    private static Axes axes(Pen canvas, double[] xr, double[] yr, String xLabel, String yLabel, double width, double height, double top,
            double rightRoom, boolean logY) {
        double lh = canvas.lineHeight();
        double bottom = height - PAD - 2 * lh - 6;
        double[] yTicks = logY ? decades(yr[0], yr[1], (int) ((bottom - top) / (1.6 * lh))) : ticks(yr[0], yr[1], Math.max(2, (int) ((bottom - top) / (3 * lh))));
        double tickLabelWidth = 0;
        for (double t : yTicks) {
            tickLabelWidth = Math.max(tickLabelWidth, canvas.textWidth(logY ? decade(t) : format(t, step(yTicks))));
        }
        double left = PAD + tickLabelWidth + 6;
        double right = width - PAD - rightRoom; // room for the label of a point at the right edge
        if (right - left < 60 || bottom - top < 40) {
            return null;
        }
        double[] xTicks = ticks(xr[0], xr[1], Math.max(2, (int) ((right - left) / 90)));
        Scale x = new Scale(Math.min(xr[0], xTicks[0]), Math.max(xr[1], xTicks[xTicks.length - 1]), left, right);
        Scale y = new Scale(Math.min(yr[0], yTicks[0]), Math.max(yr[1], yTicks[yTicks.length - 1]), bottom, top);
        for (double t : yTicks) {
            double py = y.px(t);
            canvas.line(left, py, right, py, GRID, false);
            canvas.text(logY ? decade(t) : format(t, step(yTicks)), left - 4, py - lh / 2, Align.RIGHT, AXIS, false);
        }
        for (double t : xTicks) {
            double px = x.px(t);
            canvas.line(px, top, px, bottom, GRID, false);
            canvas.text(format(t, step(xTicks)), px, bottom + 3, Align.CENTER, AXIS, false);
        }
        canvas.line(left, bottom, right, bottom, AXIS, false);
        canvas.line(left, top, left, bottom, AXIS, false);
        canvas.text(xLabel, (left + right) / 2, bottom + lh + 5, Align.CENTER, TEXT, false);
        canvas.text(yLabel, left, top - lh - 4, Align.LEFT, TEXT, false);
        return new Axes(x, y, left, right, top, bottom);
    }

    /** Data range of one coordinate, padded by 8 % (a single value gets a unit-sized range around it). */
    static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
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
        // as many decimals as the step has (0.25 steps: 2), so neighbouring ticks never print alike
        int decimals = Math.max(0, Math.min(6, new java.math.BigDecimal(step).round(new java.math.MathContext(6)).stripTrailingZeros().scale()));
        double r = Math.abs(v) < step * 1e-6 ? 0 : v;
        return String.format(Locale.ROOT, "%." + decimals + "f", r);
    }

    // ---- curves -----------------------------------------------------------------------------------------------

    private static void lines(Pen canvas, LineChart chart, double width, double height) {
        canvas.fillRect(0, 0, width, height, BACKGROUND);
        double lh = canvas.lineHeight();
        canvas.text(chart.title(), width / 2, PAD, Align.CENTER, TEXT, true);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (LineChart.Series s : chart.series()) {
            for (int i = 0; i < s.x().length; i++) {
                xs.add(s.x()[i]);
                ys.add(plotY(s.y()[i], chart.logY()));
            }
        }
        for (LineChart.PointMark p : chart.points()) {
            xs.add(p.x());
            ys.add(plotY(p.y(), chart.logY()));
        }
        for (LineChart.Reference r : chart.references()) {
            (r.vertical() ? xs : ys).add(r.vertical() ? r.value() : plotY(r.value(), chart.logY()));
        }
        if (xs.stream().noneMatch(Double::isFinite) || ys.stream().noneMatch(Double::isFinite)) {
            return;
        }
        double top = PAD + 2 * lh + 8;
        double referenceRoom = chart.references().stream().filter(r -> !r.vertical()).mapToDouble(r -> canvas.textWidth(r.label())).max().orElse(0);
        // a narrow chart keeps its plot wide and names every reference line in the legend under it: labels in the plot
        // would hide the curves, and at a view's default size they had to be cut
        boolean inside = referenceRoom + 8 > width / 4;
        List<LegendEntry> entries = new ArrayList<>();
        if (chart.series().size() > 1 || inside) {
            chart.series().forEach(s -> entries.add(new LegendEntry(s.label(), s.colour(), false)));
        }
        if (inside) {
            chart.references().stream().filter(r -> Double.isFinite(r.value())).forEach(r -> entries.add(new LegendEntry(r.label(), r.colour(), true)));
        }
        List<List<LegendEntry>> legend = legendRows(canvas, entries, width - 2 * PAD, LegendEntry::label);
        double[] yr = range(ys.stream().mapToDouble(Double::doubleValue).toArray());
        Axes a = axes(canvas, range(xs.stream().mapToDouble(Double::doubleValue).toArray()), yr, chart.xLabel(), chart.yLabel(), width,
                height - legend.size() * lh - (legend.isEmpty() ? 0 : 2), top, inside ? 40 : Math.max(40, referenceRoom + 8), chart.logY());
        if (a == null) {
            return;
        }
        for (LineChart.Series s : chart.series()) {
            List<Point> run = new ArrayList<>();
            for (int i = 0; i < s.x().length; i++) {
                double y = plotY(s.y()[i], chart.logY());
                if (Double.isFinite(s.x()[i]) && Double.isFinite(y)) {
                    run.add(new Point(a.x.px(s.x()[i]), a.y.px(y)));
                } else {
                    canvas.polyline(run, s.colour(), 2); // a gap in the data is a gap in the curve
                    run = new ArrayList<>();
                }
            }
            canvas.polyline(run, s.colour(), 2);
        }
        double nextFreeY = Double.NEGATIVE_INFINITY;
        int verticalRow = 0;
        List<double[]> taken = new ArrayList<>(); // label boxes already drawn {x, y, w, h}: later labels step down past them
        List<LineChart.Reference> horizontal = chart.references().stream().filter(r -> !r.vertical() && Double.isFinite(r.value()))
                .sorted((p, q) -> Double.compare(plotY(q.value(), chart.logY()), plotY(p.value(), chart.logY()))).toList();
        for (LineChart.Reference r : horizontal) {
            double py = a.y.px(plotY(r.value(), chart.logY()));
            canvas.line(a.left, py, a.right, py, r.colour(), true);
            if (!inside) {
                double labelY = Math.max(py - lh / 2, nextFreeY);
                canvas.text(r.label(), a.right + 4, labelY, Align.LEFT, r.colour(), false);
                nextFreeY = labelY + lh;
            }
        }
        for (LineChart.Reference r : chart.references()) {
            if (!r.vertical() || !Double.isFinite(r.value())) {
                continue;
            }
            double px = a.x.px(r.value());
            canvas.line(px, a.top, px, a.bottom, r.colour(), true);
            if (inside) {
                continue; // named in the legend
            }
            // one text row per vertical line; labels that would run off the plot go to the line's left; a row under a
            // horizontal line's label moves down past it
            // right of the line when it fits, else left of it, else on the roomier side cut to fit the plot
            double roomRight = a.right - px - 3;
            double roomLeft = px - 3 - a.left;
            double full = canvas.textWidth(r.label());
            boolean left = full > roomRight && (full <= roomLeft || roomLeft > roomRight);
            String label = fit(r.label(), canvas, Math.max(20, left ? roomLeft : roomRight));
            double w = canvas.textWidth(label);
            double x0 = left ? px - 3 - w : px + 3;
            double y = a.top + 2 + verticalRow++ * lh;
            for (double[] box : taken) {
                if (x0 < box[0] + box[2] && x0 + w > box[0] && y < box[1] + box[3] && y + lh > box[1]) {
                    y = box[1] + box[3] + 1;
                }
            }
            canvas.fillRect(x0 - 1, y, w + 2, lh, BACKGROUND);
            canvas.text(label, left ? px - 3 : px + 3, y, left ? Align.RIGHT : Align.LEFT, r.colour(), false);
            taken.add(new double[] {x0 - 1, y, w + 2, lh});
        }
        for (LineChart.PointMark p : chart.points()) {
            double y = plotY(p.y(), chart.logY());
            if (Double.isFinite(p.x()) && Double.isFinite(y)) {
                double px = a.x.px(p.x());
                double py = a.y.px(y);
                canvas.dot(px, py, RADIUS, p.colour(), false);
                canvas.text(p.label(), px + RADIUS + 3, py - lh, Align.LEFT, p.colour(), false);
            }
        }
        for (int row = 0; row < legend.size(); row++) {
            double x = PAD;
            double legendY = height - PAD - (legend.size() - row) * lh;
            for (LegendEntry e : legend.get(row)) {
                String label = fit(e.label(), canvas, width - 2 * PAD - LEGEND_SAMPLE - 4);
                if (e.dashed()) {
                    canvas.line(x, legendY + lh / 2, x + LEGEND_SAMPLE, legendY + lh / 2, e.colour(), true);
                } else {
                    canvas.fillRect(x, legendY + lh / 2 - 1, LEGEND_SAMPLE, 3, e.colour());
                }
                canvas.text(label, x + LEGEND_SAMPLE + 4, legendY, Align.LEFT, e.dashed() ? e.colour() : TEXT, false);
                x += LEGEND_SAMPLE + 4 + canvas.textWidth(label) + 12;
            }
        }
    }

    /** A curve (solid sample) or a reference line (dashed, label in its colour) in a chart's legend. */
    private record LegendEntry(String label, Rgb colour, boolean dashed) {
    }

    private static double plotY(double y, boolean log) {
        return log ? (y > 0 ? Math.log10(y) : Double.NaN) : y;
    }

    /** Whole decades covering [lo, hi] (log10 values). */
    private static double[] decades(double lo, double hi, int maxTicks) {
        int first = (int) Math.floor(lo);
        int last = (int) Math.ceil(hi);
        int stride = Math.max(1, (int) Math.ceil((last - first) / (double) Math.max(2, Math.min(8, maxTicks))));
        List<Double> out = new ArrayList<>();
        for (int d = first; d <= last; d += stride) {
            out.add((double) d);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String decade(double log10) {
        return "1e" + (int) Math.round(log10);
    }

    // ---- histogram --------------------------------------------------------------------------------------------

    private static void histogram(Pen canvas, Histogram chart, double width, double height) {
        canvas.fillRect(0, 0, width, height, BACKGROUND);
        double lh = canvas.lineHeight();
        canvas.text(chart.title(), width / 2, PAD, Align.CENTER, TEXT, true);
        if (chart.counts().length == 0) {
            return;
        }
        long most = 0;
        for (long c : chart.counts()) {
            most = Math.max(most, c);
        }
        double top = PAD + 2 * lh + 8;
        double referenceRoom = chart.references().stream().mapToDouble(r -> canvas.textWidth(r.label())).max().orElse(0);
        double[] xr = {chart.edges()[0], chart.edges()[chart.edges().length - 1]};
        for (Marker r : chart.references()) {
            if (Double.isFinite(r.value())) {
                xr[0] = Math.min(xr[0], r.value());
                xr[1] = Math.max(xr[1], r.value());
            }
        }
        Axes a = axes(canvas, xr, new double[] {0, Math.max(1, most * 1.08)}, chart.xLabel(), COUNT, width, height, top,
                Math.max(20, Math.min(referenceRoom / 2 + 8, width / 4)), false);
        if (a == null) {
            return;
        }
        for (int i = 0; i < chart.counts().length; i++) {
            double x0 = a.x.px(chart.edges()[i]);
            double x1 = a.x.px(chart.edges()[i + 1]);
            double y = a.y.px(chart.counts()[i]);
            if (chart.counts()[i] > 0) {
                canvas.fillRect(x0, y, Math.max(1, x1 - x0 - 1), Math.max(1, a.bottom - y), LEVEL);
            }
        }
        // reference labels share the line above the plot with the y-axis title at its left: start them right of the
        // title (a limit at the left edge of the data would otherwise be written over "count") and inside the chart
        double free = a.left + canvas.textWidth(COUNT) + 10;
        for (Marker r : chart.references()) {
            if (Double.isFinite(r.value())) {
                double px = a.x.px(r.value());
                canvas.line(px, a.top, px, a.bottom, r.colour(), true);
                double w = canvas.textWidth(r.label());
                double x = Math.min(Math.max(px - w / 2, free), width - PAD - w);
                canvas.text(r.label(), Math.max(x, free), a.top - lh - 4, Align.LEFT, r.colour(), false);
                free = Math.max(x, free) + w + 10; // a second reference starts after the first
            }
        }
    }

    private static final String COUNT = "count";

    /** Linear map from value to scene units. */
    private record Scale(double lo, double hi, double pxLo, double pxHi) {
        double px(double v) {
            return Math.round(pxLo + (v - lo) / (hi - lo) * (pxHi - pxLo));
        }
    }
}
