package dev.lightwork.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.TransceiverDesign;

/** A design being drawn up (no lanes yet, a lane without parts) still renders; what cannot be drawn is said. */
class IncompleteDesignTest {

    @Test
    void emptyDesignRendersArchitectureAndThermalAndRefusesALinkClearly() throws Exception {
        TransceiverDesign d = LightworkFactory.eINSTANCE.createTransceiverDesign();
        d.setId("draft");
        d.setName("Draft");
        DesignAnalysis a = Examples.analyze(d);
        new SvgDocument(Diagrams.svg(DiagramKind.ARCHITECTURE, a));
        new SvgDocument(Diagrams.svg(DiagramKind.THERMAL, a));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Diagrams.svg(DiagramKind.LINK, a));
        assertTrue(e.getMessage().contains("draft") && e.getMessage().contains("no lanes"), e.getMessage());
    }

    @Test
    void laneWithoutPartsIsShownAsFailingWithItsProblem() throws Exception {
        TransceiverDesign d = LightworkFactory.eINSTANCE.createTransceiverDesign();
        d.setId("draft");
        Lane lane = LightworkFactory.eINSTANCE.createLane();
        lane.setId("lane0");
        lane.setName("Lane 0");
        lane.setIndex(0);
        d.getLanes().add(lane);
        DesignAnalysis a = Examples.analyze(d);
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT);
        SceneNode row = scene.nodesFor(lane).get(0);
        assertEquals(Palette.FAIL_FILL, row.style().fill());
        assertTrue(row.label().size() >= 2, "the lane's first problem is in its label: " + row.label());
        Scene link = Diagrams.scene(DiagramKind.LINK, a, DiagramOptions.DEFAULT);
        List<SceneNode> nodes = link.nodes();
        assertEquals(1, nodes.size(), "no parts: only the receiver verdict");
        assertEquals(Palette.FAIL_FILL, nodes.get(0).style().fill());
        new SvgDocument(Diagrams.svg(DiagramKind.LINK, a));
    }
}
