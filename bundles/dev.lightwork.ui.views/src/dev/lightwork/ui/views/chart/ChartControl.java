package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** An SWT canvas showing a {@link BarChart}; exports exactly what it shows as PNG or SVG. */
public final class ChartControl {

    private final Canvas canvas;
    private BarChart chart = BarChart.empty("");

    public ChartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> {
            Point size = canvas.getSize();
            ChartPainter.paint(new GcChartCanvas(e.gc), chart, size.x, size.y);
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    public Canvas control() {
        return canvas;
    }

    public BarChart chart() {
        return chart;
    }

    public void setChart(BarChart chart) {
        this.chart = chart;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    public void exportPng(Path file) throws IOException {
        BarChart shown = chart;
        ChartExport.png(canvas, (c, w, h) -> ChartPainter.paint(c, shown, w, h), file);
    }

    public void exportSvg(Path file) throws IOException {
        BarChart shown = chart;
        ChartExport.svg(canvas, (c, w, h) -> ChartPainter.paint(c, shown, w, h), file);
    }
}
