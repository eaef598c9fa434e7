package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Issue 16.7: the CLI presents the analysis's root-cause groups; the JSON only gains fields. */
class RootCauseOutputTest {

    @TempDir
    Path dir;

    @Test
    void aWeakLaserIsOneProblemInTextAndItsConsequencesNameItInJson() throws IOException {
        Path dr4 = Designs.writeExamples(dir).get("400g-dr4-qsfpdd");
        Path weak = Designs.variant(dr4, dir.resolve("weak.lightwork"), "outputPowerDbm=\"2.0\"", "outputPowerDbm=\"-6.0\"");
        Designs.Run text = Designs.run("validate", weak.toString());
        assertEquals(1, text.exitCode(), text.err());
        long errorLines = text.out().lines().filter(l -> l.startsWith("      error ")).count();
        assertEquals(4, errorLines, "one problem per weak laser, not one per rule and lane:\n" + text.out());
        assertTrue(text.out().contains("consequences: LW-LINK-"), text.out());

        Designs.Run json = Designs.run("validate", "-f", "json", weak.toString());
        JsonObject design = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("designs").get(0).getAsJsonObject();
        List<JsonObject> diagnostics = new ArrayList<>();
        for (JsonElement e : design.getAsJsonArray("diagnostics")) {
            diagnostics.add(e.getAsJsonObject());
        }
        JsonObject margin = diagnostics.stream().filter(d -> "LW-LINK-MARGIN".equals(d.get("rule").getAsString()) && "lane0".equals(d.get("element").getAsString()))
                .findFirst().orElseThrow();
        assertEquals("LW-LINK-LAUNCH", margin.get("rootCauseRule").getAsString());
        assertEquals("las0", margin.get("rootCauseElement").getAsString());
        JsonObject launch = diagnostics.stream().filter(d -> "LW-LINK-LAUNCH".equals(d.get("rule").getAsString()) && "las0".equals(d.get("element").getAsString()))
                .findFirst().orElseThrow();
        assertTrue(launch.get("rootCauseRule").isJsonNull());
        assertTrue(launch.get("consequences").getAsInt() >= 4, launch.toString());
        assertTrue(diagnostics.stream().allMatch(d -> d.has("message") && d.has("rule") && d.has("severity")), "the 2.0 fields stay");
    }
}
