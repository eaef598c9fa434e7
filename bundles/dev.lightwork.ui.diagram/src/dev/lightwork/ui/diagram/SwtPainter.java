package dev.lightwork.ui.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Region;

import dev.lightwork.diagram.paint.ArrowHead;
import dev.lightwork.diagram.paint.DiagramPainter;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;

/**
 * {@link DiagramPainter} on an SWT {@link GC}: the editor paints the same scene through the same
 * {@code SceneRenderer} as the SVG/PNG export. Scene units are mapped to pixels here ({@code px = unit * zoom -
 * origin}) by scaling coordinates, so line widths and fonts stay crisp at every zoom. Primitives outside the damaged
 * rectangle are skipped (painting cost follows what is visible, not the scene size) and text is left out below a
 * legible size.
 *
 * <p>Text is measured with the same Java2D metrics the ELK layout sized the boxes with, so the renderer centres
 * labels in the boxes the layout made; SWT only draws. Colours and fonts are created once per painter and released
 * by {@link #dispose()}.
 */
public final class SwtPainter implements DiagramPainter {

    /** Below this pixel height text is unreadable: it is drawn as a grey bar ("greeked"), which costs far less. */
    private static final double MIN_TEXT_PX = 6;
    private static final Rgb GREEKED = new Rgb(0xb8, 0xbe, 0xc8);
    private static final double ANTIALIAS_FROM_ZOOM = 0.5;
    /** Arrow heads shorter than this many pixels are not drawn (they would be a dot). */
    private static final double MIN_ARROW_PX = 3;
    private static final int[] DASH = {5, 3};

    private record FontKey(String family, int tenthsOfPoint, boolean bold) {
    }

    private final Device device;
    private final Map<Rgb, Color> colours = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final Map<Font, Integer> ascents = new HashMap<>();
    private final Graphics2DPainter.Java2DTextMetrics metrics = new Graphics2DPainter.Java2DTextMetrics();
    private final Map<DiagramFont, Map<String, Double>> widths = new HashMap<>();
    private final Map<DiagramFont, double[]> lineMetrics = new HashMap<>();
    private GC gc;
    /**
     * Corner arcs below this many pixels are invisible but cost a path per box in cairo: at overview zooms boxes are
     * drawn square (a 2,000-node fit frame went from 20 ms).
     */
    private static final int MIN_ARC_PX = 4;

    private double zoom = 1;
    private double originX;
    private double originY;
    private Rectangle damage = new Rectangle(0, 0, Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2);
    /** The exact damaged region (an L-shaped strip after a diagonal pan), when the GC was clipped to one. */
    private Region region;
    private Region clipped;

    public SwtPainter(Device device) {
        this.device = device;
    }

    /**
     * Starts a frame on {@code target}: scene point (x, y) lands on pixel (x * zoom - originX, y * zoom - originY);
     * only {@code damaged} (pixels) needs painting.
     */
    public void begin(GC target, double newZoom, double newOriginX, double newOriginY, Rectangle damaged) {
        this.gc = target;
        this.zoom = newZoom;
        this.originX = newOriginX;
        this.originY = newOriginY;
        this.damage = damaged;
        // the GC arrives clipped to the exact damaged region; primitives are culled against it, not only its bounds
        if (region != null) {
            region.dispose();
        }
        region = new Region(device);
        gc.getClipping(region);
        if (region.isEmpty()) {
            region.add(damaged);
        }
        // an overview of thousands of boxes a few pixels wide gains nothing from antialiasing but pays for it
        gc.setAntialias(zoom >= ANTIALIAS_FROM_ZOOM ? SWT.ON : SWT.OFF);
        gc.setTextAntialias(SWT.ON);
    }

    public double zoom() {
        return zoom;
    }

    /** Pixel x of scene x. */
    public int px(double x) {
        return (int) Math.round(x * zoom - originX);
    }

    public int py(double y) {
        return (int) Math.round(y * zoom - originY);
    }

    /** The pixel rectangle of a scene box. */
    public Rectangle pixels(Rect r) {
        int x = px(r.x());
        int y = py(r.y());
        return new Rectangle(x, y, Math.max(1, px(r.maxX()) - x), Math.max(1, py(r.maxY()) - y));
    }

    @Override
    public void fillRect(Rect r, Rgb fill, double cornerRadius) {
        Rectangle p = pixels(r);
        if (!visible(p)) {
            return;
        }
        gc.setBackground(colour(fill));
        int arc = (int) Math.round(2 * cornerRadius * zoom);
        if (arc >= MIN_ARC_PX) {
            gc.fillRoundRectangle(p.x, p.y, p.width, p.height, arc, arc);
        } else {
            gc.fillRectangle(p);
        }
    }

    @Override
    public void drawRect(Rect r, Rgb stroke, double width, boolean dashed, double cornerRadius) {
        Rectangle p = pixels(r);
        int w = lineWidth(width);
        if (!visible(new Rectangle(p.x - w, p.y - w, p.width + 2 * w, p.height + 2 * w))) {
            return;
        }
        line(stroke, w, dashed);
        int arc = (int) Math.round(2 * cornerRadius * zoom);
        if (arc >= MIN_ARC_PX) {
            gc.drawRoundRectangle(p.x, p.y, p.width, p.height, arc, arc);
        } else {
            gc.drawRectangle(p);
        }
    }

