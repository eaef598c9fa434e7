package dev.lightwork.report.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Locale;

import org.jfree.svg.SVGGraphics2D;

import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;

/**
 * The front as an SVG scatter plot (JFreeSVG): the first objective across, the second up (with one objective,
 * the point index across), a third objective as the point colour from blue (low) to red (high); each point is
 * labelled with its index, which the JSON/CSV rows carry.
 */
public final class ParetoPlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 40;
    private static final int TOP = 66;
    private static final int BOTTOM = 70;
    private static final int TICKS = 5;

    private ParetoPlot() {
    }

    public static String svg(StudyResult r) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        List<StudyObjective> objectives = r.objectives();
        List<ParetoPoint> points = r.front();
        boolean single = objectives.size() < 2;
        String xLabel = single ? "Pareto point" : objectives.get(0).label();
        String yLabel = single ? objectives.get(0).label() : objectives.get(1).label();
        double[] xs = points.stream().mapToDouble(p -> single ? p.index() : p.values()[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> single ? p.values()[0] : p.values()[1]).toArray();
        double[] cs = objectives.size() > 2 ? points.stream().mapToDouble(p -> p.values()[2]).toArray() : null;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("Pareto front of study " + r.study() + " (" + points.size() + " designs" + (r.partial() ? ", PARTIAL: " + r.stopReason() : "")
                + ")", LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double[] xr = range(xs);
        double[] yr = range(ys);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH));
        g.draw(new Line2D.Double(LEFT, TOP, LEFT, TOP + plotH));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= TICKS; i++) {
            double xv = xr[0] + (xr[1] - xr[0]) * i / TICKS;
            double px = LEFT + plotW * (double) i / TICKS;
            g.draw(new Line2D.Double(px, TOP + plotH, px, TOP + plotH + 5));
            String t = format(xv);
            g.drawString(t, (float) (px - fm.stringWidth(t) / 2.0), TOP + plotH + 20);
            double yv = yr[0] + (yr[1] - yr[0]) * i / TICKS;
            double py = TOP + plotH - plotH * (double) i / TICKS;
            g.draw(new Line2D.Double(LEFT - 5, py, LEFT, py));
            String u = format(yv);
            g.drawString(u, LEFT - 8 - fm.stringWidth(u), (float) py + 4);
        }
        g.drawString(xLabel, LEFT + plotW / 2f - fm.stringWidth(xLabel) / 2f, HEIGHT - 25);
        // above the axis rather than rotated: some SVG renderers mis-place rotated text
        g.drawString(yLabel, 10, TOP - 14);
        double[] cr = cs == null ? null : range(cs);
        double[] span = cs == null ? null : extent(cs);
        for (int i = 0; i < points.size(); i++) {
            double px = LEFT + plotW * (xs[i] - xr[0]) / (xr[1] - xr[0]);
            double py = TOP + plotH - plotH * (ys[i] - yr[0]) / (yr[1] - yr[0]);
            g.setColor(cs == null ? new Color(0x1f77b4) : heat((cs[i] - cr[0]) / (cr[1] - cr[0])));
            g.fill(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(points.get(i).index()), (float) px + 7, (float) py - 5);
        }
        if (cs != null) {
            g.setColor(Color.BLACK);
            g.drawString("colour: " + objectives.get(2).label() + " from " + format(span[0]) + " (blue) to " + format(span[1]) + " (red)", LEFT,
                    HEIGHT - 8);
        }
        if (points.isEmpty()) {
            g.setColor(Color.RED.darker());
            String msg = r.infeasibility() != null ? "no feasible design" : "no design found";
            g.drawString(msg, LEFT + plotW / 2f - fm.stringWidth(msg) / 2f, TOP + plotH / 2f);
        }
        return g.getSVGDocument();
    }

    /** Smallest and largest finite value. */
    private static double[] extent(double[] v) {
        return new double[] {java.util.Arrays.stream(v).filter(Double::isFinite).min().orElse(0),
            java.util.Arrays.stream(v).filter(Double::isFinite).max().orElse(0)};
    }

    /** Data range with 5% padding either side (and a unit range around a single value). */
    private static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (hi - lo < 1e-12) {
            double half = Math.max(Math.abs(lo) * 0.05, 0.5);
            return new double[] {lo - half, hi + half};
        }
        double pad = (hi - lo) * 0.05;
        return new double[] {lo - pad, hi + pad};
    }

    private static Color heat(double t) {
        double c = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5;
        return new Color((int) (40 + 200 * c), 60, (int) (240 - 200 * c));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
    }
}
