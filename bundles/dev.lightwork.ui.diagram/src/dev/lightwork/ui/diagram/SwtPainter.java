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
 * rectangle are skipped (painting cost follows what is visible, not the scene size). Below a legible size a node
 * shows one summary line at a fixed readable size instead of its label (other text is greeked).
 *
 * <p>Text is measured with the same Java2D metrics the ELK layout sized the boxes with, so the renderer centres
 * labels in the boxes the layout made; SWT draws each line on that span, in a smaller font where SWT's rendering
 * would be wider, so text never leaves its box. Colours and fonts are created once per painter and released
 * by {@link #dispose()}.
 */
public final class SwtPainter implements DiagramPainter {

    /** Below this pixel height text is unreadable: it is drawn as a grey bar ("greeked"), which costs far less. */
    private static final double MIN_TEXT_PX = 6;
    /** Pixel size of the one-line summary a node shows when its label is below {@link #MIN_TEXT_PX}. */
    private static final double SUMMARY_PX = 9;
    /** A shortened summary keeps at least this many characters, else the box is greeked. */
    private static final int MIN_SUMMARY_CHARS = 8;
    private static final int MIN_BAR_BOX_PX = 12;
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
    private final Map<Font, Integer> lineHeights = new HashMap<>();
    private final Map<Font, FontKey> keys = new HashMap<>();
    /** SWT widths of texts per font, and the font each text is drawn with so it fits its box. */
    private final Map<Font, Map<String, Integer>> extents = new HashMap<>();
    private final Map<Font, Map<String, Font>> fittedFonts = new HashMap<>();
    /** The summary line shown per text and room ("" = none fits); bounded like the other text caches. */
    private final Map<SummaryKey, String> shownSummaries = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SummaryKey, String> eldest) {
            return size() > 20_000;
        }
    };
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
        // boxes were sized with Java2D metrics; where SWT's rendering runs wider, a smaller font keeps it in its span
        // (drawn from the same left edge, so left-aligned titles stay aligned)
        Font f = fitted(text, font, p.width);
        gc.setFont(f);
        gc.setForeground(colour(colour));
        gc.drawString(text, p.x, py(baselineY) - ascent(f), true);
    }

    /**
     * The font SWT draws {@code text} with at this zoom: the scene's font scaled to pixels, or smaller when SWT's
     * rendering of it is wider than the {@code room} pixels the layout measured (text never runs out of its box).
     */
    private Font fitted(String text, DiagramFont font, int room) {
        Font f = font(font);
        Map<String, Font> perText = fittedFonts.computeIfAbsent(f, k -> new HashMap<>());
        Font known = perText.get(text);
        if (known != null) {
            return known;
        }
        Font chosen = f;
        int w = extent(text, f);
        FontKey key = keys.get(f);
        for (int tries = 0; w > room + 1 && tries < 4 && key.tenthsOfPoint() > 10; tries++) {
            int tenths = Math.max(10, (int) Math.floor(key.tenthsOfPoint() * (double) room / w) - 1);
            key = new FontKey(key.family(), tenths, key.bold());
            chosen = font(key);
            w = extent(text, chosen);
        }
        if (perText.size() > 20_000) {
            perText.clear(); // a long zooming session: measure again rather than grow without bound
        }
        perText.put(text, chosen);
        return chosen;
    }

    /** Pixel width of {@code text} as SWT draws it at the current zoom (what the UI tests compare with the box). */
    public int drawnWidth(String text, DiagramFont font) {
        int room = (int) Math.round(width(text, font) * zoom);
        return extent(text, fitted(text, font, room));
    }

    private int extent(String text, Font f) {
        return extents.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(text, t -> {
            Font old = gc.getFont();
            gc.setFont(f);
            int w = gc.textExtent(t, SWT.DRAW_TRANSPARENT).x;
            gc.setFont(old);
            return w;
        });
    }

    @Override
    public boolean legible(DiagramFont font) {
        return font.size() * zoom >= MIN_TEXT_PX;
    }

    /**
     * A node's one-line summary at a fixed legible size ({@link #SUMMARY_PX}), shortened with an ellipsis to the box;
     * boxes too small even for that get the grey bar that says "text here".
     */
    @Override
    public void summary(String text, Rect box, Rgb colour, Rgb fill) {
        Rectangle p = pixels(box);
        if (!visible(p)) {
            return;
        }
        Font f = summaryFont();
        String shown = fitsSummary(text, p, f) ? shownSummaries.computeIfAbsent(new SummaryKey(text, p.width - 4), k -> {
            String s = shownSummary(k.text(), f, k.room());
            return s == null ? "" : s;
        }) : "";
        if (shown.isEmpty()) {
            // a bar says "text here" on boxes big enough to show one; tinier boxes (a 2,000-node fit) stay plain and cheap
            if (p.height >= MIN_BAR_BOX_PX && p.width >= MIN_BAR_BOX_PX) {
                int h = Math.max(1, Math.min(p.height / 2, 3));
                gc.setBackground(colour(GREEKED));
                gc.fillRectangle(p.x + p.width / 6, p.y + (p.height - h) / 2, p.width * 2 / 3, h);
            }
            return;
        }
        gc.setFont(f);
        gc.setForeground(colour(colour));
        gc.drawString(shown, p.x + (p.width - extent(shown, f)) / 2, p.y + (p.height - lineHeight(f)) / 2, true);
    }

    /** The text {@link #summary} shows for {@code text} in {@code box} at the current zoom (maybe shortened), or null. */
    public String summaryShown(String text, Rect box) {
        Rectangle p = pixels(box);
        Font f = summaryFont();
        return fitsSummary(text, p, f) ? shownSummary(text, f, p.width - 4) : null;
    }

    private Font summaryFont() {
        return font(new FontKey("Sans", (int) Math.round(SUMMARY_PX * 720.0 / device.getDPI().y), true));
    }

    /** Whether a box of {@code p} pixels has room for a summary line at all. */
    private boolean fitsSummary(String text, Rectangle p, Font f) {
        int lineHeight = lineHeight(f);
        return !text.isEmpty() && p.width - 4 >= 3 * lineHeight && p.height >= lineHeight;
    }

    /** {@code text}, or a prefix with an ellipsis keeping enough to say something, in {@code room} pixels; else null. */
    private String shownSummary(String text, Font f, int room) {
        String shown = shortened(text, f, room);
        // "La…" says nothing: a grey bar costs less and says as much
        return shown == null || !shown.equals(text) && shown.length() - 1 < Math.min(MIN_SUMMARY_CHARS, text.length()) ? null : shown;
    }

    private record SummaryKey(String text, int room) {
    }

    /** {@code text}, or its longest prefix with an ellipsis, that fits {@code room} pixels; null when not even "X…" fits. */
    private String shortened(String text, Font f, int room) {
        if (extent(text, f) <= room) {
            return text;
        }
        int lo = 1;
        int hi = text.length() - 1;
        String best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String candidate = text.substring(0, mid).stripTrailing() + "…";
            if (extent(candidate, f) <= room) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private int lineHeight(Font f) {
        return lineHeights.computeIfAbsent(f, k -> {
            Font old = gc.getFont();
            gc.setFont(k);
            int h = gc.getFontMetrics().getHeight();
            gc.setFont(old);
            return h;
        });
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
        lineHeights.clear();
        keys.clear();
        extents.clear();
        fittedFonts.clear();
        shownSummaries.clear();
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
        return font(new FontKey(family(font.family()), tenths, font.bold()));
    }

    private Font font(FontKey key) {
        return fonts.computeIfAbsent(key, k -> {
            FontData data = new FontData(k.family(), 1, k.bold() ? SWT.BOLD : SWT.NORMAL);
            data.height = k.tenthsOfPoint() / 10f;
            Font f = new Font(device, data);
            keys.put(f, k);
            return f;
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
