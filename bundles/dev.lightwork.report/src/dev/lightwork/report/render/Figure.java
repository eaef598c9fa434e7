package dev.lightwork.report.render;

import java.awt.Graphics2D;

import org.jfree.svg.SVGGraphics2D;

/**
 * A drawing embedded in the report: a title and a Java2D painter of a fixed size in CSS pixels. The HTML report
 * inlines {@link #svg()}; the PDF calls {@link #paint(Graphics2D)} on a PDFBox vector canvas, so both outputs are
 * vector graphics from one drawing routine (openhtmltopdf cannot render inline SVG without Batik, which is not in
 * the target). An implementation that already has SVG markup may override {@link #svg()}; it must still paint.
 */
public interface Figure {

    String title();

    /** Width in CSS pixels (1/96 inch). */
    double width();

    /** Height in CSS pixels. */
    double height();

    /** Draws the figure into the rectangle (0, 0, width, height). */
    void paint(Graphics2D g);

    /** Standalone SVG markup ({@code <svg xmlns=...>...</svg>}), well-formed XML without external references. */
    default String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width(), height());
        // Definition ids (clip paths) must differ between figures of one page and be the same on every run.
        g.setDefsKeyPrefix("f" + Integer.toHexString(title().hashCode()) + "-");
        paint(g);
        // viewBox lets the page scale a wide figure down (CSS max-width) without cropping it.
        return g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, width(), height()), null, null);
    }

    /** A figure from a painter. */
    static Figure of(String title, double width, double height, java.util.function.Consumer<Graphics2D> painter) {
        return new Painted(title, width, height, painter);
    }

    record Painted(String title, double width, double height, java.util.function.Consumer<Graphics2D> painter) implements Figure {
        @Override
        public void paint(Graphics2D g) {
            painter.accept(g);
        }
    }
}
