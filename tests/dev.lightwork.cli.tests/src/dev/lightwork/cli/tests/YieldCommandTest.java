package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.lightwork.cli.LightworkCommand;

/** {@code lightwork yield} on the examples: the JSON contract, --min-yield, reproducibility and bad input. */
class YieldCommandTest {

    @TempDir
    static Path dir;
    static Map<String, Path> examples;

    @BeforeAll
    static void writeExamples() throws IOException {
        examples = Designs.writeExamples(dir);
    }

    @Test
    void jsonHasTheContractFieldsAndIsReproducible() throws Exception {
        Path out = Files.createDirectories(dir.resolve("yield"));
        String design = examples.get("400g-dr4-qsfpdd").toString();
        Designs.Run run = Designs.run("yield", design, "--samples", "3000", "--seed", "7", "-f", "json", "-o", out.toString(), "-q");
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        Path file = out.resolve("400g-dr4-qsfpdd-yield.json");
        JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        for (String field : new String[] {"samples", "seed", "yield", "ci95", "perRule", "contributors", "worstLaneMarginQuantiles",
                "costPerGoodModuleUsd", "perLane", "modulePower", "tests", "ciMethod", "contributorMethod"}) {
            assertTrue(json.has(field), field + " missing: " + json);
        }
        assertEquals(3000, json.get("samples").getAsInt());
        assertEquals(7, json.get("seed").getAsLong());
        double yield = json.get("yield").getAsDouble();
        assertTrue(json.getAsJsonArray("ci95").get(0).getAsDouble() <= yield && yield <= json.getAsJsonArray("ci95").get(1).getAsDouble());
        Designs.Run again = Designs.run("yield", design, "--samples", "3000", "--seed", "7", "-f", "json", "--threads", "1", "-q");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), again.out(), "same seed, other thread count: same JSON");
    }

    /** Randomised QMC with the conditional estimator: named in the JSON, reproducible for any thread count. */
    @Test
    void sobolConditionalNamesItsMethodsAndIsReproducible() throws Exception {
        String design = examples.get("400g-dr4-qsfpdd").toString();
        Designs.Run run = Designs.run("yield", design, "--samples", "1024", "--seed", "3", "--sampling", "sobol", "--estimator", "conditional",
                "-f", "json", "--threads", "2", "-q");
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("conditional", json.get("estimator").getAsString());
        assertTrue(json.get("estimatorMethod").getAsString().contains("TDECQ"), run.out());
        assertTrue(json.get("samplingMethod").getAsString().contains("scrambling"), run.out());
        assertTrue(json.get("ciMethod").getAsString().contains("Sobol replicates"), run.out());
        Designs.Run again = Designs.run("yield", design, "--samples", "1024", "--seed", "3", "--sampling", "sobol", "--estimator", "conditional",
                "-f", "json", "--threads", "1", "-q");
        assertEquals(run.out(), again.out());
        assertEquals(LightworkCommand.EXIT_USAGE, Designs.run("yield", design, "--estimator", "smooth").exitCode());
    }

    /** The help text's "95 %" was read as a format conversion: picocli printed a warning and the raw text. */
    @Test
    void helpPrintsThePercentSignWithoutAFormatWarning() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        Designs.Run run;
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8)); // picocli's tracer writes there
        try {
            run = Designs.run("yield", "--help");
        } finally {
            System.setErr(stderr);
        }
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("95 % confidence interval"), run.out());
        String traced = warnings.toString(StandardCharsets.UTF_8);
        assertTrue(!run.out().contains("%%") && !traced.contains("Could not format"), run.out() + traced);
    }

    /** The CPO engine has no MSA power class: the text said "class limit unknown W". */
    @Test
    void designWithoutPowerClassSaysSoInsteadOfUnknownWatts() {
        Designs.Run run = Designs.run("yield", examples.get("51p2t-cpo-engine").toString(), "--samples", "256", "-q");
        assertTrue(run.exitCode() == LightworkCommand.EXIT_OK || run.exitCode() == LightworkCommand.EXIT_VIOLATIONS, run.err());
        assertTrue(run.out().contains("no MSA power class limit applies"), run.out());
        assertTrue(!run.out().contains("unknown W"), run.out());
    }

    @Test
    void belowMinYieldExitsOne() {
        Designs.Run run = Designs.run("yield", examples.get("400g-dr4-qsfpdd").toString(), "--samples", "500", "--min-yield", "1", "-q");
        assertEquals(LightworkCommand.EXIT_VIOLATIONS, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("NOT MET"), run.out());
    }

    @Test
    void badInputExitsTwoNamingTheValue() throws Exception {
        Path bad = Designs.variant(examples.get("400g-dr4-qsfpdd"), dir.resolve("bad-sigma.lightwork"), "sigma=\"0.35\"", "sigma=\"-0.35\"");
        Designs.Run run = Designs.run("yield", bad.toString(), "-q");
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("sigma = -0.35"), run.err());
        assertEquals(LightworkCommand.EXIT_USAGE, Designs.run("yield", examples.get("400g-dr4-qsfpdd").toString(), "--min-yield", "1.5").exitCode());
        assertEquals(LightworkCommand.EXIT_USAGE, Designs.run("yield", dir.resolve("missing.lightwork").toString()).exitCode());
    }
}
