package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

import dev.lightwork.model.io.AtomicFiles;
import dev.lightwork.diagram.chart.Chart;
import dev.lightwork.diagram.chart.ChartImages;

/**
 * Writes a chart as PNG or SVG through the same layout as on screen, at the control's size but at least
 * {@link #MIN_SIZE}: a chart in a narrow view ellipsizes its labels on screen, its export for a document must not.
 */
final class ChartExport {

    /** Smallest export (also the size of a chart whose control has not been laid out, e.g. in a hidden view). */
    private static final Point MIN_SIZE = new Point(1000, 480);

    private ChartExport() {
    }

    static Point size(Canvas canvas) {
        Point size = canvas.getSize();
        return new Point(Math.max(size.x, MIN_SIZE.x), Math.max(size.y, MIN_SIZE.y));
    }

    static void png(Canvas canvas, Chart chart, Path file) throws IOException {
        Point size = size(canvas);
        AtomicFiles.write(file, ChartImages.png(chart, size.x, size.y));
    }

    static void svg(Canvas canvas, Chart chart, Path file) throws IOException {
        Point size = size(canvas);
        AtomicFiles.write(file, ChartImages.svgDocument(chart, size.x, size.y).getBytes(StandardCharsets.UTF_8));
    }
}
