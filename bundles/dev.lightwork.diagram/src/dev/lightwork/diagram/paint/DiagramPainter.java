package dev.lightwork.diagram.paint;

import java.util.List;

import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.TextMetrics;

/**
 * The one drawing surface a scene is rendered through (Java2D for PNG/SVG here, SWT GC in the editors). All
 * coordinates are scene units: zoom and translation belong to the implementation, never to the renderer. No
 * toolkit types appear here so an SWT implementation needs nothing from AWT.
 */
public interface DiagramPainter extends TextMetrics {

    /** Fills a box; {@code cornerRadius} 0 = square corners. */
    void fillRect(Rect r, Rgb fill, double cornerRadius);

    /** Outlines a box with a line of {@code width}; dashed for e.g. boundary nodes. */
    void drawRect(Rect r, Rgb stroke, double width, boolean dashed, double cornerRadius);

    /** A connected line through {@code points}; with an arrow head at the last point when {@code arrow}. */
    void polyline(List<Point> points, Rgb stroke, double width, boolean dashed, boolean arrow);

    /** One line of text with its baseline at {@code baselineY}. */
    void text(String text, double x, double baselineY, DiagramFont font, Rgb colour);

    /** Restricts painting to {@code r} until {@link #resetClip()}. */
    void clip(Rect r);

    void resetClip();

    /**
     * False when text in {@code font} would be too small to read at this painter's scale (an editor at an overview
     * zoom): the renderer then asks for a node's {@link #summary} instead of its lines. Export painters always read.
     */
    default boolean legible(DiagramFont font) {
        return true;
    }

    /**
     * One line standing for a node whose label is not legible at this scale, drawn at a legible size inside
     * {@code box} (shortened to fit, or left out when even that cannot fit), in {@code colour} on the box's
     * {@code fill}.
     */
    default void summary(String text, Rect box, Rgb colour, Rgb fill) {
    }

    /** Starts a logical group (SVG {@code <g id class>}); painters without groups ignore it. */
    default void beginGroup(String id, String kind) {
    }

    default void endGroup() {
    }
}
