package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.lightwork.model.LightworkPackage;

/**
 * Issue 16 item 9, human text in the command line's output. Fixtures: {@code fixtures/issue16/weak-lasers.lightwork}
 * (the 400G-DR4 example with every laser at -6 dBm) and issue 14's impossible-value files.
 */
class HumanTextTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = Designs.resource("fixtures/issue16/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Defect: the text output located a value by its feature name ("element las0.outputPowerDbm"). */
    @Test
    void textOutputNamedTheAttributeByItsFeatureName() throws IOException {
        Path weak = fixture("weak-lasers.lightwork");
        Designs.Run run = Designs.run("validate", weak.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.out().contains("outputPowerDbm"), run.out());
        // file:line, element (its id, as in the file), attribute in words with its unit, and the value stay
        assertTrue(run.out().matches("(?s).*error LW-LINK-LAUNCH at .*weak-lasers\\.lightwork:13 element las0 › Output power \\(dBm\\): "
                + "Lane lane0: average launch power -7\\.14 dBm .*\\[value -7\\.14, limit -2\\.90, .*"), run.out());
    }

    /** The JSON keeps the machine fields (id, attribute name) and adds what people read beside them. */
    @Test
    void jsonKeepsMachineFieldsAndAddsDisplayNames() throws IOException {
        Path weak = fixture("weak-lasers.lightwork");
        JsonObject design = JsonParser.parseString(Designs.run("validate", "-f", "json", weak.toString()).out()).getAsJsonObject()
                .getAsJsonArray("designs").get(0).getAsJsonObject();
        JsonObject launch = diagnostics(design).stream().filter(d -> "LW-LINK-LAUNCH".equals(d.get("rule").getAsString())).findFirst().orElseThrow();
        assertEquals("las0", launch.get("element").getAsString());
        assertEquals("outputPowerDbm", launch.get("attribute").getAsString());
        assertEquals("Laser las0", launch.get("elementLabel").getAsString());
        assertEquals("Output power (dBm)", launch.get("attributeLabel").getAsString());
    }

    /** Defect: an element without an id was named by its Java class ("HostInterface", "ThermalPath"). */
    @Test
    void idLessElementsWereNamedByTheirClassName() throws IOException {
        for (String name : new String[] {"impossible-zero-lanes.lightwork", "impossible-infinite-resistance.lightwork"}) {
            Path file = Fixtures.copy(name, dir, 0);
            Designs.Run json = Designs.run("validate", "-f", "json", file.toString());
            JsonObject design = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("designs").get(0).getAsJsonObject();
            List<String> classes = LightworkPackage.eINSTANCE.getEClassifiers().stream().map(EClassifier::getName).toList();
            List<JsonObject> all = diagnostics(design);
            assertFalse(all.isEmpty(), json.out());
            for (JsonObject d : all) {
                if (d.has("element") && !d.get("element").isJsonNull()) {
                    assertFalse(classes.contains(d.get("element").getAsString()), "a class name as element: " + d);
                }
            }
            Designs.Run text = Designs.run("validate", file.toString());
            for (String cls : new String[] {"HostInterface", "ThermalPath", "ThermalNetwork"}) {
                assertFalse(text.out().contains(cls), text.out());
            }
        }
        Designs.Run zero = Designs.run("validate", Fixtures.copy("impossible-zero-lanes.lightwork", dir, 0).toString());
        // bad input: file:line:col, element, attribute (in words, and as written in the file, to find it) and value
        assertTrue(zero.out().matches("(?s).*impossible-zero-lanes\\.lightwork:5:18: Host interface › Lane count = 0 is outside the physical range "
                + "1 \\.\\. 1024 lanes \\(attribute laneCount in the file.*"), zero.out());
        Designs.Run path = Designs.run("validate", Fixtures.copy("impossible-infinite-resistance.lightwork", dir, 0).toString());
        assertTrue(path.out().contains("Thermal path tj-tosa → case › Resistance (K/W) = Infinity is not a finite number"), path.out());
    }

    /**
     * Defect: {@code lightwork yield}'s text named contributors by feature name ("las1.outputPowerDbm") and, for a design
     * no sampled module passes, printed "cost per good module unknown USD".
     */
    @Test
    void yieldTextNamedContributorsByFeatureNameAndCostAsUnknown() throws IOException {
        Path dr4 = Designs.writeExamples(dir).get("400g-dr4-qsfpdd");
        Designs.Run run = Designs.run("yield", dr4.toString(), "--samples", "2000", "--seed", "3");
        assertTrue(run.out().contains("las1 › Output power (dBm) (failures at low values)"), run.out());
        assertFalse(run.out().contains("outputPowerDbm") || run.out().contains("tdecqDb"), run.out());
        // the JSON keeps the machine names
        String json = Designs.run("yield", dr4.toString(), "--samples", "2000", "--seed", "3", "-f", "json").out();
        assertTrue(json.contains("\"attribute\": \"outputPowerDbm\"") || json.contains("\"attribute\":\"outputPowerDbm\""), json);

        Designs.Run none = Designs.run("yield", fixture("weak-lasers.lightwork").toString(), "--samples", "500", "--seed", "3");
        assertTrue(none.out().contains("no cost per good module (no sampled module passes)"), none.out());
        assertFalse(none.out().contains("unknown"), none.out());
        // the review report's yield section says the same in words
        Path out = Files.createDirectories(dir.resolve("report"));
        Designs.Run report = Designs.run("report", "-o", out.toString(), fixture("weak-lasers.lightwork").toString());
        assertTrue(report.exitCode() <= 1, report.err());
        String html;
        try (var files = Files.list(out)) {
            html = Files.readString(files.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow());
        }
        assertTrue(html.contains("No cost per good module: no sampled module passes"), html);
        assertFalse(html.contains("unknown USD") || html.contains("unknown of rejected"), html);
    }

    private static List<JsonObject> diagnostics(JsonObject design) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : design.getAsJsonArray("diagnostics")) {
            out.add(e.getAsJsonObject());
        }
        return out;
    }
}
