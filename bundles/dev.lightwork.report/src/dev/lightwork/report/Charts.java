package dev.lightwork.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.BerCurve;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkWaterfall;
import dev.lightwork.report.render.Figure;

/**
 * The report's own charts, drawn with Java2D (SVG through JFreeSVG in HTML, PDFBox vectors in PDF): the link
 * budget waterfall of one lane and the power bar chart against the MSA class limit.
 */
final class Charts {

    static final Color PASS = new Color(0x2e7d32);
    static final Color FAIL = new Color(0xc62828);
    static final Color TOTAL = new Color(0x1565c0);
    static final Color LOSS = new Color(0xef6c00);
    static final Color GAIN = new Color(0x2e7d32);
    static final Color AXIS = new Color(0x424242);
    static final Color GRID = new Color(0xe0e0e0);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private Charts() {
    }

    /** One bar of a waterfall: a level (total) or a step from the previous level. */
    record Step(String label, double value, boolean total) {
    }

    /** The waterfall steps of a lane as the analysis derives them (LinkBudget.waterfall()), plane in the label. */
    static List<Step> waterfallSteps(LinkBudget b) {
        List<Step> s = new ArrayList<>();
        for (LinkWaterfall.Step step : b.waterfall().steps()) {
            s.add(new Step(step.label(), step.value(), step.level()));
        }
        return s;
    }

    /** The receiver requirement at TP3 the margin is measured against (SRS - SECQ, or the PMD sensitivity). */
    static double requirementDbm(LinkBudget b) {
        return b.waterfall().requirementDbm();
    }

    static Figure waterfall(LinkBudget b, double requiredMarginDb) {
        String title = "Link budget waterfall, worst lane " + b.laneId() + " (dBm / dB)";
        return Figure.of(title, 960, 380, g -> paintWaterfall(g, b, requiredMarginDb, 960, 380));
    }

