package dev.lightwork.diagram.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.TextMetrics;

/** {@link DiagramPainter} on a Java2D {@link Graphics2D} (a BufferedImage for PNG, JFreeSVG's for SVG). */
public class Graphics2DPainter implements DiagramPainter {

    private static final float[] DASH = {5f, 3f};

    private final Graphics2D g;
    private final Java2DTextMetrics metrics = new Java2DTextMetrics();

    public Graphics2DPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // fractional metrics: drawn text is as wide as Java2DTextMetrics measured it
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    protected Graphics2D graphics() {
        return g;
    }

    @Override
    public void fillRect(Rect r, Rgb fill, double cornerRadius) {
        g.setColor(color(fill));
        g.fill(shape(r, cornerRadius));
    }

    @Override
    public void drawRect(Rect r, Rgb stroke, double width, boolean dashed, double cornerRadius) {
        g.setColor(color(stroke));
        g.setStroke(stroke(width, dashed));
        g.draw(shape(r, cornerRadius));
    }

    @Override
    public void polyline(List<Point> points, Rgb stroke, double width, boolean dashed, boolean arrow) {
        if (points.size() < 2) {
            return;
        }
        g.setColor(color(stroke));
        g.setStroke(stroke(width, dashed));
        ArrowHead end = ArrowHead.of(points, arrow);
        Path2D.Double line = new Path2D.Double();
        line.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            line.lineTo(points.get(i).x(), points.get(i).y());
        }
        line.lineTo(end.lineEnd().x(), end.lineEnd().y());
        g.draw(line);
        if (arrow) {
            Path2D.Double head = new Path2D.Double();
            head.moveTo(end.tip().x(), end.tip().y());
            head.lineTo(end.left().x(), end.left().y());
            head.lineTo(end.right().x(), end.right().y());
            head.closePath();
            g.fill(head);
        }
    }

    @Override
    public void text(String text, double x, double baselineY, DiagramFont font, Rgb colour) {
        g.setColor(color(colour));
        g.setFont(metrics.font(font));
        g.drawString(text, (float) x, (float) baselineY);
    }

    @Override
    public void clip(Rect r) {
        g.clip(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void resetClip() {
        g.setClip(null);
    }

    @Override
    public double width(String text, DiagramFont font) {
        return metrics.width(text, font);
    }

    @Override
    public double ascent(DiagramFont font) {
        return metrics.ascent(font);
    }

    @Override
    public double lineHeight(DiagramFont font) {
        return metrics.lineHeight(font);
    }

    private static java.awt.Shape shape(Rect r, double cornerRadius) {
        return cornerRadius > 0
                ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * cornerRadius, 2 * cornerRadius)
                : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }

    private static Stroke stroke(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    private static Color color(Rgb c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    /** Java2D font metrics without a screen (headless-safe); fonts are cached per request. */
    public static final class Java2DTextMetrics implements TextMetrics {

        private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
        private final java.util.Map<DiagramFont, Font> fonts = new java.util.concurrent.ConcurrentHashMap<>();

        Font font(DiagramFont f) {
            return fonts.computeIfAbsent(f, k -> new Font(k.family(), k.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) k.size()));
        }

        @Override
        public double width(String text, DiagramFont font) {
            return text.isEmpty() ? 0 : font(font).getStringBounds(text, FRC).getWidth();
        }

        @Override
        public double ascent(DiagramFont font) {
            return font(font).getLineMetrics("Ag", FRC).getAscent();
        }

        @Override
        public double lineHeight(DiagramFont font) {
            var lm = font(font).getLineMetrics("Ag", FRC);
            return lm.getAscent() + lm.getDescent() + lm.getLeading();
        }
    }
}
