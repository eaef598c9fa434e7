package dev.lightwork.ui.views.chart;

import org.eclipse.swt.graphics.RGB;

/** The few drawing operations a {@link ChartPainter} needs, so one layout paints on screen, into PNG and SVG. */
public interface ChartCanvas {

    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(int x, int y, int width, int height, RGB colour);

    void line(int x1, int y1, int x2, int y2, RGB colour, boolean dashed);

    /** Text whose top edge is at {@code y}, anchored at {@code x} by {@code align}. */
    void text(String text, int x, int y, Align align, RGB colour, boolean bold);

    /** A round marker centred on ({@code cx}, {@code cy}); {@code hollow} draws only its outline. */
    void dot(int cx, int cy, int radius, RGB colour, boolean hollow);

    int textWidth(String text);

    int lineHeight();
}
