package dev.lightwork.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;

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
        assertTrue(s.unknownNodes().get("island").contains("no path to a boundary"), s.unknownNodes().toString());
        assertTrue(s.isUnknown("island"));

        TransceiverDesign bad = chain(1, 1, 1);
        bad.getThermalNetwork().getPaths().get(0).setResistanceKPerW(-2.0);
        ThermalSolution s2 = solver.solve(bad);
        assertTrue(s2.problems().contains("thermal path j -> m: resistance = -2.0 K/W must be between 1.0E-6 and 1000000.0 K/W (and both ends set)"),
                s2.problems().toString());
    }

    /** Issue 13 item 6: an island is reported and the rest of the network is still solved (partial solution). */
    @Test
    void partialSolutionWhenANodeHasNoPathToABoundary() {
        TransceiverDesign d = chain(3.0, 2.0, 4.0);
        ThermalNode island = add(d, "island", false, null);
        ThermalNode islandPeer = add(d, "island-peer", false, null);
        path(d, island, islandPeer, 1.0);
        Component laser = LightworkFactory.eINSTANCE.createLaser();
        laser.setId("laser-on-island");
        laser.setPowerMw(500.0);
        laser.setThermalNode(island);
        d.getComponents().add(laser);
        ThermalSolution s = solver.solve(d);
        assertEquals(25 + 3.0 * (2.0 + 4.0), s.temperatureC().get("j"), 1e-9, "the connected part is still solved");
        assertEquals(Set.of("island", "island-peer"), s.unknownNodes().keySet());
        assertTrue(Double.isNaN(s.temperatureOrNaN("island")));
        assertFalse(s.temperatureC().containsKey("island"));
        assertTrue(s.problems().isEmpty(), s.problems().toString());
    }

    /** A broken path or a boundary without temperature makes only its own part of the network unknown. */
    @Test
    void brokenPathOrBoundaryMakesOnlyItsPartUnknown() {
        TransceiverDesign d = chain(3.0, 2.0, 4.0);
        ThermalNode a = add(d, "a", false, null);
        ThermalNode b = add(d, "b", false, null);
        ThermalNode sink = add(d, "sink", true, null); // boundary without temperature
        path(d, a, sink, 1.0);
        ThermalNode x = add(d, "x", false, null);
        path(d, x, node(d, "case"), Double.NaN);
        path(d, b, node(d, "case"), 2.0);
        ThermalSolution s = solver.solve(d);
        assertEquals(25 + 3.0 * (2.0 + 4.0), s.temperatureC().get("j"), 1e-9);
        assertEquals(25.0, s.temperatureC().get("b"), 1e-9);
        assertTrue(s.unknownNodes().get("a").contains("sink"), s.unknownNodes().toString());
        assertTrue(s.unknownNodes().get("x").contains("invalid path"), s.unknownNodes().toString());
        assertTrue(s.unknownNodes().containsKey("sink"));
    }

    /** Mesh and tree networks of thousands of nodes against the direct dense solution (small) and energy balance. */
    @Test
    void sparseSolveMatchesDenseOnAMeshWithCycles() {
        TransceiverDesign d = mesh(12, 11);
        ThermalSolution s = solver.solve(d);
        assertTrue(s.problems().isEmpty() && s.unknownNodes().isEmpty(), s.problems() + " " + s.unknownNodes());
        // dense reference by Gaussian elimination on the same network
        List<ThermalNode> free = d.getThermalNetwork().getNodes().stream().filter(n -> !n.isBoundary()).toList();
        int n = free.size();
        double[][] g = new double[n][n + 1];
        for (ThermalPath p : d.getThermalNetwork().getPaths()) {
            double c = 1 / p.getResistanceKPerW();
            int i = free.indexOf(p.getFrom());
            int j = free.indexOf(p.getTo());
            if (i >= 0) {
                g[i][i] += c;
            }
            if (j >= 0) {
                g[j][j] += c;
            }
            if (i >= 0 && j >= 0) {
                g[i][j] -= c;
                g[j][i] -= c;
            } else if (i >= 0) {
                g[i][n] += c * p.getTo().getTemperatureC();
            } else if (j >= 0) {
                g[j][n] += c * p.getFrom().getTemperatureC();
            }
        }
        for (Component c : d.getComponents()) {
            g[free.indexOf(c.getThermalNode())][n] += c.getPowerMw() / 1000;
        }
        for (int k = 0; k < n; k++) {
            for (int i = k + 1; i < n; i++) {
                double f = g[i][k] / g[k][k];
                for (int j = k; j <= n; j++) {
                    g[i][j] -= f * g[k][j];
                }
            }
        }
        double[] t = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = g[i][n];
            for (int j = i + 1; j < n; j++) {
                v -= g[i][j] * t[j];
            }
            t[i] = v / g[i][i];
        }
        for (int i = 0; i < n; i++) {
            assertEquals(t[i], s.temperatureC().get(free.get(i).getId()), 1e-7, free.get(i).getId());
        }
    }

    /** Issue 14 item 3: a 10,000-node network solves (speed is measured by releng/benchmark, not asserted here). */
    @Test
    void tenThousandNodeNetworkSolves() {
        TransceiverDesign d = mesh(100, 100);
        ThermalSolution s = solver.solve(d);
        assertTrue(s.problems().isEmpty() && s.unknownNodes().isEmpty(), s.problems() + " " + s.unknownNodes());
        assertEquals(100 * 100 + 1, s.temperatureC().size());
        // heat balance: the heat entering the case equals the heat dissipated
        double intoCase = 0;
        for (ThermalPath p : d.getThermalNetwork().getPaths()) {
            if (p.getTo().isBoundary()) {
                intoCase += (s.temperatureC().get(p.getFrom().getId()) - p.getTo().getTemperatureC()) / p.getResistanceKPerW();
            }
        }
        double dissipated = d.getComponents().stream().mapToDouble(c -> c.getPowerMw() / 1000).sum();
        assertEquals(dissipated, intoCase, 1e-6 * dissipated);
    }

    /** A w x h grid of nodes (paths of 0.5-5 K/W), the bottom row tied to the case, a part on every 7th node. */
    static TransceiverDesign mesh(int w, int h) {
        LightworkFactory f = LightworkFactory.eINSTANCE;
        TransceiverDesign d = f.createTransceiverDesign();
        d.setId("mesh");
        d.setThermalNetwork(f.createThermalNetwork());
        ThermalNode c = add(d, "case", true, 70.0);
        Random random = new Random(5);
        ThermalNode[][] grid = new ThermalNode[w][h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                grid[x][y] = add(d, "n" + x + "_" + y, false, null);
                if (x > 0) {
                    path(d, grid[x - 1][y], grid[x][y], 0.5 + 4.5 * random.nextDouble());
                }
                if (y > 0) {
                    path(d, grid[x][y - 1], grid[x][y], 0.5 + 4.5 * random.nextDouble());
                }
                if (y == 0) {
                    path(d, grid[x][y], c, 1 + random.nextDouble());
                }
                if ((x + y * w) % 7 == 0) {
                    Component part = f.createDriver();
                    part.setId("p" + x + "_" + y);
                    part.setPowerMw(10 + 90 * random.nextDouble());
                    part.setThermalNode(grid[x][y]);
                    d.getComponents().add(part);
                }
            }
        }
        return d;
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
