package dev.lightwork.diagram.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.lightwork.diagram.scene.Rect;

/**
 * An SVG read back with the JDK's XML parser, independent of the code that wrote it: the groups the renderer
 * emits per node and edge, the box of a node's first shape (a rect, or the bounding box of a rounded-rect path)
 * with its fill colour, and the text of a group.
 */
final class SvgDocument {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");
    private static final Pattern FILL = Pattern.compile("fill:\\s*rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

    final Document doc;

    SvgDocument(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    double width() {
        return Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
    }

    /** Groups with class {@code kind} ("node", "container", "edge"). */
    List<Element> groups(String kind) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (kind.equals(g.getAttribute("class"))) {
                out.add(g);
            }
        }
        return out;
    }

    Element group(String id) {
        NodeList all = doc.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        return null;
    }

    /** The first shape of a node group: its box. */
    static Rect box(Element group) {
        Element shape = firstShape(group);
        if (shape.getTagName().equals("rect")) {
            return new Rect(num(shape, "x"), num(shape, "y"), num(shape, "width"), num(shape, "height"));
        }
        Matcher m = NUMBER.matcher(shape.getAttribute("d"));
        List<Double> v = new ArrayList<>();
        while (m.find()) {
            v.add(Double.parseDouble(m.group()));
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < v.size(); i += 2) {
            minX = Math.min(minX, v.get(i));
            maxX = Math.max(maxX, v.get(i));
            minY = Math.min(minY, v.get(i + 1));
            maxY = Math.max(maxY, v.get(i + 1));
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** Fill colour of a node group's first shape, as "r,g,b". */
    static String fill(Element group) {
        Element shape = firstShape(group);
        String style = shape.getAttribute("style") + ";" + ((Element) shape.getParentNode()).getAttribute("style");
        Matcher m = FILL.matcher(style);
        if (!m.find()) {
            throw new AssertionError("no fill on " + group.getAttribute("id"));
        }
        return m.group(1) + "," + m.group(2) + "," + m.group(3);
    }

    /** Text lines directly in this group (not in nested node groups). */
    static List<String> texts(Element group) {
        List<String> out = new ArrayList<>();
        collectTexts(group, out, true);
        return out;
    }

    private static void collectTexts(Element e, List<String> out, boolean top) {
        if (!top && e.getTagName().equals("g") && !e.getAttribute("class").isEmpty()) {
            return;
        }
        if (e.getTagName().equals("text")) {
            out.add(e.getTextContent());
            return;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                collectTexts(ce, out, false);
            }
        }
    }

    private static Element firstShape(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                if (ce.getTagName().equals("rect") || ce.getTagName().equals("path")) {
                    return ce;
                }
                if (ce.getTagName().equals("g") && ce.getAttribute("class").isEmpty()) {
                    Element inner = firstShape(ce);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        }
        return null;
    }

    private static double num(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }
}
