package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * An SWT canvas showing a {@link ScatterChart}; a click on a point reports its index, a click elsewhere nothing.
 * Exports exactly what it shows as PNG or SVG.
 */
public final class ScatterControl {

    /** How far from a point's centre a click still hits it (px). */
    private static final int HIT_RADIUS = ScatterPainter.RADIUS + 4;

    private final Canvas canvas;
    private ScatterChart chart = ScatterChart.empty("");
    private int[][] centres = new int[0][];
    private IntConsumer onPoint = i -> { };

    public ScatterControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> {
            Point size = canvas.getSize();
            centres = ScatterPainter.paint(new GcChartCanvas(e.gc), chart, size.x, size.y);
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                int hit = pointAt(e.x, e.y);
                if (hit >= 0) {
                    onPoint.accept(hit);
                }
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    public ScatterChart chart() {
        return chart;
    }

    public void setChart(ScatterChart chart) {
        this.chart = chart;
        this.centres = new int[0][];
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** Called with the index of a clicked point. */
    public void onPointClicked(IntConsumer listener) {
        onPoint = listener;
    }

    /** Index of the point nearest to the pixel within the hit radius, or -1 (after the canvas has been painted). */
    public int pointAt(int x, int y) {
        int best = -1;
        long bestDistance = (long) HIT_RADIUS * HIT_RADIUS;
        for (int i = 0; i < centres.length; i++) {
            if (centres[i] == null) {
                continue;
            }
            long dx = centres[i][0] - x;
            long dy = centres[i][1] - y;
            if (dx * dx + dy * dy <= bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    /** Pixel centre {x, y} of a point as last painted, or null (not painted yet, or not finite). */
    public int[] centreOf(int index) {
        return index < centres.length ? centres[index] : null;
    }

    public void exportPng(Path file) throws IOException {
        ScatterChart shown = chart;
        ChartExport.png(canvas, (c, w, h) -> ScatterPainter.paint(c, shown, w, h), file);
    }

    public void exportSvg(Path file) throws IOException {
        ScatterChart shown = chart;
        ChartExport.svg(canvas, (c, w, h) -> ScatterPainter.paint(c, shown, w, h), file);
    }
}
