package dev.lightwork.diagram.paint;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

import dev.lightwork.diagram.scene.Scene;

/** A laid-out scene as SVG text (JFreeSVG) or as a PNG (BufferedImage + ImageIO); both headless. */
public final class DiagramImages {

    /** Largest PNG side we render; beyond it the caller should use SVG (a 512-lane diagram is still far below). */
    public static final int MAX_PIXELS_PER_SIDE = 20_000;

    private DiagramImages() {
    }

    public static String svg(Scene scene) {
        SVGGraphics2D svg = new SVGGraphics2D(scene.width(), scene.height());
        // a hundredth of a unit is far below a pixel; full double precision would double the file size
        svg.setGeomDoubleConverter(DiagramImages::hundredths);
        SceneRenderer.render(scene, new SvgPainter(svg));
        // no DOCTYPE: its external DTD would make XML tools fetch it from w3.org
        // characters XML 1.0 forbids (from design strings) are replaced: the document stays well-formed
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + dev.lightwork.model.io.SafeText.xmlLegal(svg.getSVGElement()) + "\n";
    }

    private static String hundredths(double v) {
        double r = Math.rint(v * 100) / 100;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
    }

    /** The scene at {@code scale} pixels per scene unit (1 = 96 dpi screen size, 2 = print/HiDPI). */
    public static BufferedImage image(Scene scene, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("PNG scale must be a positive number, was " + scale);
        }
        int w = (int) Math.ceil(scene.width() * scale);
        int h = (int) Math.ceil(scene.height() * scale);
        if (w > MAX_PIXELS_PER_SIDE || h > MAX_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("PNG of " + w + " x " + h + " px at scale " + scale + " exceeds " + MAX_PIXELS_PER_SIDE
                    + " px per side; use a smaller scale or SVG");
        }
        BufferedImage image = new BufferedImage(Math.max(w, 1), Math.max(h, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            SceneRenderer.render(scene, new Graphics2DPainter(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(Scene scene, double scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(scene, scale), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
