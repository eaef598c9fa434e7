package dev.lightwork.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.lightwork.diagram.paint.SceneRenderer;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.Scene;

/**
 * A scrollable, zoomable SWT canvas showing one scene through {@link SwtPainter} and the shared
 * {@link SceneRenderer}. Knows nothing of the model: the viewer on top adds tools and commands.
 *
 * <p>Repainting follows damage: panning blits the pixels already drawn ({@link Canvas#scroll}) and paints only the
 * uncovered strip; interaction feedback and moved nodes redraw only their rectangles ({@link #damage(Rect)}); the
 * painter skips everything outside the damaged rectangle. Double-buffered by SWT. The time of the last paint is kept
 * for measurement ({@link #lastFrameNanos()}).
 */
public final class SceneCanvas {

    /** What the viewer draws over the scene (selection, handles, rubber band, connection feedback). */
    public interface Overlay {
        void paint(GC gc, SwtPainter painter, Rectangle damage);
    }

    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 8;
    private static final Rgb BACKDROP = new Rgb(0xd8, 0xdc, 0xe2);
    private static final Rgb INK = new Rgb(0x20, 0x24, 0x2a);

    private final Canvas canvas;
    private final SwtPainter painter;
    private Scene scene;
    private SceneIndex index;
    private String message;
    private double zoom = 1;
    private double originX;
    private double originY;
    private Overlay overlay = (gc, p, d) -> { };
    private long lastFrameNanos;
    private org.eclipse.swt.graphics.Point panFrom;
    /** Told after every zoom or scroll change (zoom combo, outline thumbnail). */
    private final java.util.List<Runnable> viewListeners = new java.util.ArrayList<>();
    /** Fit was the last zoom request: keep fitting while the canvas is resized (e.g. the editor first opens). */
    private boolean fitted;

