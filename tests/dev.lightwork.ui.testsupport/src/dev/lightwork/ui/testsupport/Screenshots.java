package dev.lightwork.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves a PNG of a shell so reviewers can look at what the UI tests saw. */
public final class Screenshots {

    /** GTK paints on its frame clock: this long of event loop lets the last paint reach the screen. */
    private static final long SETTLE_MS = 150;

    private Screenshots() {
    }

    /** Folder given by the build (-Dlightwork.screenshots), else target/screenshots of the working directory. */
    public static Path folder() throws IOException {
        String configured = System.getProperty("lightwork.screenshots");
        Path dir = configured != null ? Path.of(configured) : Path.of("target", "screenshots");
        return Files.createDirectories(dir);
    }

    /** PNG of the shell as it is on screen, in {@link #folder()} as {@code name}.png. */
    public static Path capture(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        long end = System.currentTimeMillis() + SETTLE_MS;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path file = folder().resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
