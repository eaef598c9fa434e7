package dev.lightwork.diagram.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.paint.SvgPainter;

/** A chart as an SVG document or PNG image, painted by the same {@link ChartPainter} layout as on screen. */
public final class ChartImages {

    private ChartImages() {
    }

    /** Standalone SVG markup of {@code chart} at width x height (px). */
    public static String svg(Chart chart, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // Definition ids must differ between charts inlined in one page and be the same on every run.
        g.setDefsKeyPrefix("c" + Integer.toHexString(chart.title().hashCode()) + "-");
        ChartPainter.paint(new SvgPainter(g), chart, width, height);
        return g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, width, height), null, null);
    }

    /** {@link #svg} as a standalone file: with the XML declaration. */
    public static String svgDocument(Chart chart, double width, double height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart, width, height) + "\n";
    }

    /** PNG bytes of {@code chart} at width x height (px), antialiased. */
    public static byte[] png(Chart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            ChartPainter.paint(new Graphics2DPainter(g), chart, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }
}
