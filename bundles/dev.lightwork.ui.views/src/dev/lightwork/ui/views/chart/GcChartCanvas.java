package dev.lightwork.ui.views.chart;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;

/** Paints a chart with an SWT {@link GC} (screen or an {@link org.eclipse.swt.graphics.Image} for PNG export). */
public final class GcChartCanvas implements ChartCanvas {

    private final GC gc;
    private final Font regular;
    private final Font bold;

    public GcChartCanvas(GC gc) {
        this.gc = gc;
        this.regular = JFaceResources.getDefaultFont();
        this.bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        gc.setFont(regular);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    @Override
    public void fillRect(int x, int y, int width, int height, RGB colour) {
        Color c = new Color(colour);
        gc.setBackground(c);
        gc.fillRectangle(x, y, width, height);
    }

    @Override
    public void line(int x1, int y1, int x2, int y2, RGB colour, boolean dashed) {
        gc.setForeground(new Color(colour));
        gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.setLineWidth(dashed ? 2 : 1);
        gc.drawLine(x1, y1, x2, y2);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    @Override
    public void text(String text, int x, int y, Align align, RGB colour, boolean isBold) {
        gc.setFont(isBold ? bold : regular);
        gc.setForeground(new Color(colour));
        int w = gc.textExtent(text).x;
        int left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        gc.drawText(text, left, y, true);
        gc.setFont(regular);
    }

    @Override
    public void dot(int cx, int cy, int radius, RGB colour, boolean hollow) {
        Color c = new Color(colour);
        if (hollow) {
            gc.setForeground(c);
            gc.setLineWidth(2);
            gc.drawOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            gc.setLineWidth(1);
        } else {
            gc.setBackground(c);
            gc.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
    }

    @Override
    public int textWidth(String text) {
        return gc.textExtent(text).x;
    }

    @Override
    public int lineHeight() {
        return gc.getFontMetrics().getHeight();
    }
}
