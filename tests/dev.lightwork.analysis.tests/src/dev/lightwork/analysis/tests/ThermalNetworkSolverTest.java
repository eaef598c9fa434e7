package dev.lightwork.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Component;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

class ThermalNetworkSolverTest {

    private final ThermalNetworkSolver solver = new ThermalNetworkSolver();

    @Test
    void dr4ByHand() {
        ThermalSolution s = solver.solve(ReferenceDesigns.dr4400G());
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertEquals(70.0, s.temperatureC().get("case"), 1e-9);
        assertEquals(70 + 4.5 * 2.5, s.temperatureC().get("tj-dsp"), 1e-9);          // DSP 4.5 W x 2.5 K/W
        assertEquals(70 + 4 * (0.25 + 0.25) * 6.0, s.temperatureC().get("tj-tosa"), 1e-9); // 4 drivers + 4 EMLs
        assertEquals(70 + 4 * 0.15 * 10.0, s.temperatureC().get("tj-rosa"), 1e-9);
        double dcdcLoss = 7.25 / 0.9 - 7.25;                                           // conversion loss heats the board
        assertEquals(70 + (0.15 + dcdcLoss) * 10.0, s.temperatureC().get("board"), 1e-9);
        assertEquals(85.0, s.limitC().get("tj-tosa"), 1e-9, "EML junction limit is the lowest on the TOSA");
    }

    /** Series chain j -(R1)- m -(R2)- case: T_j = T_case + P (R1 + R2); parallel paths add conductances. */
    @Test
    void seriesAndParallelByHand() {
        TransceiverDesign d = chain(3.0, 2.0, 4.0);
        ThermalSolution s = solver.solve(d);
        assertEquals(25 + 3.0 * (2.0 + 4.0), s.temperatureC().get("j"), 1e-9);
        assertEquals(25 + 3.0 * 4.0, s.temperatureC().get("m"), 1e-9);
        ThermalPath parallel = LightworkFactory.eINSTANCE.createThermalPath();
        parallel.setFrom(node(d, "j"));
        parallel.setTo(node(d, "case"));
        parallel.setResistanceKPerW(6.0);
        d.getThermalNetwork().getPaths().add(parallel);
        // j sees 6 K/W in parallel with 6 K/W: 3 K/W
        assertEquals(25 + 3.0 * 3.0, solver.solve(d).temperatureC().get("j"), 1e-9);
    }

    @Test
    void moreHeatNeverLowersATemperature() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            double p = random.nextDouble() * 10;
            TransceiverDesign d = chain(p, 0.1 + random.nextDouble() * 10, 0.1 + random.nextDouble() * 10);
            double before = solver.solve(d).temperatureC().get("j");
            d.getComponents().get(0).setPowerMw((p + random.nextDouble()) * 1000);
            assertTrue(solver.solve(d).temperatureC().get("j") >= before);
        }
    }

    @Test
    void disconnectedNodeAndBadResistanceAreProblems() {
        TransceiverDesign d = chain(1, 1, 1);
        ThermalNode island = LightworkFactory.eINSTANCE.createThermalNode();
        island.setId("island");
        d.getThermalNetwork().getNodes().add(island);
        ThermalSolution s = solver.solve(d);
        assertTrue(s.problems().stream().anyMatch(p -> p.contains("thermal node island has no path to a boundary")), s.problems().toString());

        TransceiverDesign bad = chain(1, 1, 1);
        bad.getThermalNetwork().getPaths().get(0).setResistanceKPerW(-2.0);
        ThermalSolution s2 = solver.solve(bad);
        assertTrue(s2.problems().contains("thermal path j -> m: resistanceKPerW = -2.0 must be between 1.0E-6 and 1000000.0 K/W (and both ends set)"),
                s2.problems().toString());
    }

    @Test
    void everyExampleStaysWithinItsLimits() {
        for (var t : ReferenceDesigns.TEMPLATES.entrySet()) {
            ThermalSolution s = solver.solve(t.getValue().get());
            assertTrue(s.problems().isEmpty(), t.getKey() + s.problems());
            assertTrue(s.overLimit().isEmpty(), t.getKey() + " over limit: " + s.overLimit() + " " + s.temperatureC());
        }
    }

    private static TransceiverDesign chain(double watts, double r1, double r2) {
        LightworkFactory f = LightworkFactory.eINSTANCE;
        TransceiverDesign d = f.createTransceiverDesign();
        d.setId("chain");
        d.setThermalNetwork(f.createThermalNetwork());
        ThermalNode j = add(d, "j", false, null);
        ThermalNode m = add(d, "m", false, null);
        ThermalNode c = add(d, "case", true, 25.0);
        path(d, j, m, r1);
        path(d, m, c, r2);
        Component part = f.createDriver();
        part.setId("heater");
        part.setPowerMw(watts * 1000);
        part.setThermalNode(j);
        d.getComponents().add(part);
        return d;
    }

    private static ThermalNode add(TransceiverDesign d, String id, boolean boundary, Double t) {
        ThermalNode n = LightworkFactory.eINSTANCE.createThermalNode();
        n.setId(id);
        n.setBoundary(boundary);
        n.setTemperatureC(t);
        d.getThermalNetwork().getNodes().add(n);
        return n;
    }

    private static void path(TransceiverDesign d, ThermalNode a, ThermalNode b, double r) {
        ThermalPath p = LightworkFactory.eINSTANCE.createThermalPath();
        p.setFrom(a);
        p.setTo(b);
        p.setResistanceKPerW(r);
        d.getThermalNetwork().getPaths().add(p);
    }

    private static ThermalNode node(TransceiverDesign d, String id) {
        return d.getThermalNetwork().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
    }
}
