package dev.lightwork.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.layout.TextLine;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneLabel;
import dev.lightwork.diagram.scene.SceneNode;

/** Golden-structure checks of every diagram kind on all five reference designs: scene, SVG and PNG. */
class ExampleDiagramsTest {

    private static final double EPS = 0.6;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.lightwork.diagram.tests.Examples#templatesAndKinds")
    void sceneBoxesDoNotOverlapAndNestProperly(String template, DiagramKind kind) {
        Scene scene = Diagrams.scene(kind, Examples.analysis(template), DiagramOptions.DEFAULT);
        List<SceneNode> nodes = scene.nodes();
        assertFalse(nodes.isEmpty());
        for (SceneNode n : nodes) {
            assertTrue(n.bounds().width() > 0 && n.bounds().height() > 0, n + " has no size");
            if (n.parent() != null) {
                assertTrue(n.parent().bounds().encloses(n.bounds()), n + " lies outside its container " + n.parent());
            }
            assertTrue(new Rect(0, 0, scene.width(), scene.height()).encloses(n.bounds()), n + " outside the picture");
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                SceneNode a = nodes.get(i);
                SceneNode b = nodes.get(j);
                if (!a.isAncestorOf(b) && !b.isAncestorOf(a)) {
                    assertFalse(a.bounds().overlaps(b.bounds()), a + " overlaps " + b);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.lightwork.diagram.tests.Examples#templatesAndKinds")
    void boxesFitTheirMeasuredText(String template, DiagramKind kind) {
        Scene scene = Diagrams.scene(kind, Examples.analysis(template), DiagramOptions.DEFAULT);
        Graphics2DPainter.Java2DTextMetrics metrics = new Graphics2DPainter.Java2DTextMetrics();
        for (SceneNode n : scene.nodes()) {
            double textHeight = 0;
            for (TextLine line : TextLine.of(n)) {
                assertTrue(metrics.width(line.text(), line.font()) + 2 * TextLine.PAD_X <= n.bounds().width() + EPS,
                        "'" + line.text() + "' wider than " + n);
                textHeight += metrics.lineHeight(line.font());
            }
            assertTrue(textHeight + 2 * TextLine.PAD_Y <= n.bounds().height() + EPS, "text taller than " + n);
        }
        for (SceneEdge e : scene.edges()) {
            for (SceneLabel l : e.labels()) {
                assertTrue(metrics.width(l.text(), e.style().font()) <= l.bounds().width() + EPS, "label '" + l.text() + "' wider than its box");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.lightwork.diagram.tests.Examples#templatesAndKinds")
    void edgesConnectExistingNodesAtTheirBorders(String template, DiagramKind kind) {
        Scene scene = Diagrams.scene(kind, Examples.analysis(template), DiagramOptions.DEFAULT);
        Set<SceneNode> nodes = new HashSet<>(scene.nodes());
        for (SceneEdge e : scene.edges()) {
            assertTrue(nodes.contains(e.source()) && nodes.contains(e.targetNode()), e + " ends outside the scene");
            assertTrue(e.route().size() >= 2, e + " has no route");
            Rect from = e.sourcePort() != null ? e.sourcePort().bounds() : e.source().bounds();
            Rect to = e.targetPort() != null ? e.targetPort().bounds() : e.targetNode().bounds();
            Point start = e.route().get(0);
            Point end = e.route().get(e.route().size() - 1);
            assertTrue(from.grow(1).contains(start), e + " starts at " + start + ", not at its source " + from);
            assertTrue(to.grow(1).contains(end), e + " ends at " + end + ", not at its target " + to);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.lightwork.diagram.tests.Examples#templatesAndKinds")
    void svgHasEveryNodeWithItsBoxAndLabel(String template, DiagramKind kind) throws Exception {
        Scene scene = Diagrams.scene(kind, Examples.analysis(template), DiagramOptions.DEFAULT);
        SvgDocument svg = new SvgDocument(DiagramImages.svg(scene));
        assertEquals(scene.width(), svg.width(), EPS);
        Map<String, Rect> boxes = new HashMap<>();
        for (SceneNode n : scene.nodes()) {
            Element g = svg.group(n.id());
            assertNotNull(g, "no SVG group for " + n);
            assertEquals(n.isContainer() ? "container" : "node", g.getAttribute("class"));
            Rect box = SvgDocument.box(g);
            assertEquals(n.bounds().x(), box.x(), EPS, n + " x");
            assertEquals(n.bounds().y(), box.y(), EPS, n + " y");
            assertEquals(n.bounds().width(), box.width(), EPS, n + " width");
            assertEquals(n.bounds().height(), box.height(), EPS, n + " height");
            assertEquals(n.label(), SvgDocument.texts(g), n + " label");
            boxes.put(n.id(), box);
        }
        List<Element> leaves = svg.groups("node");
        assertEquals(scene.nodes().stream().filter(n -> !n.isContainer()).count(), leaves.size());
        // leaves never contain one another, so in the SVG alone no two may overlap
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                Rect a = SvgDocument.box(leaves.get(i)).grow(-EPS);
                Rect b = SvgDocument.box(leaves.get(j)).grow(-EPS);
                assertFalse(a.overlaps(b), leaves.get(i).getAttribute("id") + " overlaps " + leaves.get(j).getAttribute("id") + " in the SVG");
            }
        }
        assertEquals(scene.edges().size(), svg.groups("edge").size());
        for (SceneEdge e : scene.edges()) {
            assertEquals(e.labels().stream().map(SceneLabel::text).toList(), SvgDocument.texts(svg.group(e.id())));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.lightwork.diagram.tests.Examples#templatesAndKinds")
    void pngDecodesAtTheScaledSizeAndShowsTheDiagram(String template, DiagramKind kind) throws Exception {
        Scene scene = Diagrams.scene(kind, Examples.analysis(template), DiagramOptions.DEFAULT);
        double scale = 1.5;
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(DiagramImages.png(scene, scale)));
        assertNotNull(img, "PNG does not decode");
        assertEquals((int) Math.ceil(scene.width() * scale), img.getWidth());
        assertEquals((int) Math.ceil(scene.height() * scale), img.getHeight());
        // every node's fill colour shows at the centre of its box (nothing painted over it, not blank)
        for (SceneNode n : scene.nodes()) {
            if (n.isContainer()) {
                continue;
            }
            Rect b = n.bounds();
            // inside the corner radius and the border, above the (vertically centred) text
            int rgb = img.getRGB((int) ((b.x() + 5) * scale), (int) ((b.y() + 3) * scale)) & 0xffffff;
            int expected = (n.style().fill().red() << 16) | (n.style().fill().green() << 8) | n.style().fill().blue();
            assertEquals(Integer.toHexString(expected), Integer.toHexString(rgb), n + " fill in the PNG");
        }
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xff) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 200, "hardly any ink (text, lines) in the PNG: " + dark);
    }
}
