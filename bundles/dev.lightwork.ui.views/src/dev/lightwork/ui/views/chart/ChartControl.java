package dev.lightwork.ui.views.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** An SWT canvas showing a {@link BarChart}; exports exactly what it shows as PNG or SVG. */
public final class ChartControl {

    /** Export size when the control has not been laid out (e.g. a hidden view). */
    private static final Point DEFAULT_SIZE = new Point(1000, 480);

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

    private Point exportSize() {
        Point size = canvas.getSize();
        return size.x < 200 || size.y < 150 ? DEFAULT_SIZE : size;
    }

    public void exportPng(Path file) throws IOException {
        Point size = exportSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                ChartPainter.paint(new GcChartCanvas(gc), chart, size.x, size.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".png");
            try {
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } finally {
            image.dispose();
        }
    }

    public void exportSvg(Path file) throws IOException {
        Point size = exportSize();
        SvgChartCanvas svg = new SvgChartCanvas(size.x, size.y);
        ChartPainter.paint(svg, chart, size.x, size.y);
        Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
    }
}
