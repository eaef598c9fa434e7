package dev.lightwork.codegen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the tool bar icons of the Lightwork commands (Validate, Generate Review Report, Run Trade Study) as 16x16
 * PNGs and their 32x32 {@code @2x} variants, in the flat style of the Eclipse platform icons. Drawn in a 16-unit
 * space so both sizes come from one drawing. Run: java
 * releng/dev.lightwork.codegen/src/main/java/dev/lightwork/codegen/DrawCommandIcons.java [folder]
 */
public final class DrawCommandIcons {

    private static final Color PAPER = new Color(0xFAFAFA);
    private static final Color OUTLINE = new Color(0x5C6B7A);
    private static final Color TEXT = new Color(0x9AA7B4);
    private static final Color PASS = new Color(0x2E8B3D);
    private static final Color BAR = new Color(0x3A78C2);
    private static final Color FRONT = new Color(0xD9822B);

    private DrawCommandIcons() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bundles/dev.lightwork.ui/icons");
        Files.createDirectories(dir);
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("validate", g -> {
            page(g);
            lines(g, 3);
            g.setColor(PASS);
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D tick = new Path2D.Double();
            tick.moveTo(7.5, 11.0);
            tick.lineTo(10.0, 13.5);
            tick.lineTo(14.5, 7.5);
            g.draw(tick);
        });
        icons.put("report", g -> {
            page(g);
            lines(g, 2);
            g.setColor(BAR);
            g.fill(new Rectangle2D.Double(5.0, 10.0, 1.6, 3.5));
            g.fill(new Rectangle2D.Double(7.5, 8.0, 1.6, 5.5));
            g.fill(new Rectangle2D.Double(10.0, 9.0, 1.6, 4.5));
        });
        icons.put("tradestudy", g -> {
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            Path2D axes = new Path2D.Double();
            axes.moveTo(2.0, 1.5);
            axes.lineTo(2.0, 14.0);
            axes.lineTo(14.5, 14.0);
            g.draw(axes);
            g.setColor(TEXT);
            for (double[] p : new double[][] {{9.5, 6.0}, {12.0, 9.5}, {7.5, 10.5}}) {
                g.fill(new Ellipse2D.Double(p[0] - 1.1, p[1] - 1.1, 2.2, 2.2));
            }
            g.setColor(FRONT);
            g.setStroke(new BasicStroke(1.0f));
            Path2D front = new Path2D.Double();
            front.moveTo(4.5, 3.0);
            front.curveTo(5.0, 8.5, 8.0, 11.5, 13.5, 12.0);
            g.draw(front);
            for (double[] p : new double[][] {{4.6, 3.5}, {5.8, 7.6}, {8.6, 10.6}, {13.0, 11.9}}) {
                g.fill(new Ellipse2D.Double(p[0] - 1.4, p[1] - 1.4, 2.8, 2.8));
            }
        });
        for (Map.Entry<String, Consumer<Graphics2D>> e : icons.entrySet()) {
            write(dir.resolve(e.getKey() + ".png"), 1, e.getValue());
            write(dir.resolve(e.getKey() + "@2x.png"), 2, e.getValue());
        }
    }

    /** A sheet of paper with a folded corner. */
    private static void page(Graphics2D g) {
        Path2D sheet = new Path2D.Double();
        sheet.moveTo(2.5, 1.5);
        sheet.lineTo(10.0, 1.5);
        sheet.lineTo(13.5, 5.0);
        sheet.lineTo(13.5, 14.5);
        sheet.lineTo(2.5, 14.5);
        sheet.closePath();
        g.setColor(PAPER);
        g.fill(sheet);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(sheet);
        Path2D fold = new Path2D.Double();
        fold.moveTo(10.0, 1.5);
        fold.lineTo(10.0, 5.0);
        fold.lineTo(13.5, 5.0);
        g.draw(fold);
    }

    private static void lines(Graphics2D g, int count) {
        g.setColor(TEXT);
        for (int i = 0; i < count; i++) {
            g.fill(new Rectangle2D.Double(4.5, 4.0 + 2.0 * i, i == 0 ? 4.5 : 7.0, 0.9));
        }
    }

    private static void write(Path file, int scale, Consumer<Graphics2D> draw) throws IOException {
        BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        draw.accept(g);
        g.dispose();
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer for " + file);
        }
    }
}
