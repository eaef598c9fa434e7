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
        List<Path> designs;
        try (var files = Files.list(outDir)) {
            designs = files.filter(f -> f.toString().endsWith(".lightwork")).sorted().toList();
        }
        assertEquals(points, designs.size(), designs.toString());
        for (Path f : designs) {
            TransceiverDesign d = DesignFiles.load(f);
            assertEquals(dev.lightwork.analysis.design.DesignAnalysis.Verdict.PASS, Fixtures.ANALYZER.analyze(d).verdict());
        }
        assertTrue(out.toString().contains("exact front"), out.toString());
    }

    /**
     * Regression: {@code explore --designs} named files {@code <design id>-pareto-<n>.lightwork}, saying nothing of the
     * point, while the Trade Study view names them by what changed. Both now take the name from {@code PointVariant}:
     * {@code <design file>-<study>-<chosen values>} ({@code -base}, {@code -pN} for long names), and the design inside says the
     * change in words.
     */
    @Test
    void exploreDesignsAreNamedByWhatChangedNotParetoN() throws Exception {
        Path file = designWithStudies();
        Path outDir = dir.resolve("named");
        assertEquals(0, run("explore", file.toString(), "--study", "dr4-parts", "--out", outDir.toString(), "--designs", "-q"), err.toString());
        List<Path> designs;
        try (var files = Files.list(outDir)) {
            designs = files.filter(f -> f.toString().endsWith(".lightwork")).sorted().toList();
        }
        assertTrue(designs.size() >= 2, designs.toString());
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (Path f : designs) {
            String stem = f.getFileName().toString().replace(".lightwork", "");
            assertFalse(stem.contains("pareto"), stem);
            assertTrue(stem.startsWith("dr4-dr4-parts-"), "source file stem, then the study: " + stem);
            assertTrue(stems.add(stem), "each point its own name: " + stem);
            TransceiverDesign d = DesignFiles.load(f);
            String name = d.getName();
            assertTrue(name.contains(" - dr4-parts p") && name.contains(": "), name);
            String values = stem.substring("dr4-dr4-parts-".length());
            if (values.equals("base")) {
                assertTrue(name.endsWith("the base design's choices"), name);
            } else if (!values.matches("p\\d+")) {
                // every chosen value is in the file name, in the order the name lists the changes
                int from = 0;
                for (String change : name.substring(name.indexOf(": ") + 2).split(", ")) {
                    String to = change.substring(change.lastIndexOf(" -> ") + 4).replace(" m", "m").replaceAll("[^A-Za-z0-9._-]", "_");
                    int at = values.indexOf(to, from);
                    assertTrue(at >= 0, to + " in " + stem + " (" + name + ")");
                    from = at + to.length();
                }
            }
        }
        // the same run again: never over the named files without --force
        assertEquals(2, run("explore", file.toString(), "--study", "dr4-parts", "--out", outDir.toString(), "--designs", "-q"));
        assertTrue(err.toString().contains("never overwrites"), err.toString());
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

    /** A design with one study needs no --study (the shipped examples each have one); with several, the message lists them. */
    @Test
    void theOnlyStudyNeedsNoName() throws Exception {
        Path file = dir.resolve("example.lightwork");
        DesignFiles.save(dev.lightwork.library.ReferenceDesigns.dr4400G(), file);
        assertEquals(0, run("explore", file.toString(), "-o", dir.toString(), "--format", "csv", "-q"), err.toString());
        assertTrue(Files.exists(dir.resolve("dr4-parts-front.csv")));
        assertEquals(2, run("explore", designWithStudies().toString(), "-o", dir.toString(), "-q"));
        assertTrue(err.toString().contains("several trade studies") && err.toString().contains("impossible"), err.toString());
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
