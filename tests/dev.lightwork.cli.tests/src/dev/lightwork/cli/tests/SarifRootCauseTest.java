package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 16 item 7, defect: SARIF listed a weak laser's consequences (margin, OMA, receive power, BER) as results of
 * their own with nothing tying them to the laser. Each consequence now points at its root cause (related location 1,
 * an embedded link in its message, {@code rootCauseRule}/{@code rootCauseElement} properties) and stays schema-valid.
 * Fixture: {@code fixtures/issue16/weak-lasers.lightwork}.
 */
class SarifRootCauseTest {

    @TempDir
    Path dir;

    @Test
    void sarifConsequencesDidNotPointAtTheirRootCause() throws IOException {
        Path weak = dir.resolve("weak-lasers.lightwork");
        try (InputStream in = Designs.resource("fixtures/issue16/weak-lasers.lightwork")) {
            Files.write(weak, in.readAllBytes());
        }
        Designs.Run run = Designs.run("validate", "-f", "sarif", weak.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
        try (InputStream in = Designs.resource("schemas/sarif-schema-2.1.0.json")) {
            JsonSchemaCheck schema = new JsonSchemaCheck(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
            assertEquals(List.of(), schema.violations(sarif));
        }
        List<JsonObject> results = new ArrayList<>();
        for (JsonElement e : sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
            results.add(e.getAsJsonObject());
        }
        JsonObject launch = results.stream().filter(r -> "LW-LINK-LAUNCH".equals(r.get("ruleId").getAsString()) && "las0".equals(element(r)))
                .findFirst().orElseThrow();
        assertFalse(launch.has("relatedLocations"), "a root cause follows from nothing");
        assertEquals(5, launch.getAsJsonObject("properties").get("consequences").getAsInt(), launch.toString());
        int launchLine = line(launch);

        List<JsonObject> following = results.stream().filter(r -> r.has("properties") && r.getAsJsonObject("properties").has("rootCauseElement")
                && "las0".equals(r.getAsJsonObject("properties").get("rootCauseElement").getAsString())).toList();
        assertEquals(5, following.size(), "margin, OMA (laser and lane), receive power and BER of lane0");
        for (JsonObject r : following) {
            assertEquals("LW-LINK-LAUNCH", r.getAsJsonObject("properties").get("rootCauseRule").getAsString());
            String text = r.getAsJsonObject("message").get("text").getAsString();
            assertTrue(text.startsWith("Follows from [LW-LINK-LAUNCH on las0 › Output power (dBm)](1): "), text);
            JsonObject related = r.getAsJsonArray("relatedLocations").get(0).getAsJsonObject();
            assertEquals(1, related.get("id").getAsInt());
            assertEquals(launchLine, related.getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt());
            assertEquals("las0", related.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name").getAsString());
        }
        // every error is still a result of its own (rule counts and code-scanning alerts per rule stay exact)
        assertEquals(24, results.size(), "4 launch errors and their 5 consequences each");
    }

    private static String element(JsonObject result) {
        return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name")
                .getAsString();
    }

    private static int line(JsonObject result) {
        return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region")
                .get("startLine").getAsInt();
    }
}