    private static void paintWaterfall(Graphics2D g, LinkBudget b, double requiredMarginDb, double w, double h) {
        prepare(g, w, h);
        List<Step> steps = waterfallSteps(b);
        double requirement = requirementDbm(b);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Step s : steps) {
            if (s.total() && Double.isFinite(s.value())) {
                min = Math.min(min, s.value());
                max = Math.max(max, s.value());
            }
        }
        if (Double.isFinite(requirement)) {
            min = Math.min(min, requirement);
            max = Math.max(max, requirement);
        }
        if (!Double.isFinite(min)) {
            g.setColor(FAIL);
            g.setFont(BOLD);
            g.drawString("Waterfall not drawn: the link budget of " + b.laneId() + " has unknown terms (see diagnostics).", 20, 40);
            return;
        }
        min = Math.floor(min - 1);
        max = Math.ceil(max + 1);
        double left = 60;
        double right = w - 20;
        double top = 20;
        double bottom = h - 70;
        Scale y = new Scale(min, max, bottom, top);
        // grid and axis every dB (every 2 dB for a tall range)
        double tick = max - min > 16 ? 2 : 1;
        g.setFont(SMALL);
        for (double v = min; v <= max + 1e-9; v += tick) {
            float py = (float) y.at(v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, py, right, py));
            g.setColor(AXIS);
            String label = QuantityFormat.fixed(v, 0);
            g.drawString(label, (float) (left - 8 - g.getFontMetrics().stringWidth(label)), py + 4);
        }
        g.setColor(AXIS);
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.drawString("dBm", 8, (float) top + 4);
        double slot = (right - left) / steps.size();
        double bar = slot * 0.62;
        double level = Double.NaN;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            double x = left + i * slot + (slot - bar) / 2;
            double from;
            double to;
            Color color;
            if (s.total()) {
                from = min;
                to = s.value();
                color = TOTAL;
                level = s.value();
            } else {
                from = level;
                to = level + s.value();
                color = s.value() < 0 ? LOSS : GAIN;
                level = to;
            }
            g.setFont(SMALL);
            g.setColor(AXIS);
            drawLabel(g, s.label(), x + bar / 2, bottom + 14, slot - 2);
            if (!Double.isFinite(from) || !Double.isFinite(to)) {
                g.setColor(FAIL);
                drawCentred(g, QuantityFormat.UNKNOWN, x + bar / 2, bottom - 4, slot);
                continue;
            }
            double y0 = y.at(Math.max(from, to));
            double y1 = y.at(Math.min(from, to));
            g.setColor(color);
            g.fill(new Rectangle2D.Double(x, y0, bar, Math.max(1, y1 - y0)));
            g.setColor(AXIS);
            String value = s.total() ? QuantityFormat.db(s.value()) : QuantityFormat.deltaDb(s.value());
            drawCentred(g, value, x + bar / 2, y0 - 3, slot);
            if (i + 1 < steps.size() && Double.isFinite(to)) {
                g.setColor(GRID.darker());
                g.draw(new Line2D.Double(x + bar, y.at(to), x + slot, y.at(to)));
            }
        }
        if (Double.isFinite(requirement)) {
            boolean pass = b.marginDb() >= requiredMarginDb && b.problems().isEmpty();
            float py = (float) y.at(requirement);
            g.setColor(pass ? PASS : FAIL);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(left, py, right, py));
            g.setStroke(new BasicStroke(1));
            g.setFont(LABEL);
            String text = "Receiver requirement at TP3 " + QuantityFormat.db(requirement) + " dBm; margin " + QuantityFormat.db(b.marginDb())
                    + " dB (required " + QuantityFormat.db(requiredMarginDb) + " dB)";
            FontMetrics fm = g.getFontMetrics();
            // right-aligned on a white box so bars behind it do not hide it
            double tx = right - fm.stringWidth(text) - 6;
            double ty = py > top + fm.getHeight() + 2 ? py - 4 : py + fm.getAscent() + 2;
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(tx - 3, ty - fm.getAscent(), fm.stringWidth(text) + 6, fm.getHeight()));
            g.setColor(pass ? PASS : FAIL);
            g.drawString(text, (float) tx, (float) ty);
        }
        g.setFont(SMALL);
        g.setColor(AXIS);
        g.drawString("Blue: power levels (dBm); orange: losses and penalties; green: gains (dB). PMD " + (b.pmdId() == null ? "unknown" : b.pmdId()) + ".",
                (float) left, (float) h - 8);
    }

    /**
     * The lane's BER against the received OMA at TP3 (log scale), pre-FEC and post-FEC, from the analysis's curve: the
     * PMD reference (where the receiver works at the pre-FEC target), the operating point and the margin between them.
     */
    static Figure berCurve(BerCurve c) {
        String title = "BER vs received OMA at TP3, lane " + c.laneId() + " (" + c.fec() + ")";
        return Figure.of(title, 960, 360, g -> paintBerCurve(g, c, 960, 360));
    }

    private static void paintBerCurve(Graphics2D g, BerCurve c, double w, double h) {
        prepare(g, w, h);
        double left = 70;
        double right = w - 20;
        double top = 20;
        double bottom = h - 60;
        double x0 = c.points().get(0).rxOmaDbm();
        double x1 = c.points().get(c.points().size() - 1).rxOmaDbm();
        double decadeLow = Math.floor(Math.log10(c.berFloor()));
        Scale x = new Scale(x0, x1, left, right);
        Scale y = new Scale(decadeLow, 0, bottom, top);
        g.setFont(SMALL);
        for (double d = decadeLow; d <= 0; d += 3) {
            float py = (float) y.at(d);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, py, right, py));
            g.setColor(AXIS);
            String label = "1e" + (int) d;
            g.drawString(label, (float) (left - 8 - g.getFontMetrics().stringWidth(label)), py + 4);
        }
        for (double v = Math.ceil(x0); v <= x1 + 1e-9; v += 1) {
            float px = (float) x.at(v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(px, top, px, bottom));
            g.setColor(AXIS);
            drawCentred(g, QuantityFormat.fixed(v, 0), px, bottom + 14, 40);
        }
        g.drawString("received OMA at TP3 (dBm)", (float) (right - 150), (float) bottom + 30);
        g.drawString("BER", 8, (float) top + 4);
        curve(g, x, y, c, true, TOTAL);
        curve(g, x, y, c, false, GAIN);
        boolean pass = c.marginDb() >= 0;
        marker(g, x, top, bottom, c.referenceDbm(), AXIS, "PMD reference " + QuantityFormat.db(c.referenceDbm()) + " dBm (BER " + QuantityFormat.ber(c.berTarget()) + ")", 0);
        marker(g, x, top, bottom, c.operatingRxOmaDbm(), pass ? PASS : FAIL, "operating point " + QuantityFormat.db(c.operatingRxOmaDbm()) + " dBm, margin "
                + QuantityFormat.db(c.marginDb()) + " dB", 1);
        if (Double.isFinite(c.pmdSensitivityDbm()) && c.pmdSensitivityDbm() >= x0 && c.pmdSensitivityDbm() <= x1) {
            marker(g, x, top, bottom, c.pmdSensitivityDbm(), GRID.darker(), "PMD published sensitivity " + QuantityFormat.db(c.pmdSensitivityDbm()) + " dBm", 2);
        }
        g.setFont(SMALL);
        g.setColor(AXIS);
        g.drawString("Blue: pre-FEC BER; green: post-FEC BER (" + c.fec() + "); ratios below " + QuantityFormat.ber(c.berFloor())
                + " are below the model's validity and drawn at that floor.", (float) left, (float) h - 8);
    }

    private static void curve(Graphics2D g, Scale x, Scale y, BerCurve c, boolean preFec, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        boolean started = false;
        for (BerCurve.Point p : c.points()) {
            double ber = preFec ? p.preFecBer() : p.postFecBer();
            if (!(ber > 0)) {
                started = false;
                continue;
            }
            double px = x.at(p.rxOmaDbm());
            double py = y.at(Math.log10(ber));
            if (started) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                started = true;
            }
        }
        g.draw(path);
        g.setStroke(new BasicStroke(1));
    }

    private static void marker(Graphics2D g, Scale x, double top, double bottom, double at, Color color, String text, int row) {
        if (!Double.isFinite(at)) {
            return;
        }
        float px = (float) x.at(at);
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.draw(new Line2D.Double(px, top, px, bottom));
        g.setStroke(new BasicStroke(1));
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        double ty = top + 14 + row * (fm.getHeight() + 2);
        double tx = px + 4 + fm.stringWidth(text) > x.p1() ? px - 4 - fm.stringWidth(text) : px + 4;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(tx - 2, ty - fm.getAscent(), fm.stringWidth(text) + 4, fm.getHeight()));
        g.setColor(color);
        g.drawString(text, (float) tx, (float) ty);
    }

    /** A category label on one line, or on two (split at the middle space) when it is wider than its slot. */
    private static void drawLabel(Graphics2D g, String text, double cx, double baseline, double width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width || !text.contains(" ")) {
            drawCentred(g, text, cx, baseline, width);
            return;
        }
        int middle = text.length() / 2;
        int split = text.lastIndexOf(' ', middle);
        int after = text.indexOf(' ', middle);
        if (split < 0 || (after >= 0 && after - middle < middle - split)) {
            split = after;
        }
        drawCentred(g, text.substring(0, split), cx, baseline, width);
        drawCentred(g, text.substring(split + 1), cx, baseline + fm.getHeight(), width);
    }

    /**
     * Horizontal bars in W, one per row, then a bold total bar (coloured by whether it is within the limit) and
     * the limit as a dashed line; {@code limitW} NaN draws no line. Used for the module (kinds vs class limit) and
     * per lane (lane groups vs class limit shared over the lanes).
     */
    static Figure powerBars(String title, Map<String, Double> rows, String totalLabel, double totalW, double limitW, String limitLabel,
            String caption) {
        double h = 60 + 24.0 * (rows.size() + (totalLabel == null ? 0 : 1));
        return Figure.of(title, 960, h, g -> paintPower(g, rows, totalLabel, totalW, limitW, limitLabel, caption, 960, h));
    }

    private static void paintPower(Graphics2D g, Map<String, Double> rows, String totalLabel, double totalW, double limitW, String limitLabel,
            String caption, double w, double h) {
        prepare(g, w, h);
        double left = 200;
        double right = w - 140;
        double top = 16;
        double largest = Math.max(Double.isFinite(limitW) ? limitW : 0, Double.isFinite(totalW) ? totalW : 0);
        for (Double v : rows.values()) {
            largest = Math.max(largest, v != null && Double.isFinite(v) ? v : 0);
        }
        largest = largest <= 0 ? 1 : largest * 1.05;
        double tick = niceCeiling(largest / 8);
        double max = Math.ceil(largest / tick) * tick;
        Scale x = new Scale(0, max, left, right);
        double row = 24;
        int bars = rows.size() + (totalLabel == null ? 0 : 1);
        double bottom = top + row * bars;
        g.setFont(SMALL);
        for (double v = 0; v <= max + 1e-9; v += tick) {
            float px = (float) x.at(v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(px, top, px, bottom));
            g.setColor(AXIS);
            drawCentred(g, QuantityFormat.plain(Math.round(v * 1000) / 1000.0), px, bottom + 14, 60);
        }
        // Within the limit: the total when there is one, else every row.
        boolean totalWithin = !Double.isFinite(limitW) || (totalLabel != null ? totalW <= limitW
                : rows.values().stream().allMatch(v -> v == null || !(v > limitW)));
        int i = 0;
        g.setFont(LABEL);
        for (Map.Entry<String, Double> e : rows.entrySet()) {
            boolean over = totalLabel == null && Double.isFinite(limitW) && e.getValue() != null && e.getValue() > limitW;
            drawBar(g, x, top + i * row, row, e.getKey(), e.getValue(), over ? FAIL : totalLabel == null ? TOTAL : LOSS, left);
            i++;
        }
        if (totalLabel != null) {
            g.setFont(BOLD);
            drawBar(g, x, top + i * row, row, totalLabel, totalW, totalWithin ? TOTAL : FAIL, left);
        }
        g.setFont(SMALL);
        g.setColor(AXIS);
        g.drawString("W", (float) right + 16, (float) bottom + 14);
        if (Double.isFinite(limitW)) {
            float px = (float) x.at(limitW);
            g.setColor(totalWithin ? PASS : FAIL);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(px, top - 6, px, bottom));
            g.setStroke(new BasicStroke(1));
            g.drawString(limitLabel + " " + QuantityFormat.watts(limitW) + " W", px + 4, (float) top + 6);
        }
        g.setColor(AXIS);
        g.setFont(LABEL);
        g.drawString(caption, (float) left, (float) h - 10);
    }

    private static void drawBar(Graphics2D g, Scale x, double y, double row, String label, Double valueW, Color color, double left) {
        double v = valueW == null ? Double.NaN : valueW;
        g.setColor(AXIS);
        FontMetrics fm = g.getFontMetrics();
        String text = label;
        while (fm.stringWidth(text) > left - 12 && text.length() > 4) {
            text = text.substring(0, text.length() - 2) + ".";
        }
        g.drawString(text, (float) (left - 8 - fm.stringWidth(text)), (float) (y + row / 2 + 4));
        if (!Double.isFinite(v)) {
            g.drawString(QuantityFormat.UNKNOWN, (float) left + 4, (float) (y + row / 2 + 4));
            return;
        }
        double x1 = x.at(Math.max(0, v));
        g.setColor(color);
        g.fill(new Rectangle2D.Double(left, y + 4, Math.max(1, x1 - left), row - 8));
        g.setColor(AXIS);
        g.drawString(QuantityFormat.watts(v) + " W", (float) x1 + 4, (float) (y + row / 2 + 4));
    }

    private static void prepare(Graphics2D g, double w, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
    }

    private static void drawCentred(Graphics2D g, String text, double cx, double baseline, double maxWidth) {
        FontMetrics fm = g.getFontMetrics();
        String t = text;
        while (fm.stringWidth(t) > maxWidth && t.length() > 4) {
            t = t.substring(0, t.length() - 2) + ".";
        }
        g.drawString(t, (float) (cx - fm.stringWidth(t) / 2.0), (float) baseline);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Linear map from data to device coordinates. */
    private record Scale(double d0, double d1, double p0, double p1) {
        double at(double v) {
            return p0 + (v - d0) / (d1 - d0) * (p1 - p0);
        }
    }
}
