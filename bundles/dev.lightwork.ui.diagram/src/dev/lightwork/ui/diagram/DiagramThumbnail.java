package dev.lightwork.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.lightwork.diagram.paint.SceneRenderer;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.Scene;

/**
 * The Outline's overview of a diagram page (GEF's thumbnail): the whole scene scaled to the control with the part the
 * page shows framed; pressing or dragging in it scrolls the page there. The scaled scene is painted once per scene into
 * an image, so following scrolls and zooms costs only the frame.
 */
public final class DiagramThumbnail {

    private static final Rgb FRAME = new Rgb(0x1a, 0x73, 0xe8);
    private static final Rgb BACKDROP = new Rgb(0xd8, 0xdc, 0xe2);

    private final Canvas control;
    private final SwtPainter painter;
    private final Runnable follow;
    private SceneCanvas source;
    private Image cache;
    private Scene cachedScene;
    private Rectangle cachedArea;
    private double scale;
    private boolean dragging;

    public DiagramThumbnail(Composite parent) {
        control = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        painter = new SwtPainter(control.getDisplay());
        follow = () -> {
            if (!control.isDisposed()) {
                control.redraw();
            }
        };
        control.addListener(SWT.Paint, this::paint);
        control.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragging = true;
                scrollTo(e);
            }
        });
        control.addListener(SWT.MouseMove, e -> {
            if (dragging) {
                scrollTo(e);
            }
        });
        control.addListener(SWT.MouseUp, e -> dragging = false);
        control.addListener(SWT.Dispose, e -> {
            setSource(null);
            disposeCache();
            painter.dispose();
        });
        control.setToolTipText("Overview: press or drag to show that part of the diagram");
    }

    public Canvas control() {
        return control;
    }

    /** The diagram page shown (null = none: the thumbnail stays empty). */
    public void setSource(SceneCanvas canvas) {
        if (source == canvas) {
            return;
        }
        if (source != null && !source.control().isDisposed()) {
            source.removeViewListener(follow);
        }
        source = canvas;
        if (source != null) {
            source.addViewListener(follow);
            source.control().addListener(SWT.Dispose, e -> {
                if (source == canvas) {
                    source = null;
                    follow.run();
                }
            });
        }
        follow.run();
    }

    public SceneCanvas source() {
        return source;
    }

    /** The scene rectangle framed as the page's visible part (scene units), or null. */
    public Rect framed() {
        return source == null || source.scene() == null ? null : source.visibleScene();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = control.getClientArea();
        gc.setBackground(painter.colour(BACKDROP));
        gc.fillRectangle(area);
        Scene scene = source == null ? null : source.scene();
        if (scene == null || area.width < 4 || area.height < 4) {
            return;
        }
        if (cache == null || cachedScene != scene || !area.equals(cachedArea)) {
            render(scene, area);
        }
        gc.drawImage(cache, 0, 0);
        Rect v = source.visibleScene();
        int x = (int) Math.round(v.x() * scale);
        int y = (int) Math.round(v.y() * scale);
        int w = (int) Math.round(v.width() * scale);
        int h = (int) Math.round(v.height() * scale);
        gc.setAlpha(40);
        gc.setBackground(painter.colour(FRAME));
        gc.fillRectangle(x, y, w, h);
        gc.setAlpha(255);
        gc.setForeground(painter.colour(FRAME));
        gc.setLineWidth(2);
        gc.drawRectangle(x, y, Math.max(1, w - 1), Math.max(1, h - 1));
    }

    private void render(Scene scene, Rectangle area) {
        disposeCache();
        scale = Math.min(area.width / Math.max(1, scene.width()), area.height / Math.max(1, scene.height()));
        cache = new Image(control.getDisplay(), area.width, area.height);
        GC gc = new GC(cache);
        try {
            gc.setBackground(painter.colour(BACKDROP));
            gc.fillRectangle(0, 0, area.width, area.height);
            painter.begin(gc, scale, 0, 0, new Rectangle(0, 0, area.width, area.height));
            SceneRenderer.render(scene, painter);
            painter.resetClip();
        } finally {
            gc.dispose();
        }
        cachedScene = scene;
        cachedArea = area;
    }

    private void scrollTo(Event e) {
        if (source == null || source.scene() == null || scale <= 0) {
            return;
        }
        Rectangle view = source.control().getClientArea();
        double z = source.zoom();
        source.scrollTo(e.x / scale * z - view.width / 2.0, e.y / scale * z - view.height / 2.0);
    }

    private void disposeCache() {
        if (cache != null) {
            cache.dispose();
            cache = null;
        }
        cachedScene = null;
    }
}
