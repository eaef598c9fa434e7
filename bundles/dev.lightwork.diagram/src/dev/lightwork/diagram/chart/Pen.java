package dev.lightwork.diagram.chart;

import java.util.List;

import dev.lightwork.diagram.paint.DiagramPainter;
import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;

/** The chart layouts' drawing vocabulary (text by its top edge and alignment, dots, plain lines) on a {@link DiagramPainter}. */
final class Pen {

    enum Align { LEFT, CENTER, RIGHT }

    static final DiagramFont PLAIN = DiagramFont.sans(12, false);
    static final DiagramFont BOLD = DiagramFont.sans(12, true);

    private final DiagramPainter painter;

    Pen(DiagramPainter painter) {
        this.painter = painter;
    }

    void fillRect(double x, double y, double width, double height, Rgb colour) {
        painter.fillRect(new Rect(x, y, width, height), colour, 0);
    }

    void line(double x1, double y1, double x2, double y2, Rgb colour, boolean dashed) {
        painter.polyline(List.of(new Point(x1, y1), new Point(x2, y2)), colour, 1, dashed, false);
    }

    void polyline(List<Point> points, Rgb colour, double width) {
        if (points.size() > 1) {
            painter.polyline(points, colour, width, false, false);
        }
    }

    /** Text whose top edge is at {@code y}, anchored at {@code x} by {@code align}. */
    void text(String text, double x, double y, Align align, Rgb colour, boolean bold) {
        if (text == null || text.isEmpty()) {
            return;
        }
        DiagramFont font = bold ? BOLD : PLAIN;
        double w = painter.width(text, font);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        painter.text(text, left, y + painter.ascent(font), font, colour);
    }

    /** A round marker centred on ({@code cx}, {@code cy}); {@code hollow} draws only its outline. */
    void dot(double cx, double cy, double radius, Rgb colour, boolean hollow) {
        Rect box = new Rect(cx - radius, cy - radius, 2 * radius, 2 * radius);
        if (hollow) {
            painter.drawRect(box, colour, 1.5, false, radius);
        } else {
            painter.fillRect(box, colour, radius);
        }
    }

    double textWidth(String text) {
        return painter.width(text, PLAIN);
    }

    double lineHeight() {
        return Math.ceil(painter.lineHeight(PLAIN));
    }
}
