package dev.lightwork.diagram.paint;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** The Java2D painter on JFreeSVG, adding {@code <g id class>} groups so SVG consumers can find each element. */
public final class SvgPainter extends Graphics2DPainter {

    public SvgPainter(SVGGraphics2D svg) {
        super(svg);
    }

    @Override
    public void beginGroup(String id, String kind) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", id);
        attributes.put("class", kind);
        graphics().setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }

    @Override
    public void endGroup() {
        graphics().setRenderingHint(SVGHints.KEY_END_GROUP, "");
    }
}
