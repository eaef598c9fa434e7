package dev.lightwork.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * Issue 14 item 3 (and issue 13 item 6): large inputs stay near-linear. Loads (with every file check of DesignFiles)
 * and analyses designs of 10k / 100k / 1M elements, and solves thermal networks of 1k / 10k / 100k nodes, both as a
 * mesh (the hard case for the iterative solver) and as a tree (the usual module network).
 */
final class HardeningBenchmark {

    private HardeningBenchmark() {
    }

    static void run() {
        // the 1M-element design has 200k lanes: above the default lane limit, which this benchmark raises on purpose
        System.setProperty("lightwork.maxLanes", "1000000");
        System.setProperty("lightwork.maxFileBytes", Long.toString(1L << 31));
        thermal();
        elements();
    }

    private static void thermal() {
        ThermalNetworkSolver solver = new ThermalNetworkSolver();
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            int side = (int) Math.round(Math.sqrt(n));
            TransceiverDesign mesh = mesh(side, side);
            TransceiverDesign tree = tree(n);
            int runs = n >= 100_000 ? 3 : 7;
            double[] m = Benchmarks.time(1, runs, i -> check(solver.solve(mesh)));
            double[] t = Benchmarks.time(1, runs, i -> check(solver.solve(tree)));
            System.out.printf("thermal %,7d nodes mesh  %s%n", side * side, Benchmarks.summary(m));
            System.out.printf("thermal %,7d nodes tree  %s%n", n, Benchmarks.summary(t));
        }
    }

    private static ThermalSolution check(ThermalSolution s) {
        if (!s.problems().isEmpty() || !s.unknownNodes().isEmpty()) {
            throw new IllegalStateException("benchmark network not solved: " + s.problems());
        }
        return s;
    }

    private static void elements() {
        try {
            Path dir = Files.createTempDirectory("lightwork-hardening");
            DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
            for (int n : new int[] {10_000, 100_000, 1_000_000}) {
                TransceiverDesign d = ModelBenchmark.generate(n);
                Path file = dir.resolve("e" + n + ".lightwork");
                DesignFiles.save(d, file);
                int runs = n >= 1_000_000 ? 2 : 5;
                double[] load = Benchmarks.time(n >= 1_000_000 ? 0 : 1, runs, i -> {
                    try {
                        return DesignFiles.load(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                TransceiverDesign loaded = DesignFiles.load(file);
                double[] analyse = Benchmarks.time(n >= 1_000_000 ? 0 : 1, runs, i -> analyzer.analyze(loaded));
                System.out.printf("elements %,9d (%,d MB XMI): load %s%n", n, Files.size(file) >> 20, Benchmarks.summary(load));
                System.out.printf("elements %,9d            : analyse %s%n", n, Benchmarks.summary(analyse));
                Files.delete(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A w x h grid of junction nodes with random 0.5-5 K/W paths, the bottom row on the case, a part on every 7th node. */
    static TransceiverDesign mesh(int w, int h) {
        LightworkFactory f = LightworkFactory.eINSTANCE;
        TransceiverDesign d = network("mesh");
        ThermalNode c = node(d, "case", true);
        Random random = new Random(5);
        ThermalNode[] row = new ThermalNode[w];
        for (int y = 0; y < h; y++) {
            ThermalNode left = null;
            for (int x = 0; x < w; x++) {
                ThermalNode n = node(d, "n" + x + "_" + y, false);
                if (left != null) {
                    path(d, left, n, 0.5 + 4.5 * random.nextDouble());
                }
                if (y > 0) {
                    path(d, row[x], n, 0.5 + 4.5 * random.nextDouble());
                } else {
                    path(d, n, c, 1 + random.nextDouble());
                }
                if ((x + y * w) % 7 == 0) {
                    heat(d, f, n, 10 + 90 * random.nextDouble());
                }
                row[x] = n;
                left = n;
            }
        }
        return d;
    }

    /** A module-like tree: case <- 8-ary hierarchy of nodes (board, packages, dies, junctions), heat at the leaves. */
    static TransceiverDesign tree(int n) {
        LightworkFactory f = LightworkFactory.eINSTANCE;
        TransceiverDesign d = network("tree");
        ThermalNode c = node(d, "case", true);
        Random random = new Random(7);
        ThermalNode[] nodes = new ThermalNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = node(d, "t" + i, false);
            path(d, nodes[i], i == 0 ? c : nodes[(i - 1) / 8], 0.1 + 2 * random.nextDouble());
            if (8 * i + 1 >= n) {
                heat(d, f, nodes[i], 1 + 20 * random.nextDouble());
            }
        }
        return d;
    }

    private static TransceiverDesign network(String id) {
        TransceiverDesign d = LightworkFactory.eINSTANCE.createTransceiverDesign();
        d.setId(id);
        d.setThermalNetwork(LightworkFactory.eINSTANCE.createThermalNetwork());
        return d;
    }

    private static ThermalNode node(TransceiverDesign d, String id, boolean boundary) {
        ThermalNode n = LightworkFactory.eINSTANCE.createThermalNode();
        n.setId(id);
        n.setBoundary(boundary);
        if (boundary) {
            n.setTemperatureC(70.0);
        }
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

    private static void heat(TransceiverDesign d, LightworkFactory f, ThermalNode n, double mw) {
        Component part = f.createDriver();
        part.setId("p-" + n.getId());
        part.setPowerMw(mw);
        part.setThermalNode(n);
        d.getComponents().add(part);
    }
}
