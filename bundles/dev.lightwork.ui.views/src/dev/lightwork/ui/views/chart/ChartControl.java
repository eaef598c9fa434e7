package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.lightwork.diagram.chart.Chart;
import dev.lightwork.diagram.chart.ChartPainter;
import dev.lightwork.ui.diagram.SwtPainter;

/**
 * An SWT canvas showing a {@link Chart} through the shared {@link ChartPainter} layout (on the diagram editors'
 * {@link SwtPainter}); exports exactly what it shows as PNG or SVG.
 *
 * @param <C> the chart kind shown
 */
public class ChartControl<C extends Chart> {

    private final Canvas canvas;
    private final SwtPainter painter;
    private C chart;
    /** Where the last paint put each scatter point (empty for other kinds). */
    private double[][] centres = new double[0][];

    public ChartControl(Composite parent, C empty) {
        this.chart = empty;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        painter = new SwtPainter(canvas.getDisplay());
        canvas.addPaintListener(e -> {
            Point size = canvas.getSize();
            painter.begin(e.gc, 1, 0, 0, new Rectangle(0, 0, size.x, size.y));
            centres = ChartPainter.paint(painter, chart, size.x, size.y);
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addDisposeListener(e -> painter.dispose());
    }

    public Canvas control() {
        return canvas;
    }

    public C chart() {
        return chart;
    }

    public void setChart(C newChart) {
        this.chart = newChart;
        this.centres = new double[0][];
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** Point centres {x, y} as last painted (scatter charts), null entries for points not drawn. */
    protected double[][] centres() {
        return centres;
    }

    public void exportPng(Path file) throws IOException {
        ChartExport.png(canvas, chart, file);
    }

    public void exportSvg(Path file) throws IOException {
        ChartExport.svg(canvas, chart, file);
    }
}
