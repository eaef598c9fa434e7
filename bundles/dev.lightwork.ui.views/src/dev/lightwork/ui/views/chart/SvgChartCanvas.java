package dev.lightwork.ui.views.chart;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

/**
 * Writes a chart as SVG 1.1 text. Text widths are estimated (average glyph width of a 12 px sans-serif font), so the
 * layout matches the screen closely but not to the pixel.
 */
public final class SvgChartCanvas implements ChartCanvas {

    private static final int FONT_PX = 12;
    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    public SvgChartCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fillRect(int x, int y, int w, int h, RGB colour) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", x, y, w, h, hex(colour)));
    }

    @Override
    public void line(int x1, int y1, int x2, int y2, RGB colour, boolean dashed) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n",
                x1, y1, x2, y2, hex(colour), dashed ? 2 : 1, dashed ? " stroke-dasharray=\"6,4\"" : ""));
    }

    @Override
    public void text(String text, int x, int y, Align align, RGB colour, boolean bold) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"%s\"%s>%s</text>%n", x,
                y + FONT_PX, anchor, hex(colour), bold ? " font-weight=\"bold\"" : "", escape(text)));
    }

    @Override
    public void dot(int cx, int cy, int radius, RGB colour, boolean hollow) {
        String paint = hollow ? "fill=\"none\" stroke=\"" + hex(colour) + "\" stroke-width=\"2\"" : "fill=\"" + hex(colour) + "\"";
        body.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" %s/>%n", cx, cy, radius, paint));
    }

    @Override
    public int textWidth(String text) {
        return (int) Math.ceil(text.length() * FONT_PX * 0.58);
    }

    @Override
    public int lineHeight() {
        return FONT_PX + 4;
    }

    /** The complete SVG document. */
    public String document() {
        return String.format(Locale.ROOT,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"%d\">%n",
                width, height, width, height, FONT_PX) + body + "</svg>\n";
    }

    private static String hex(RGB c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.red, c.green, c.blue);
    }

    /** Labels come from the design (lane ids): escaped and stripped of XML-illegal characters by the shared rule. */
    static String escape(String s) {
        return dev.lightwork.model.io.SafeText.xml(s == null ? "" : s);
    }

}