    @Override
    public void polyline(List<Point> points, Rgb stroke, double width, boolean dashed, boolean arrow) {
        if (points.size() < 2 || !visible(points)) {
            return;
        }
        line(stroke, lineWidth(width), dashed);
        ArrowHead end = ArrowHead.of(points, arrow);
        int[] xy = new int[points.size() * 2];
        for (int i = 0; i < points.size() - 1; i++) {
            xy[2 * i] = px(points.get(i).x());
            xy[2 * i + 1] = py(points.get(i).y());
        }
        xy[xy.length - 2] = px(end.lineEnd().x());
        xy[xy.length - 1] = py(end.lineEnd().y());
        gc.drawPolyline(xy);
        if (arrow && ArrowHead.LENGTH * zoom >= MIN_ARROW_PX) {
            gc.setBackground(colour(stroke));
            gc.fillPolygon(new int[] {px(end.tip().x()), py(end.tip().y()), px(end.left().x()), py(end.left().y()),
                    px(end.right().x()), py(end.right().y())});
        }
    }

    @Override
    public void text(String text, double x, double baselineY, DiagramFont font, Rgb colour) {
        if (text.isEmpty()) {
            return;
        }
        double top = baselineY - ascent(font);
        Rectangle p = pixels(new Rect(x, top, width(text, font), lineHeight(font)));
        if (!visible(p)) {
            return;
        }
        if (font.size() * zoom < MIN_TEXT_PX) {
            if (p.height < 3) {
                return;
            }
            int h = Math.max(1, p.height / 2);
            gc.setBackground(colour(GREEKED));
            gc.fillRectangle(p.x, p.y + (p.height - h) / 2, p.width, h);
            return;
        }
        Font f = font(font);
        gc.setFont(f);
        gc.setForeground(colour(colour));
        gc.drawString(text, p.x, py(baselineY) - ascent(f), true);
    }

    @Override
    public void clip(Rect r) {
        disposeClip();
        clipped = new Region(device);
        clipped.add(pixels(r));
        clipped.intersect(region);
        gc.setClipping(clipped);
    }

    @Override
    public void resetClip() {
        gc.setClipping(region);
        disposeClip();
    }

    private void disposeClip() {
        if (clipped != null) {
            clipped.dispose();
            clipped = null;
        }
    }

    private boolean visible(Rectangle p) {
        return p.intersects(damage) && region.intersects(p);
    }

    @Override
    public double width(String text, DiagramFont font) {
        // scene texts repeat every frame: measure each once
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, t -> metrics.width(t, font));
    }

    @Override
    public double ascent(DiagramFont font) {
        return lineMetrics(font)[0];
    }

    @Override
    public double lineHeight(DiagramFont font) {
        return lineMetrics(font)[1];
    }

    /** Ascent and line height, asked for several times per node per frame: measured once per font. */
    private double[] lineMetrics(DiagramFont font) {
        return lineMetrics.computeIfAbsent(font, f -> new double[] {metrics.ascent(f), metrics.lineHeight(f)});
    }

    /** Releases every colour and font this painter made. */
    public void dispose() {
        colours.values().forEach(Color::dispose);
        colours.clear();
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        ascents.clear();
        disposeClip();
        if (region != null) {
            region.dispose();
            region = null;
        }
    }

    /** A colour owned by this painter (also used by the viewer's selection feedback). */
    public Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(device, c.red(), c.green(), c.blue()));
    }

    private Font font(DiagramFont font) {
        // scene units are pixels at zoom 1; SWT sizes fonts in points of the screen's DPI
        double points = font.size() * zoom * 72.0 / device.getDPI().y;
        int tenths = Math.max(1, (int) Math.round(points * 10));
        FontKey key = new FontKey(family(font.family()), tenths, font.bold());
        return fonts.computeIfAbsent(key, k -> {
            FontData data = new FontData(k.family(), 1, k.bold() ? SWT.BOLD : SWT.NORMAL);
            data.height = k.tenthsOfPoint() / 10f;
            return new Font(device, data);
        });
    }

    private int ascent(Font f) {
        return ascents.computeIfAbsent(f, k -> {
            Font old = gc.getFont();
            gc.setFont(k);
            int a = gc.getFontMetrics().getAscent();
            gc.setFont(old);
            return a;
        });
    }

    /** The generic Java family names the scene uses, as fontconfig/GTK know them. */
    private static String family(String generic) {
        return switch (generic) {
            case DiagramFont.SANS -> "Sans";
            case "Serif" -> "Serif";
            case "Monospaced" -> "Monospace";
            default -> generic;
        };
    }

    private int lineWidth(double width) {
        return Math.max(1, (int) Math.round(width * zoom));
    }

    private void line(Rgb stroke, int width, boolean dashed) {
        gc.setForeground(colour(stroke));
        gc.setLineWidth(width);
        if (dashed) {
            gc.setLineDash(DASH);
        } else {
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private boolean visible(List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        Rectangle box = pixels(new Rect(minX, minY, maxX - minX, maxY - minY).grow(ArrowHead.LENGTH));
        return visible(box);
    }
}
