package dev.lightwork.diagram.paint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import dev.lightwork.model.io.SafeText;

/** The Java2D painter on JFreeSVG, adding {@code <g id class>} groups so SVG consumers can find each element. */
public final class SvgPainter extends Graphics2DPainter {

    private final Set<String> ids = new HashSet<>();

    public SvgPainter(SVGGraphics2D svg) {
        super(svg);
    }

    @Override
    public void beginGroup(String id, String kind) {
        Map<String, String> attributes = new LinkedHashMap<>();
        // JFreeSVG 5 writes the id attribute unescaped (other attributes escaped) and refuses a repeated id: ids come
        // from the design (untrusted, not necessarily unique), so escape them here and number repeats.
        String safe = SafeText.xml(id);
        String unique = safe;
        for (int n = 2; !ids.add(unique); n++) {
            unique = safe + "-" + n;
        }
        attributes.put("id", unique);
        attributes.put("class", SafeText.xmlLegal(kind));
        graphics().setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }

    @Override
    public void endGroup() {
        graphics().setRenderingHint(SVGHints.KEY_END_GROUP, "");
    }
}
