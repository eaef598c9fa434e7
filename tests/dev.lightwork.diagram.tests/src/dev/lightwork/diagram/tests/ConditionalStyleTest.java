package dev.lightwork.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.transceiver.LaneRow;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

/** Conditional styles follow the analysis: failing lanes red, marginal amber, hot thermal nodes red. */
class ConditionalStyleTest {

    @Test
    void weakLaserTurnsItsLaneRedAndOnlyThatLane() throws Exception {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane weak = d.getLanes().get(2);
        weak.getLaser().setOutputPowerDbm(-10.0);
        DesignAnalysis a = Examples.analyze(d);
        assertTrue(a.linkBudget(weak).marginDb() < 0, "a -10 dBm EML cannot close a DR4 link");
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT);
        for (Lane lane : d.getLanes()) {
            SceneNode row = row(scene, lane);
            Rgb expected = lane == weak ? Palette.FAIL_FILL : Palette.PASS_FILL;
            assertEquals(expected, row.style().fill(), lane.getId());
        }
        SvgDocument svg = new SvgDocument(DiagramImages.svg(scene));
        assertEquals("248,196,196", SvgDocument.fill(svg.group(row(scene, weak).id())));
        assertEquals("211,240,214", SvgDocument.fill(svg.group(row(scene, d.getLanes().get(0)).id())));
    }

    @Test
    void failingLaneLeavesItsCpoGroupAndStaysVisible() throws Exception {
        TransceiverDesign d = ReferenceDesigns.cpo51200G();
        Lane broken = d.getLanes().get(37);
        broken.getModulator().setInsertionLossDb(40.0);
        DesignAnalysis a = Examples.analyze(d);
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT);
        SceneNode row = row(scene, broken);
        assertTrue(row.element() instanceof LaneRow.Single, "a failing lane is never hidden in a group");
        assertEquals(Palette.FAIL_FILL, row.style().fill());
        SceneNode group = row(scene, d.getLanes().get(36));
        assertEquals("Lanes 32-36, 38-47 (15x)", group.label().get(0));
        assertEquals(33, scene.nodes().stream().filter(n -> n.element() instanceof LaneRow).count());
    }

    @Test
    void marginWithinTheHeadroomIsAmberAndBelowTheRequirementRed() {
        TransceiverDesign d = ReferenceDesigns.dr8800G();
        double worst = Examples.analyze(d).worstLane().orElseThrow().marginDb();
        d.setRequiredMarginDb(worst - 0.5);
        Scene amber = Diagrams.scene(DiagramKind.ARCHITECTURE, Examples.analyze(d), DiagramOptions.DEFAULT);
        d.getLanes().forEach(l -> assertEquals(Palette.WARN_FILL, row(amber, l).style().fill(), l.getId()));
        d.setRequiredMarginDb(worst + 0.5);
        Scene red = Diagrams.scene(DiagramKind.ARCHITECTURE, Examples.analyze(d), DiagramOptions.DEFAULT);
        assertEquals(Palette.FAIL_FILL, row(red, d.getLanes().get(0)).style().fill());
    }

    @Test
    void thermalNodeOverItsLimitIsRedWithTheSolvedTemperature() throws Exception {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        ThermalNode tosa = node(d, "tj-tosa");
        double heatW = Examples.analyze(d).thermal().heatW().get("tj-tosa");
        // one path to the 70 C case: T = 70 + Q R; aim 7.5 K over the 85 C limit
        double r = (85.0 + 7.5 - 70.0) / heatW;
        path(d, tosa).setResistanceKPerW(r);
        DesignAnalysis a = Examples.analyze(d);
        Scene scene = Diagrams.scene(DiagramKind.THERMAL, a, DiagramOptions.DEFAULT);
        SceneNode hot = scene.nodesFor(tosa).get(0);
        assertEquals(Palette.FAIL_FILL, hot.style().fill());
        assertEquals(String.format(Locale.ROOT, "%.1f °C (limit 85.0 °C)", 70.0 + heatW * r), hot.label().get(1));
        SceneNode caseNode = scene.nodesFor(node(d, "case")).get(0);
        assertEquals(Palette.BOUNDARY, caseNode.style());
        assertTrue(caseNode.style().dashed());
        SvgDocument svg = new SvgDocument(DiagramImages.svg(scene));
        assertEquals("248,196,196", SvgDocument.fill(svg.group(hot.id())));

        path(d, tosa).setResistanceKPerW((85.0 - 2.0 - 70.0) / heatW);
        Scene warm = Diagrams.scene(DiagramKind.THERMAL, Examples.analyze(d), DiagramOptions.DEFAULT);
        assertEquals(Palette.WARN_FILL, warm.nodesFor(tosa).get(0).style().fill(), "2 K below the limit is within the 5 K band");
    }

    @Test
    void thermalPathsCarryResistanceAndTheHeatTheyConduct() {
        DesignAnalysis a = Examples.analysis("800g-dr8-osfp");
        Scene scene = Diagrams.scene(DiagramKind.THERMAL, a, DiagramOptions.DEFAULT);
        assertEquals(a.design().getThermalNetwork().getPaths().size(), scene.edges().size());
        for (SceneEdge e : scene.edges()) {
            ThermalPath p = (ThermalPath) e.element();
            double q = (a.thermal().temperatureC().get(p.getFrom().getId()) - a.thermal().temperatureC().get(p.getTo().getId())) / p.getResistanceKPerW();
            assertEquals(List.of(String.format(Locale.ROOT, "%.2f K/W", p.getResistanceKPerW()), String.format(Locale.ROOT, "%.2f W", q)),
                    e.labels().stream().map(l -> l.text()).toList());
            // every node on a single path to the case carries its own dissipation down that path
            assertEquals(a.thermal().heatW().get(p.getFrom().getId()), q, 1e-6);
        }
    }

    @Test
    void linkDiagramShowsTheChosenLaneAndItsBudgetTerms() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane weak = d.getLanes().get(1);
        weak.getLaser().setOutputPowerDbm(-10.0);
        DesignAnalysis a = Examples.analyze(d);
        Scene worst = Diagrams.scene(DiagramKind.LINK, a, DiagramOptions.DEFAULT);
        assertTrue(worst.title().contains("Lane 1"), "the worst lane by default: " + worst.title());
        LinkBudget b = a.linkBudget(weak);
        List<String> labels = worst.edges().stream().flatMap(e -> e.labels().stream()).map(l -> l.text()).toList();
        assertTrue(labels.contains(String.format(Locale.ROOT, "Tx OMA %.2f dBm (avg %.2f dBm) at TP2", b.txOmaDbm(), b.averageLaunchDbm())), labels.toString());
        assertTrue(labels.contains(String.format(Locale.ROOT, "Rx OMA %.2f dBm at TP3 (required %.2f dBm)", b.rxOmaDbm(), b.marginReferenceDbm())), labels.toString());
        assertTrue(labels.contains(String.format(Locale.ROOT, "%.2f dB channel", -b.channelInsertionLossDb())), labels.toString());
        SceneNode receiver = worst.nodes().get(worst.nodes().size() - 1);
        assertEquals(Palette.FAIL_FILL, receiver.style().fill());
        assertEquals(weak, receiver.target());

        Scene byIndex = Diagrams.scene(DiagramKind.LINK, a, DiagramOptions.DEFAULT.withLane("3"));
        assertTrue(byIndex.title().contains("Lane 3"));
        assertNotEquals(Palette.FAIL_FILL, byIndex.nodes().get(byIndex.nodes().size() - 1).style().fill());
        Scene byId = Diagrams.scene(DiagramKind.LINK, a, DiagramOptions.DEFAULT.withLane("lane0"));
        assertTrue(byId.title().contains("Lane 0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Diagrams.scene(DiagramKind.LINK, a, DiagramOptions.DEFAULT.withLane("lane99")));
        assertTrue(e.getMessage().contains("lane99") && e.getMessage().contains(d.getId()), e.getMessage());
    }

    @Test
    void badRequestsAreClearErrors() {
        DesignAnalysis a = Examples.analysis("400g-dr4-qsfpdd");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Diagrams.png(DiagramKind.THERMAL, a, 0)).getMessage().contains("scale"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiagramKind.parse("wiring")).getMessage().contains("wiring"));
        assertThrows(IllegalArgumentException.class, () -> DiagramOptions.DEFAULT.withGroupThreshold(0));
        assertFalse(DiagramKind.parse("Thermal") != DiagramKind.THERMAL);
    }

    private static SceneNode row(Scene scene, Lane lane) {
        return scene.nodes().stream().filter(n -> n.element() instanceof LaneRow r && r.lanes().stream().anyMatch(s -> s.lane() == lane))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + lane.getId()));
    }

    private static ThermalNode node(TransceiverDesign d, String id) {
        return d.getThermalNetwork().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
    }

    private static ThermalPath path(TransceiverDesign d, ThermalNode from) {
        return d.getThermalNetwork().getPaths().stream().filter(p -> p.getFrom() == from).findFirst().orElseThrow();
    }
}
