package dev.lightwork.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.DiagramDescription;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.description.EdgeMapping;
import dev.lightwork.diagram.description.NodeMapping;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.description.PortMapping;
import dev.lightwork.diagram.description.SceneFactory;
import dev.lightwork.diagram.layout.ElkLayout;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.scene.Side;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.ThermalNode;

/**
 * The description API on its own: a custom diagram (thermal nodes as containers of their components, edges from
 * each lane's port into a component inside a container) laid out across container borders, then hit-tested.
 */
class DescriptionApiTest {

    private record LanePart(Lane lane, Component part) {
    }

    @Test
    void edgesIntoContainersAreRoutedBetweenTheRightBoxes() {
        DesignAnalysis a = Examples.analysis("400g-dr4-qsfpdd");
        NodeMapping<Component> part = NodeMapping.<Component>named("part").label((p, c) -> List.of(p.getId()))
                .styleWhen((p, c) -> p instanceof Laser, Palette.ACCENT);
        NodeMapping<ThermalNode> zone = NodeMapping.<ThermalNode>named("zone").label((n, c) -> List.of(n.getName())).style(Palette.CONTAINER)
                .children(part, (n, c) -> c.design().getComponents().stream().filter(p -> p.getThermalNode() == n).toList());
        NodeMapping<Lane> lane = NodeMapping.<Lane>named("lane").label((l, c) -> List.of(l.getName()))
                .ports(PortMapping.<LanePart>named("out").side(Side.EAST).key(lp -> lp.part().getId()),
                        (l, c) -> List.of(new LanePart(l, l.getLaser()), new LanePart(l, l.getPhotodetector())));
        EdgeMapping<LanePart> uses = EdgeMapping.<LanePart>named("uses").from(lp -> lp).to(LanePart::part);
        DiagramDescription d = DiagramDescription.named("zones").title(c -> "Zones")
                .nodes(lane, c -> c.design().getLanes())
                .nodes(zone, c -> c.design().getThermalNetwork().getNodes())
                .edges(uses, c -> c.design().getLanes().stream()
                        .flatMap(l -> List.of(new LanePart(l, l.getLaser()), new LanePart(l, l.getPhotodetector())).stream()).toList());

        Scene scene = SceneFactory.create(d, new DiagramContext(a, DiagramOptions.DEFAULT));
        new ElkLayout(new Graphics2DPainter.Java2DTextMetrics()).layout(scene, d);

        assertEquals(8, scene.edges().size());
        for (SceneEdge e : scene.edges()) {
            assertTrue(e.source().parent() == null && e.targetNode().parent() != null, "edge crosses into a container: " + e);
            Point start = e.route().get(0);
            Point end = e.route().get(e.route().size() - 1);
            assertTrue(e.sourcePort().bounds().grow(1).contains(start), e + " starts at " + start + " not at its port " + e.sourcePort().bounds());
            assertTrue(e.targetNode().bounds().grow(1).contains(end), e + " ends at " + end + " not at " + e.targetNode().bounds());
        }
        List<SceneNode> nodes = scene.nodes();
        for (SceneNode n : nodes) {
            if (n.parent() != null) {
                assertTrue(n.parent().bounds().encloses(n.bounds()), n + " outside its container");
            }
            for (SceneNode m : nodes) {
                if (n != m && !n.isAncestorOf(m) && !m.isAncestorOf(n)) {
                    assertFalse(n.bounds().overlaps(m.bounds()), n + " overlaps " + m);
                }
            }
        }
        Laser laser = a.design().getLanes().get(0).getLaser();
        SceneNode laserNode = scene.nodesFor(laser).get(0);
        assertEquals(Palette.ACCENT, laserNode.style(), "conditional style applies to lasers only");
        Rect b = laserNode.bounds();
        assertEquals(laserNode, scene.nodeAt(new Point(b.x() + b.width() / 2, b.y() + b.height() / 2)).orElseThrow(),
                "hit-testing finds the innermost node");
        assertEquals(laser, laserNode.target());
        SceneNode container = laserNode.parent();
        assertEquals(container, scene.nodeAt(new Point(container.bounds().x() + 2, container.bounds().y() + 2)).orElseThrow());
        assertTrue(scene.nodeAt(new Point(-5, -5)).isEmpty());
    }

    @Test
    void anEdgeToSomethingNotOnTheDiagramIsADescriptionErrorNamingIt() {
        DesignAnalysis a = Examples.analysis("400g-dr4-qsfpdd");
        NodeMapping<Lane> lane = NodeMapping.<Lane>named("lane").label((l, c) -> List.of(l.getId()));
        EdgeMapping<Lane> toLaser = EdgeMapping.<Lane>named("to-laser").from(l -> l).to(Lane::getLaser);
        DiagramDescription d = DiagramDescription.named("broken").nodes(lane, c -> c.design().getLanes())
                .edges(toLaser, c -> c.design().getLanes());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SceneFactory.create(d, new DiagramContext(a, DiagramOptions.DEFAULT)));
        assertTrue(e.getMessage().contains("to-laser") && e.getMessage().contains("target"), e.getMessage());
    }

    @Test
    void idsAreStableAcrossRenderings() {
        DesignAnalysis a = Examples.analysis("800g-lpo-osfp");
        List<String> first = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT).nodes().stream().map(SceneNode::id).toList();
        List<String> second = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT).nodes().stream().map(SceneNode::id).toList();
        assertEquals(first, second);
        assertEquals(first.size(), new java.util.HashSet<>(first).size(), "ids are unique");
    }
}
