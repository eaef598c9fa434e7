package dev.lightwork.diagram.description;

import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.EdgeStyle;
import dev.lightwork.diagram.scene.NodeStyle;
import dev.lightwork.diagram.scene.Rgb;

/**
 * The shared visual vocabulary. Verdict colours are the usual traffic light, chosen with enough contrast for
 * black text and distinguishable by border weight too (failing nodes get a heavy border) for colour-blind readers.
 */
public final class Palette {

    public static final Rgb INK = new Rgb(0x20, 0x24, 0x2a);
    public static final Rgb GREY = new Rgb(0x6b, 0x72, 0x80);
    public static final Rgb PASS_FILL = new Rgb(0xd3, 0xf0, 0xd6);
    public static final Rgb PASS_BORDER = new Rgb(0x2e, 0x7d, 0x32);
    public static final Rgb WARN_FILL = new Rgb(0xff, 0xe3, 0xa6);
    public static final Rgb WARN_BORDER = new Rgb(0xb2, 0x6a, 0x00);
    public static final Rgb FAIL_FILL = new Rgb(0xf8, 0xc4, 0xc4);
    public static final Rgb FAIL_BORDER = new Rgb(0xc6, 0x28, 0x28);

    public static final DiagramFont BODY = DiagramFont.sans(11, false);
    public static final DiagramFont HEADING = DiagramFont.sans(12, true);
    public static final DiagramFont SMALL = DiagramFont.sans(10, false);

    public static final NodeStyle NEUTRAL = new NodeStyle(new Rgb(0xf4, 0xf6, 0xf8), new Rgb(0x90, 0x99, 0xa6), INK, 1, false, true, BODY);
    public static final NodeStyle CONTAINER = new NodeStyle(new Rgb(0xfb, 0xfc, 0xfd), new Rgb(0x55, 0x60, 0x70), INK, 1.5, false, false, HEADING);
    public static final NodeStyle ACCENT = new NodeStyle(new Rgb(0xdc, 0xe8, 0xf7), new Rgb(0x3a, 0x6e, 0xa5), INK, 1, false, true, BODY);
    public static final NodeStyle PASS = new NodeStyle(PASS_FILL, PASS_BORDER, INK, 1.5, false, true, BODY);
    public static final NodeStyle WARN = new NodeStyle(WARN_FILL, WARN_BORDER, INK, 1.5, false, true, BODY);
    public static final NodeStyle FAIL = new NodeStyle(FAIL_FILL, FAIL_BORDER, INK, 3, false, true, BODY);
    /** Fixed-temperature boundary of a thermal network: dashed, not a component. */
    public static final NodeStyle BOUNDARY = new NodeStyle(new Rgb(0xe6, 0xe9, 0xee), new Rgb(0x44, 0x4c, 0x58), INK, 1.5, true, false, BODY);

    public static final EdgeStyle EDGE = new EdgeStyle(new Rgb(0x4a, 0x55, 0x63), 1.2, false, true, INK, SMALL);
    public static final EdgeStyle OPTICAL = new EdgeStyle(new Rgb(0x1f, 0x5f, 0xa8), 1.6, false, true, INK, SMALL);
    public static final EdgeStyle HEAT = new EdgeStyle(new Rgb(0xb2, 0x4a, 0x00), 1.4, false, true, INK, SMALL);

    private Palette() {
    }

    /** The same verdict colours applied to a container (keeps the container's heading font and square corners). */
    public static NodeStyle asContainer(NodeStyle verdict) {
        return new NodeStyle(verdict.fill(), verdict.border(), verdict.text(), verdict.borderWidth(), verdict.dashed(), false, HEADING);
    }
}
