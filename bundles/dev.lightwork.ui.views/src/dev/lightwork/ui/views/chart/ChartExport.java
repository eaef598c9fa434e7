package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

/** Writes what a chart canvas shows as PNG (painted by SWT into an image) or SVG, at the control's size. */
final class ChartExport {

    /** Export size when the control has not been laid out (e.g. a hidden view). */
    private static final Point DEFAULT_SIZE = new Point(1000, 480);

    /** Paints one chart at a size on any {@link ChartCanvas}. */
    interface Painting {
        void paint(ChartCanvas canvas, int width, int height);
    }

    private ChartExport() {
    }

    static Point size(Canvas canvas) {
        Point size = canvas.getSize();
        return size.x < 200 || size.y < 150 ? DEFAULT_SIZE : size;
    }

    static void png(Canvas canvas, Painting painting, Path file) throws IOException {
        Point size = size(canvas);
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                painting.paint(new GcChartCanvas(gc), size.x, size.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".png");
            try {
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } finally {
            image.dispose();
        }
    }

    static void svg(Canvas canvas, Painting painting, Path file) throws IOException {
        Point size = size(canvas);
        SvgChartCanvas svg = new SvgChartCanvas(size.x, size.y);
        painting.paint(svg, size.x, size.y);
        Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
    }
}