    public SceneCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        painter = new SwtPainter(canvas.getDisplay());
        canvas.addListener(SWT.Paint, e -> paintFrame(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
        canvas.addListener(SWT.Resize, e -> {
            if (fitted) {
                fit();
            }
            clampOrigin();
            updateScrollBars();
        });
        canvas.addListener(SWT.Dispose, e -> painter.dispose());
        canvas.getHorizontalBar().addListener(SWT.Selection,
                e -> userScroll(canvas.getHorizontalBar().getSelection() + low(canvas.getClientArea().width), originY));
        canvas.getVerticalBar().addListener(SWT.Selection,
                e -> userScroll(originX, canvas.getVerticalBar().getSelection() + low(canvas.getClientArea().height)));
        canvas.getHorizontalBar().setIncrement(20);
        canvas.getVerticalBar().setIncrement(20);
        // wheel: Ctrl zooms around the cursor, Shift pans sideways, plain wheel pans vertically
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        // middle drag pans
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 2) {
                panFrom = new org.eclipse.swt.graphics.Point(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (panFrom != null) {
                userScroll(originX - (e.x - panFrom.x), originY - (e.y - panFrom.y));
                panFrom = new org.eclipse.swt.graphics.Point(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 2) {
                panFrom = null;
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    public SwtPainter painter() {
        return painter;
    }

    /** Shows {@code newScene} (keeping zoom and scroll position); null with a message shows the message instead. */
    public void setScene(Scene newScene, String newMessage) {
        this.scene = newScene;
        this.index = newScene == null ? null : new SceneIndex(newScene);
        this.message = newMessage;
        clampOrigin();
        updateScrollBars();
        canvas.redraw();
    }

    public Scene scene() {
        return scene;
    }

    public SceneIndex index() {
        return index;
    }

    /** {@code listener} runs after every change of zoom, scroll position or scene (on the UI thread). */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    public void removeViewListener(Runnable listener) {
        viewListeners.remove(listener);
    }

    private void viewChanged() {
        for (Runnable r : java.util.List.copyOf(viewListeners)) {
            r.run();
        }
    }

    /** Whether the last zoom request was "fit" (the zoom follows the canvas size). */
    public boolean fitted() {
        return fitted;
    }

    /** Scene rectangle currently visible in the canvas. */
    public Rect visibleScene() {
        Rectangle area = canvas.getClientArea();
        return new Rect(originX / zoom, originY / zoom, area.width / zoom, area.height / zoom);
    }

    public void setOverlay(Overlay newOverlay) {
        this.overlay = newOverlay;
    }

    public double zoom() {
        return zoom;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    /** Scene point under pixel (x, y). */
    public Point toScene(int x, int y) {
        return new Point((x + originX) / zoom, (y + originY) / zoom);
    }

    /** Pixel of a scene point. */
    public org.eclipse.swt.graphics.Point toPixel(Point p) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(p.x() * zoom - originX), (int) Math.round(p.y() * zoom - originY));
    }

    /** Pixel rectangle of a scene box (as the painter maps it). */
    public Rectangle pixels(Rect r) {
        int x = (int) Math.round(r.x() * zoom - originX);
        int y = (int) Math.round(r.y() * zoom - originY);
        return new Rectangle(x, y, (int) Math.round(r.maxX() * zoom - originX) - x, (int) Math.round(r.maxY() * zoom - originY) - y);
    }

    /** Schedules a repaint of the pixels covering scene box {@code r} (plus room for borders and handles). */
    public void damage(Rect r) {
        Rectangle p = pixels(r);
        canvas.redraw(p.x - 6, p.y - 6, p.width + 12, p.height + 12, false);
    }

    /** Zooms to {@code newZoom} keeping the scene point under pixel (x, y) where it is. */
    public void zoomAt(double newZoom, int x, int y) {
        fitted = false;
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        Point anchor = toScene(x, y);
        zoom = z;
        originX = anchor.x() * z - x;
        originY = anchor.y() * z - y;
        clampOrigin();
        updateScrollBars();
        canvas.redraw();
    }

    /** Zoom at which the whole scene fits the canvas (never above 1: fit does not blow small diagrams up). */
    public void fit() {
        fitted = true;
        if (scene == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        double z = Math.min(1, Math.min(area.width / Math.max(1, scene.width()), area.height / Math.max(1, scene.height())));
        zoom = Math.max(MIN_ZOOM, z);
        originX = 0;
        originY = 0;
        updateScrollBars();
        canvas.redraw();
    }

    /** Pans so pixel origin is (x, y); the pixels already drawn are moved and only the uncovered strip is painted. */
    public void scrollTo(double x, double y) {
        double oldX = originX;
        double oldY = originY;
        originX = x;
        originY = y;
        clampOrigin();
        int dx = (int) Math.round(oldX - originX);
        int dy = (int) Math.round(oldY - originY);
        // keep the fractional part out of the origin so blitted and newly painted pixels line up
        originX = oldX - dx;
        originY = oldY - dy;
        if (dx == 0 && dy == 0) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        canvas.scroll(dx, dy, 0, 0, area.width, area.height, false);
        updateScrollBars();
    }

    private void userScroll(double x, double y) {
        fitted = false;
        scrollTo(x, y);
    }

    /** Scrolls the least needed to show scene box {@code r}. */
    public void reveal(Rect r) {
        Rectangle area = canvas.getClientArea();
        Rectangle p = pixels(r);
        double x = originX;
        double y = originY;
        if (p.x < 0 || p.x + p.width > area.width) {
            x = originX + p.x - Math.max(0, (area.width - p.width) / 2);
        }
        if (p.y < 0 || p.y + p.height > area.height) {
            y = originY + p.y - Math.max(0, (area.height - p.height) / 2);
        }
        scrollTo(x, y);
    }

    /** Nanoseconds the last paint took (scene plus overlay), for frame-time measurement. */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    /**
     * Paints one frame into {@code gc} (clipped by the caller to the damaged region, bounded by {@code damage}):
     * what the paint listener does, callable on an image GC to measure frame cost.
     */
    public void paintFrame(GC gc, Rectangle damage) {
        long start = System.nanoTime();
        gc.setBackground(painter.colour(BACKDROP));
        gc.fillRectangle(damage);
        if (scene == null) {
            if (message != null) {
                gc.setForeground(painter.colour(INK));
                gc.drawText(message, 12, 12, true);
            }
        } else {
            painter.begin(gc, zoom, originX, originY, damage);
            SceneRenderer.render(scene, painter);
            painter.resetClip();
            overlay.paint(gc, painter, damage);
        }
        lastFrameNanos = System.nanoTime() - start;
    }

    private void wheel(Event e) {
        e.doit = false;
        fitted = false;
        if ((e.stateMask & SWT.MOD1) != 0) {
            zoomAt(zoom * Math.pow(1.15, Math.signum(e.count)), e.x, e.y);
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            scrollTo(originX - e.count * 20, originY);
        } else {
            scrollTo(originX, originY - e.count * 20);
        }
    }

    /**
     * Keeps the scene in view: it may be scrolled until half the canvas is empty on any side (origin from minus half
     * a view to the scene's far edge minus half a view, and never excluding 0), so zooming around the cursor stays
     * exact near the edges.
     */
    private void clampOrigin() {
        if (scene == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        originX = Math.max(low(area.width), Math.min(originX, high(scene.width() * zoom, area.width)));
        originY = Math.max(low(area.height), Math.min(originY, high(scene.height() * zoom, area.height)));
    }

    private static double low(int view) {
        return -view / 2.0;
    }

    private static double high(double extent, int view) {
        return Math.max(0, extent - view / 2.0);
    }

    private void updateScrollBars() {
        viewChanged();
        if (scene == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        set(canvas.getHorizontalBar(), scene.width() * zoom, area.width, originX);
        set(canvas.getVerticalBar(), scene.height() * zoom, area.height, originY);
    }

    /** Scroll bar value = origin minus the lowest origin; its range covers exactly the origins clampOrigin allows. */
    private static void set(ScrollBar bar, double extent, int view, double origin) {
        int thumb = Math.max(1, view);
        int span = (int) Math.round(high(extent, view) - low(view));
        bar.setValues((int) Math.round(origin - low(view)), 0, span + thumb, thumb, 20, Math.max(1, view - 20));
    }
}
