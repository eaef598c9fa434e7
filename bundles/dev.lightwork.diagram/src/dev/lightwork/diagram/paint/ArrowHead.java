package dev.lightwork.diagram.paint;

import java.util.List;

import dev.lightwork.diagram.scene.Point;

/**
 * The geometry of a polyline's end, the same for every painter (SWT on screen, Java2D for PNG/SVG/PDF): where the
 * line stops (at the arrow's base, so it does not poke through the tip) and the arrow's triangle.
 *
 * @param lineEnd the point the line is drawn to
 * @param tip the polyline's last point
 * @param left one base corner of the arrow
 * @param right the other base corner
 */
public record ArrowHead(Point lineEnd, Point tip, Point left, Point right) {

    /** Arrow length along the line, in diagram units. */
    public static final double LENGTH = 8;
    /** Half the arrow's base width, in diagram units. */
    public static final double HALF_WIDTH = 3.5;

    /** The end of {@code points} (at least two); without an arrow the line runs to the last point. */
    public static ArrowHead of(List<Point> points, boolean arrow) {
        Point last = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double dx = last.x() - before.x();
        double dy = last.y() - before.y();
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        double cut = arrow ? Math.min(LENGTH, len) : 0;
        return new ArrowHead(new Point(last.x() - ux * cut, last.y() - uy * cut), last,
                new Point(last.x() - ux * LENGTH - uy * HALF_WIDTH, last.y() - uy * LENGTH + ux * HALF_WIDTH),
                new Point(last.x() - ux * LENGTH + uy * HALF_WIDTH, last.y() - uy * LENGTH - ux * HALF_WIDTH));
    }
}
