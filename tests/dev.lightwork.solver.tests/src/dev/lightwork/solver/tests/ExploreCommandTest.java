package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.cli.LightworkCommand;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.Metric;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.solver.StudyBuilder;

/** {@code lightwork explore}: files written, exit codes 0 / 1 / 2. */
class ExploreCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LightworkCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path designWithStudies() throws Exception {
        TransceiverDesign d = Fixtures.dr4();
        d.getTradeStudies().add(Fixtures.dr4Parts());
        var impossible = Fixtures.dr4Parts();
        impossible.setId("impossible");
        impossible.getConstraints().add(new StudyBuilder("x").constraint(Metric.MODULE_POWER_W, ConstraintOperator.LE, 1.0).build()
                .getConstraints().get(0));
        d.getTradeStudies().add(impossible);
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(d, file);
        return file;
    }

    @Test
    void writesJsonCsvSvgAndTheFrontDesigns() throws Exception {
        Path file = designWithStudies();
        Path outDir = dir.resolve("out");
        assertEquals(0, run("explore", file.toString(), "--study", "dr4-parts", "--out", outDir.toString(), "--designs", "-q"), err.toString());
        String json = Files.readString(outDir.resolve("dr4-parts-front.json"));
        assertTrue(json.contains("\"partial\": false") && json.contains("\"worstMarginDb\""), json);
        List<String> csv = Files.readAllLines(outDir.resolve("dr4-parts-front.csv"));
        assertEquals("index,design,verdict,laser,modulator,tia,connector,reach,module power [W],cost [USD],worst-lane margin [dB]", csv.get(0));
        int points = csv.size() - 1;
        assertTrue(points >= 2, csv.toString());
        String svg = Files.readString(outDir.resolve("dr4-parts-front.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("Pareto front of study dr4-parts"), svg.substring(0, 200));
        for (int i = 0; i < points; i++) {
            TransceiverDesign d = DesignFiles.load(outDir.resolve("400g-dr4-qsfpdd-pareto-" + i + ".lightwork"));
            assertEquals(dev.lightwork.analysis.design.DesignAnalysis.Verdict.PASS, Fixtures.ANALYZER.analyze(d).verdict());
        }
        assertTrue(out.toString().contains("exact front"), out.toString());
    }

    /** Issue 17 item 4: the exact front re-ranked by Monte Carlo yield and cost per good module (JSON and CSV fields). */
    @Test
    void yieldSamplesAddYieldAndCostPerGoodModuleToEveryFrontPoint() throws Exception {
        Path file = designWithStudies();
        Path outDir = dir.resolve("yield");
        assertEquals(0, run("explore", file.toString(), "--study", "dr4-parts", "--out", outDir.toString(), "--yield-samples", "200", "-q"),
                err.toString());
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(Files.readString(outDir.resolve("dr4-parts-front.json")))
                .getAsJsonObject();
        assertEquals(200, json.get("yieldSamples").getAsInt());
        assertTrue(json.get("yieldMethod").getAsString().contains("re-ranking of the exact front"));
        var points = json.getAsJsonArray("points");
        java.util.Set<Integer> ranks = new java.util.TreeSet<>();
        double previousCost = -1;
        java.util.Map<Integer, Double> costByRank = new java.util.TreeMap<>();
        for (var p : points) {
            var y = p.getAsJsonObject().getAsJsonObject("yield");
            double value = y.get("value").getAsDouble();
            assertTrue(value > 0 && value <= 1, y.toString());
            var ci = y.getAsJsonArray("ci95");
            assertTrue(ci.get(0).getAsDouble() <= value && value <= ci.get(1).getAsDouble(), y.toString());
            ranks.add(y.get("rank").getAsInt());
            costByRank.put(y.get("rank").getAsInt(), y.get("costPerGoodModuleUsd").getAsDouble());
        }
        for (double cost : costByRank.values()) {
            assertTrue(cost >= previousCost, costByRank.toString()); // rank 1 = cheapest per good module
            previousCost = cost;
        }
        assertEquals(points.size(), ranks.size());
        List<String> csv = Files.readAllLines(outDir.resolve("dr4-parts-front.csv"));
        assertTrue(csv.get(0).endsWith(",yield,yield ci95 low,yield ci95 high,cost per good module (USD),meets min yield,yield rank"), csv.get(0));
        assertEquals(2, run("explore", file.toString(), "--study", "dr4-parts", "--out", outDir.toString(), "--yield-samples", "-5", "-q"));
    }

    @Test
    void onlyTheRequestedFormat() throws Exception {
        Path file = designWithStudies();
        assertEquals(0, run("explore", file.toString(), "-s", "dr4-parts", "-o", dir.toString(), "--format", "csv", "-q"), err.toString());
        assertTrue(Files.exists(dir.resolve("dr4-parts-front.csv")));
        assertFalse(Files.exists(dir.resolve("dr4-parts-front.json")));
    }

    @Test
    void infeasibleStudyExitsOneNamingTheConstraint() throws Exception {
        Path file = designWithStudies();
        assertEquals(1, run("explore", file.toString(), "--study", "impossible", "-o", dir.toString(), "-q"), err.toString());
        assertTrue(out.toString().contains("no design satisfies module power <= 1.0 W"), out.toString());
        assertTrue(Files.readString(dir.resolve("impossible-front.json")).contains("\"feasible\": false"));
    }

    @Test
    void badInputExitsTwo() throws Exception {
        Path file = designWithStudies();
        assertEquals(2, run("explore", file.toString(), "--study", "nope", "-q"));
        assertTrue(err.toString().contains("no trade study 'nope'"), err.toString());
        assertEquals(2, run("explore", dir.resolve("missing.lightwork").toString(), "--study", "x", "-q"));
        assertTrue(err.toString().contains("missing.lightwork"), err.toString());
        assertEquals(2, run("explore", file.toString(), "--study", "dr4-parts", "--time-limit", "-1"));
        assertEquals(2, run("explore", file.toString()));
    }
}
