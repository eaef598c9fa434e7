package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

import dev.lightwork.diagram.chart.Chart;
import dev.lightwork.diagram.chart.ChartImages;

/** Writes a chart as PNG or SVG at the control's size, through the same layout as on screen. */
final class ChartExport {

    /** Export size when the control has not been laid out (e.g. a hidden view). */
    private static final Point DEFAULT_SIZE = new Point(1000, 480);

    private ChartExport() {
    }

    static Point size(Canvas canvas) {
        Point size = canvas.getSize();
        return size.x < 200 || size.y < 150 ? DEFAULT_SIZE : size;
    }

    static void png(Canvas canvas, Chart chart, Path file) throws IOException {
        Point size = size(canvas);
        write(file, ChartImages.png(chart, size.x, size.y));
    }

    static void svg(Canvas canvas, Chart chart, Path file) throws IOException {
        Point size = size(canvas);
        write(file, ChartImages.svgDocument(chart, size.x, size.y).getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code file} only once the whole image is written. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
