package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.cli.LightworkCommand;
import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.cli.tests.Designs.Run;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.io.DesignFiles;

class ValidateCommandTest {

    @TempDir
    static Path examplesDir;

    static Map<String, Path> examples;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeExamples() throws IOException {
        examples = Designs.writeExamples(examplesDir);
    }

    private Path dr4() {
        return examples.get("400g-dr4-qsfpdd");
    }

    /** The DR4 example with weak lasers: every lane misses its margin (a design violation, not bad input). */
    private Path weakLasers() throws IOException {
        return Designs.variant(dr4(), dir.resolve("weak-lasers.lightwork"), "outputPowerDbm=\"2.0\"", "outputPowerDbm=\"-9.0\"");
    }

    private Path malformed() throws IOException {
        String text = Designs.read(dr4());
        Path file = dir.resolve("truncated.lightwork");
        Files.writeString(file, text.substring(0, text.indexOf("<lanes ") + 20));
        return file;
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsJsonObject()));
        return out;
    }

    private static void assertNumber(double expected, JsonElement actual, String what) {
        if (Double.isFinite(expected)) {
            assertEquals(expected, actual.getAsDouble(), 0.0, what);
        } else {
            assertTrue(actual.isJsonNull(), what + " should be null for " + expected + ", is " + actual);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "junit", "sarif"})
    void theFiveExamplesPassInEveryFormat(String format) {
        Run run = Designs.run("validate", "--format", format, examplesDir.toString());
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err(), "nothing on stderr when every design passes and stderr is no terminal");
        for (Path file : examples.values()) {
            assertTrue(run.out().contains(file.getFileName().toString()), format + " names " + file);
        }
    }

    /** Issue 13 item 3: a lane whose PMD limits are not sourced is indicative, says why, and is no violation (exit 0). */
    @Test
    void theOnePointSixTExampleIsIndicativeNotAPlainPass() throws IOException {
        Path file = examples.get("1p6t-dr8-osfp");
        Run run = Designs.run("validate", file.toString());
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("INDICATIVE " + file), run.out());
        assertTrue(run.out().contains("indicative: 8 lanes not signed off: 1.6TBASE-DR8 gives no"), run.out());
        assertTrue(run.out().strip().endsWith("1 design: 0 pass, 1 indicative, 0 fail, 0 error"), run.out());
        JsonObject design = objects(json(Designs.run("validate", "--format", "json", file.toString()).out()).getAsJsonArray("designs")).get(0);
        assertEquals("indicative", design.get("verdict").getAsString());
        JsonObject lane = objects(design.getAsJsonArray("lanes")).get(0);
        assertEquals("indicative", lane.get("verdict").getAsString());
        assertTrue(lane.get("marginReference").getAsString().contains("photodetector and TIA"), lane.toString());
        assertTrue(lane.get("preFecBer").getAsDouble() > 0, "a BER estimate, referenced to the FEC threshold");
    }

    @Test
    void textReportGivesVerdictWorstLanePowerAndSummary() throws IOException {
        Run run = Designs.run("validate", dr4().toString(), weakLasers().toString());
        assertEquals(LightworkCommand.EXIT_VIOLATIONS, run.exitCode(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.startsWith("PASS  " + dr4()), out);
        assertTrue(out.contains("FAIL  " + dir.resolve("weak-lasers.lightwork")), out);
        assertTrue(out.contains("worst lane lane"), out);
        assertTrue(out.contains("power ") && out.contains("QSFP-DD class 6 limit"), out);
        assertTrue(out.contains("hottest node"), out);
        // each problem names rule, file:line, element, value, limit and source; what follows from it is grouped under it
        // (issue 16.7: a weak laser is one problem, its margin, OMA, receive power and BER its consequences)
        assertTrue(out.matches("(?s).*error LW-LINK-LAUNCH at .*weak-lasers\\.lightwork:\\d+ element las0 › Output power \\(dBm\\): Lane lane0: average launch power .*"
                + "\\[value -?\\d+\\.\\d\\d, limit -?\\d+\\.\\d\\d, source 400GBASE-DR4 .*"), out);
        assertTrue(out.contains("        consequences: LW-LINK-MARGIN (lane0)"), out);
        assertFalse(out.contains("error LW-LINK-MARGIN"), "the margin is a consequence, not a problem of its own: " + out);
        assertTrue(out.strip().endsWith("2 designs: 1 pass, 0 indicative, 1 fail, 0 error"), out);
    }

    @Test
    void jsonCarriesTheAnalyzersNumbers() throws IOException {
        Path weak = weakLasers();
        Run run = Designs.run("validate", "--format", "json", examplesDir.toString(), weak.toString());
        assertEquals(LightworkCommand.EXIT_VIOLATIONS, run.exitCode(), run.err());
        JsonObject root = json(run.out());
        assertEquals("2.0", root.get("schemaVersion").getAsString());
        assertEquals("lightwork", root.getAsJsonObject("tool").get("name").getAsString());
        assertEquals(ProductVersion.version(), root.getAsJsonObject("tool").get("version").getAsString());
        JsonObject summary = root.getAsJsonObject("summary");
        assertEquals(6, summary.get("designs").getAsInt());
        // the 1.6T example's 802.3dj PMD has no sourced Tx/Rx tables: indicative, not pass (and not a violation)
        assertEquals(4, summary.get("pass").getAsInt());
        assertEquals(1, summary.get("indicative").getAsInt());
        assertEquals(1, summary.get("fail").getAsInt());
        assertEquals(1, summary.get("exitCode").getAsInt());

        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        List<JsonObject> designs = objects(root.getAsJsonArray("designs"));
        List<Path> expectedOrder = Stream.concat(examples.values().stream().sorted(), Stream.of(weak)).toList();
        assertEquals(expectedOrder.stream().map(Path::toString).toList(), designs.stream().map(d -> d.get("file").getAsString()).toList(),
                "a folder's files come sorted, then the next argument");
        for (JsonObject d : designs) {
            Path file = Path.of(d.get("file").getAsString());
            DesignAnalysis a = analyzer.analyze(DesignFiles.load(file));
            assertEquals(a.design().getName(), d.get("name").getAsString());
            assertEquals(a.verdict().name().toLowerCase(), d.get("verdict").getAsString(), file.toString());
            assertTrue(d.get("error").isJsonNull());
            JsonObject power = d.getAsJsonObject("power");
            assertNumber(a.power().totalW(), power.get("totalW"), "totalW");
            assertNumber(a.power().msaClassLimitW(), power.get("msaClassLimitW"), "msaClassLimitW");
            assertNumber(a.power().pJPerBit(), power.get("pJPerBit"), "pJPerBit");
            List<JsonObject> lanes = objects(d.getAsJsonArray("lanes"));
            List<LinkBudget> budgets = List.copyOf(a.linkBudgets().values());
            assertEquals(budgets.size(), lanes.size());
            for (int i = 0; i < budgets.size(); i++) {
                LinkBudget b = budgets.get(i);
                JsonObject lane = lanes.get(i);
                assertEquals(b.laneId(), lane.get("id").getAsString());
                assertNumber(b.marginDb(), lane.get("marginDb"), b.laneId() + " margin");
                assertNumber(b.rxOmaDbm(), lane.get("rxOmaDbm"), b.laneId() + " rx OMA");
                // schema 2.0: sensitivityDbm is the reference the margin is computed against, the published one its own field
                assertNumber(b.marginReferenceDbm(), lane.get("sensitivityDbm"), b.laneId() + " margin reference");
                if (Double.isFinite(b.marginDb())) {
                    assertEquals(lane.get("marginDb").getAsDouble(), lane.get("rxOmaDbm").getAsDouble() - lane.get("sensitivityDbm").getAsDouble(), 1e-9);
                }
                assertNumber(b.pmdSensitivityDbm(), lane.get("pmdSensitivityDbm"), b.laneId() + " PMD sensitivity");
                assertNumber(b.preFecBer(), lane.get("preFecBer"), b.laneId() + " pre-FEC BER");
                assertNumber(b.postFecBer(), lane.get("postFecBer"), b.laneId() + " post-FEC BER");
                assertEquals(b.preFecBerIsBound(), lane.get("preFecBerIsBound").getAsBoolean());
                assertEquals(b.postFecBerIsBound(), lane.get("postFecBerIsBound").getAsBoolean());
                if (b.postFecBerIsBound()) { // below the model's validity: the bound, never 0 or 1e-195
                    assertEquals(1e-30, lane.get("postFecBer").getAsDouble(), 0.0);
                }
                assertEquals(b.laserLaneCount(), lane.get("laserLaneCount").getAsInt());
                assertNumber(b.splitLossDb(), lane.get("splitLossDb"), b.laneId() + " split");
                List<JsonObject> terms = objects(lane.getAsJsonArray("terms"));
                assertEquals(b.terms().size(), terms.size());
                for (JsonObject t : terms) {
                    assertTrue(List.of("Tx module", "TP2", "channel", "TP3", "Rx module").contains(t.get("plane").getAsString()), t.toString());
                }
                double required = a.design().getRequiredMarginDb() == null ? 0 : a.design().getRequiredMarginDb();
                assertEquals(b.verdict(required).name().toLowerCase(), lane.get("verdict").getAsString(), b.laneId() + " verdict");
                assertEquals(b.marginReference(), lane.get("marginReference").getAsString());
                assertEquals(b.indicativeReasons().size(), lane.getAsJsonArray("indicativeReasons").size());
            }
            assertEquals(a.worstLane().map(LinkBudget::laneId).orElse(null), d.get("worstLane").getAsString());
            List<JsonObject> thermal = objects(d.getAsJsonArray("thermal"));
            assertEquals(a.thermal().temperatureC().keySet().stream().toList(), thermal.stream().map(t -> t.get("node").getAsString()).toList());
            for (JsonObject t : thermal) {
                String node = t.get("node").getAsString();
                assertNumber(a.thermal().temperatureC().get(node), t.get("tempC"), node + " temperature");
                assertNumber(a.thermal().limitC().getOrDefault(node, Double.NaN), t.get("limitC"), node + " limit");
            }
            List<JsonObject> diagnostics = objects(d.getAsJsonArray("diagnostics"));
            assertEquals(a.diagnostics().size(), diagnostics.size(), file + " diagnostics");
            for (int i = 0; i < diagnostics.size(); i++) {
                DesignDiagnostic expected = DesignDiagnostic.of(a.diagnostics().get(i));
                JsonObject actual = diagnostics.get(i);
                assertEquals(expected.severityName(), actual.get("severity").getAsString());
                assertEquals(expected.elementId(), actual.get("element").getAsString());
                assertEquals(expected.message(), actual.get("message").getAsString());
                assertNumber(expected.value() == null ? Double.NaN : expected.value(), actual.get("value"), "value");
                assertNumber(expected.limit() == null ? Double.NaN : expected.limit(), actual.get("limit"), "limit");
                assertEquals(expected.source(), actual.get("source").isJsonNull() ? null : actual.get("source").getAsString());
                assertTrue(actual.has("attribute"));
            }
        }
        JsonObject failing = designs.get(designs.size() - 1);
        JsonObject margin = objects(failing.getAsJsonArray("diagnostics")).stream()
                .filter(x -> x.get("rule").getAsString().equals("LW-LINK-MARGIN")).findFirst().orElseThrow();
        assertEquals("error", margin.get("severity").getAsString());
        assertTrue(margin.get("source").getAsString().startsWith("400GBASE-DR4"), margin.toString());
        assertEquals(lineOf(weak, "id=\"" + margin.get("element").getAsString() + "\""), margin.get("line").getAsInt());
    }

    /** 1-based line of the first line containing {@code text} (computed here, independently of the CLI). */
    private static int lineOf(Path file, String text) {
        List<String> lines = Designs.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void powerAboveItsClassFailsWithTheClassAsLimit() throws IOException {
        Path file = Designs.variant(dr4(), dir.resolve("class1.lightwork"), "msaPowerClass=\"6\"", "msaPowerClass=\"1\"");
        Run run = Designs.run("validate", "--format", "json", file.toString());
        assertEquals(LightworkCommand.EXIT_VIOLATIONS, run.exitCode(), run.out() + run.err());
        JsonObject design = objects(json(run.out()).getAsJsonArray("designs")).get(0);
        JsonObject power = design.getAsJsonObject("power");
        JsonObject violation = objects(design.getAsJsonArray("diagnostics")).stream()
                .filter(x -> x.get("rule").getAsString().equals("LW-POWER-CLASS")).findFirst().orElseThrow();
        assertEquals(power.get("totalW").getAsDouble(), violation.get("value").getAsDouble(), 0.0);
        assertEquals(power.get("msaClassLimitW").getAsDouble(), violation.get("limit").getAsDouble(), 0.0);
        assertTrue(power.get("totalW").getAsDouble() > power.get("msaClassLimitW").getAsDouble());
        assertEquals("msaPowerClass", violation.get("attribute").getAsString());
    }

    @Test
    void missingFileIsBadInputWithOneLine() {
        Path missing = dir.resolve("no-such-design.lightwork");
        Run run = Designs.run("validate", missing.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("ERROR " + missing + ": file not found", "1 design: 0 pass, 0 indicative, 0 fail, 1 error"), lines(run.out()));
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws IOException {
        Path file = malformed();
        Run run = Designs.run("validate", "--format", "json", file.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        List<String> err = lines(run.err());
        assertEquals(1, err.size(), run.err());
        assertTrue(err.get(0).matches("lightwork: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: malformed XML: .+"), err.get(0));
        JsonObject design = objects(json(run.out()).getAsJsonArray("designs")).get(0);
        assertEquals("error", design.get("verdict").getAsString());
        assertTrue(design.get("errorLine").getAsInt() > 1);
        assertEquals("LW-FILE", design.get("errorRule").getAsString());
        assertTrue(design.get("power").isJsonNull());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefusedWithoutReadingTheEntity() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String text = Designs.read(dr4()).replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("name=\"400G[^\"]*\"", "name=\"&s;\"");
        Path file = dir.resolve("xxe.lightwork");
        Files.writeString(file, text);
        Run run = Designs.run("validate", file.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.out().contains("ERROR " + file + ":2:"), run.out());
        assertTrue(run.out().contains("DOCTYPE declarations are not allowed"), run.out());
        assertFalse(run.out().contains("TOP-SECRET") || run.err().contains("TOP-SECRET"));
    }

    @Test
    void danglingReferenceIsBadInputNamingTheReference() throws IOException {
        Path file = Designs.variant(dr4(), dir.resolve("dangling.lightwork"), "thermalNode=\"tj-dsp\"", "thermalNode=\"tj-nowhere\"");
        Run run = Designs.run("validate", "--format", "sarif", file.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        String line = lines(run.err()).get(0);
        assertTrue(line.startsWith("lightwork: " + file + ":"), line);
        assertTrue(line.contains("dangling reference") && line.contains("tj-nowhere"), line);
        JsonObject result = json(run.out()).getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("LW-FILE", result.get("ruleId").getAsString());
    }

    @Test
    void unknownPmdIsBadInputPointingAtTheAttribute() throws IOException {
        Path file = Designs.variant(dr4(), dir.resolve("pmd.lightwork"), "opticalPmd=\"400GBASE-DR4\"", "opticalPmd=\"400GBASE-ZZ9\"");
        Run run = Designs.run("validate", "--format", "json", file.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode(), run.out());
        JsonObject design = objects(json(run.out()).getAsJsonArray("designs")).get(0);
        assertEquals("error", design.get("verdict").getAsString());
        assertEquals("LW-INPUT-PMD", design.get("errorRule").getAsString());
        int line = lineOf(file, "opticalPmd=");
        int column = Designs.read(file).lines().toList().get(line - 1).indexOf("opticalPmd=") + 1;
        assertEquals(line, design.get("errorLine").getAsInt());
        assertEquals(column, design.get("errorColumn").getAsInt());
        String error = design.get("error").getAsString();
        assertTrue(error.startsWith(file + ":" + line + ":" + column + ": opticalPmd '400GBASE-ZZ9' is not in the reference library (known: "),
                error);
        assertTrue(error.contains("400GBASE-DR4"), "lists the known PMDs: " + error);
        assertEquals(List.of("lightwork: " + error), lines(run.err()));
        // power and thermal do not depend on the PMD and are still reported
        assertFalse(design.getAsJsonObject("power").get("totalW").isJsonNull());
        // the analysis says it once per design, on the design's opticalPmd attribute; so does the text report
        List<JsonObject> pmdFindings = objects(design.getAsJsonArray("diagnostics")).stream()
                .filter(x -> x.get("rule").getAsString().equals("LW-INPUT-PMD")).toList();
        assertEquals(1, pmdFindings.size());
        assertEquals("opticalPmd", pmdFindings.get(0).get("attribute").getAsString());
        Run text = Designs.run("validate", file.toString());
        assertEquals(1, text.out().lines().filter(l -> l.contains("400GBASE-ZZ9")).count(), text.out());
        assertTrue(text.out().startsWith("ERROR " + file + "  (400g-dr4-qsfpdd: "), text.out());
    }

    @Test
    void negativeFibreLengthFailsTheDesignInsteadOfCrashing() throws IOException {
        Path file = Designs.variant(dr4(), dir.resolve("negative.lightwork"), "lengthM=\"500.0\"", "lengthM=\"-500.0\"");
        Run run = Designs.run("validate", "--format", "json", file.toString());
        // issue 14 item 4: an impossible value is bad input (exit 2) naming file:line:col, element, attribute and value
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode(), run.out() + run.err());
        JsonObject design = objects(json(run.out()).getAsJsonArray("designs")).get(0);
        assertEquals("error", design.get("verdict").getAsString());
        assertTrue(design.get("error").getAsString().matches(".*negative\\.lightwork:\\d+:\\d+: Channel 'smf' › Length \\(m\\) = -500 is outside the physical range .*\\(attribute lengthM in the file.*"),
                design.get("error").getAsString());
        List<JsonObject> problems = objects(design.getAsJsonArray("diagnostics")).stream()
                .filter(x -> x.get("rule").getAsString().equals("LW-INPUT-INCOMPLETE")).toList();
        assertEquals(4, problems.size(), "one per lane");
        assertTrue(problems.get(0).get("message").getAsString().contains("smf › Length (m) = -500.0 is negative"), problems.get(0).toString());
        assertTrue(objects(design.getAsJsonArray("lanes")).stream().allMatch(l -> l.get("marginDb").isJsonNull()), "unknown margin is null");
    }

    /**
     * Found by the fuzz test: a thermal path of 1e308 K/W made the thermal solver throw (singular matrix). It is now an
     * input problem naming the path and the value; the design fails and the batch goes on.
     */
    @Test
    void anAbsurdThermalResistanceIsAnInputProblemNotACrash() throws IOException {
        Path file = Designs.variant(dr4(), dir.resolve("huge-resistance.lightwork"), "resistanceKPerW=\"2.5\"", "resistanceKPerW=\"1e308\"");
        Run run = Designs.run("validate", "--format", "json", file.toString(), examples.get("800g-lpo-osfp").toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode(), run.err()); // issue 14 item 4: impossible value = bad input
        List<JsonObject> designs = objects(json(run.out()).getAsJsonArray("designs"));
        assertEquals("error", designs.get(0).get("verdict").getAsString());
        assertTrue(designs.get(0).get("error").getAsString().contains("Thermal path tj-dsp → case › Resistance (K/W) = 1.0E308 is outside the physical range"), run.out());
        assertEquals("pass", designs.get(1).get("verdict").getAsString());
        assertTrue(objects(designs.get(0).getAsJsonArray("diagnostics")).stream().anyMatch(d -> d.get("rule").getAsString().equals("LW-INPUT-INCOMPLETE")
                && d.get("message").getAsString().contains("tj-dsp -> case: resistance = 1.0E308 K/W")), run.out());
    }

    @Test
    void aMixedBatchGoesOnAfterBadFilesAndKeepsInputOrder() throws IOException {
        Path missing = dir.resolve("missing.lightwork");
        Path broken = malformed();
        Path weak = weakLasers();
        Path lpo = examples.get("800g-lpo-osfp");
        Run run = Designs.run("validate", "--format", "json", "--jobs", "3", dr4().toString(), missing.toString(), broken.toString(),
                weak.toString(), lpo.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode(), "2 wins over 1");
        List<JsonObject> designs = objects(json(run.out()).getAsJsonArray("designs"));
        assertEquals(List.of(dr4().toString(), missing.toString(), broken.toString(), weak.toString(), lpo.toString()),
                designs.stream().map(d -> d.get("file").getAsString()).toList());
        assertEquals(List.of("pass", "error", "error", "fail", "pass"), designs.stream().map(d -> d.get("verdict").getAsString()).toList());
        List<String> err = lines(run.err());
        assertEquals(2, err.size(), run.err());
        assertTrue(err.get(0).startsWith("lightwork: " + missing + ": "), err.get(0));
        assertTrue(err.get(1).startsWith("lightwork: " + broken + ":"), err.get(1));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws IOException {
        String[] inputs = {examplesDir.toString(), weakLasers().toString(), malformed().toString()};
        String sequential = Designs.run(concat(new String[] {"validate", "--format", "json", "--jobs", "1"}, inputs)).out();
        String parallel = Designs.run(concat(new String[] {"validate", "--format", "json", "--jobs", "4"}, inputs)).out();
        assertEquals(sequential, parallel);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void junitReportIsValidJenkinsJUnitXmlWithOneSuitePerDesign() throws Exception {
        Path weak = weakLasers();
        Path missing = dir.resolve("missing.lightwork");
        Path report = dir.resolve("out/junit.xml");
        Run run = Designs.run("validate", "--format", "junit", "--output", report.toString(), dr4().toString(), weak.toString(),
                missing.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertEquals("", run.out(), "the report went to the file");
        String xml = Files.readString(report);
        try (InputStream xsd = Designs.resource("schemas/jenkins-junit.xsd")) {
            Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd));
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(xml)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        Element pass = (Element) suites.item(0);
        Element fail = (Element) suites.item(1);
        Element error = (Element) suites.item(2);
        assertEquals(dr4().toString(), pass.getAttribute("name"));
        // 4 lanes + power + thermal
        assertEquals("6", pass.getAttribute("tests"));
        assertEquals("0", pass.getAttribute("failures"));
        assertEquals("6", fail.getAttribute("tests"));
        assertEquals("4", fail.getAttribute("failures"), "each lane's link budget fails");
        NodeList failures = fail.getElementsByTagName("failure");
        assertEquals("LW-LINK-MARGIN", ((Element) failures.item(0)).getAttribute("type"));
        assertEquals("lane lane0 link budget", ((Element) failures.item(0).getParentNode()).getAttribute("name"));
        assertEquals("1", error.getAttribute("errors"));
        assertTrue(((Element) error.getElementsByTagName("error").item(0)).getAttribute("message").contains("file not found"));
        assertEquals("13", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("4", doc.getDocumentElement().getAttribute("failures"));
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
        assertEquals(List.of("lightwork: " + missing + ": file not found"), lines(run.err()));
    }

    @Test
    void sarifReportValidatesAgainstTheSarif210Schema() throws IOException {
        Path weak = weakLasers();
        Path pmd = Designs.variant(dr4(), dir.resolve("pmd x.lightwork"), "opticalPmd=\"400GBASE-DR4\"", "opticalPmd=\"NOPE\"");
        Run run = Designs.run("validate", "--format", "sarif", dr4().toString(), weak.toString(), malformed().toString(), pmd.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        JsonObject sarif = json(run.out());
        assertEquals(List.of(), sarifSchema().violations(sarif));

        JsonObject runObject = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        Set<String> ruleIds = objects(rules).stream().map(r -> r.get("id").getAsString()).collect(Collectors.toSet());
        List<JsonObject> results = objects(runObject.getAsJsonArray("results"));
        for (JsonObject r : results) {
            String id = r.get("ruleId").getAsString();
            assertTrue(ruleIds.contains(id), id);
            assertEquals(id, objects(rules).get(r.get("ruleIndex").getAsInt()).get("id").getAsString(), "ruleIndex points at the rule");
        }
        JsonObject margin = results.stream().filter(r -> r.get("ruleId").getAsString().equals("LW-LINK-MARGIN")).findFirst().orElseThrow();
        assertEquals("error", margin.get("level").getAsString());
        JsonObject location = margin.getAsJsonArray("locations").get(0).getAsJsonObject();
        JsonObject physical = location.getAsJsonObject("physicalLocation");
        assertEquals(weak.toUri().toString(), physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals(lineOf(weak, "id=\"lane0\""), physical.getAsJsonObject("region").get("startLine").getAsInt());
        JsonObject logical = location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject();
        assertEquals("lane0", logical.get("name").getAsString());
        assertEquals("400g-dr4-qsfpdd/lane0", logical.get("fullyQualifiedName").getAsString());
        JsonObject unknownPmd = results.stream().filter(r -> r.get("ruleId").getAsString().equals("LW-INPUT-PMD")).findFirst().orElseThrow();
        assertEquals(1, results.stream().filter(r -> r.get("ruleId").getAsString().equals("LW-INPUT-PMD")).count(), "once per design");
        assertTrue(unknownPmd.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith("pmd%20x.lightwork"));
        assertEquals(1, results.stream().filter(r -> r.get("ruleId").getAsString().equals("LW-FILE")).count());
        assertEquals(2, runObject.getAsJsonArray("invocations").get(0).getAsJsonObject().get("exitCode").getAsInt());
    }

    @Test
    void theSchemaCheckRejectsWhatTheSchemaForbids() throws IOException {
        JsonObject broken = json("{\"version\":\"2.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\","
                + "\"message\":{\"text\":\"x\"},\"extra\":1}]}]}");
        List<String> violations = sarifSchema().violations(broken);
        assertTrue(violations.stream().anyMatch(v -> v.contains("\"2.0\" is not one of")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("'name' is missing")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("\"fatal\"")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("'extra' is not allowed")), violations.toString());
    }

    private static JsonSchemaCheck sarifSchema() throws IOException {
        try (InputStream in = Designs.resource("schemas/sarif-schema-2.1.0.json")) {
            return new JsonSchemaCheck(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        }
    }

    @Test
    void outputFileIsReplacedAtomicallyAndDesignsAreNeverOverwritten() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "old");
        Run run = Designs.run("validate", "-f", "JSON", "-o", report.toString(), dr4().toString());
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(Designs.run("validate", "--format", "json", dr4().toString()).out(), Files.readString(report));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList(), "no temp file left behind");
        }
        String before = Designs.read(dr4());
        Run refused = Designs.run("validate", "--output", dr4().toString(), dr4().toString());
        assertEquals(LightworkCommand.EXIT_USAGE, refused.exitCode());
        assertTrue(refused.err().contains("would overwrite a design file"), refused.err());
        assertEquals(before, Designs.read(dr4()));
    }

    @Test
    void foldersAreSearchedRecursivelyAndGlobsExpanded() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("designs/sub"));
        Files.copy(dr4(), dir.resolve("designs/a.lightwork"));
        Files.copy(examples.get("800g-lpo-osfp"), nested.resolve("b.lightwork"));
        Files.writeString(nested.resolve("notes.txt"), "not a design");
        Run folder = Designs.run("validate", "--format", "json", dir.resolve("designs").toString());
        Run glob = Designs.run("validate", "--format", "json", dir + "/designs/**/*.lightwork");
        assertEquals(LightworkCommand.EXIT_OK, folder.exitCode(), folder.err());
        assertEquals(LightworkCommand.EXIT_OK, glob.exitCode(), glob.err());
        List<String> expected = List.of(dir.resolve("designs/a.lightwork").toString(), nested.resolve("b.lightwork").toString());
        assertEquals(expected, objects(json(folder.out()).getAsJsonArray("designs")).stream().map(d -> d.get("file").getAsString()).toList());
        assertEquals(expected, objects(json(glob.out()).getAsJsonArray("designs")).stream().map(d -> d.get("file").getAsString()).toList());

        Run twice = Designs.run("validate", "--format", "json", dir.resolve("designs").toString(), dir.resolve("designs/a.lightwork").toString());
        assertEquals(2, json(twice.out()).getAsJsonArray("designs").size(), "a design named twice is checked once");

        Run none = Designs.run("validate", dir + "/designs/**/*.nothing");
        assertEquals(LightworkCommand.EXIT_USAGE, none.exitCode());
        assertTrue(none.out().startsWith("ERROR " + dir + "/designs/**/*.nothing: no file matches"), none.out());
        Run empty = Designs.run("validate", Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(LightworkCommand.EXIT_USAGE, empty.exitCode());
        assertTrue(empty.out().contains("folder holds no .lightwork files"), empty.out());
    }

    @Test
    void helpDocumentsFormatsAndExitCodes() {
        Run help = Designs.run("validate", "--help");
        assertEquals(LightworkCommand.EXIT_OK, help.exitCode());
        for (String text : List.of("Usage: lightwork validate", "--format", "--output", "--jobs", "text", "json", "junit", "sarif",
                "SARIF 2.1.0", "Exit codes:", "0  every design passes", "1  at least one design violates a check", "2  bad input or usage",
                "2 wins over 1")) {
            assertTrue(help.out().contains(text), "help mentions '" + text + "':\n" + help.out());
        }
        Run root = Designs.run("--help");
        assertTrue(root.out().contains("validate"), root.out());
        assertEquals(help.out(), Designs.run("help", "validate").out());
    }

    @Test
    void progressOnlyWhenAskedOrOnATerminal() {
        // Tests run without a console: quiet by default, shown with --progress.
        assertEquals("", Designs.run("validate", "--format", "json", examplesDir.toString()).err());
        Run shown = Designs.run("validate", "--progress", "--format", "json", examplesDir.toString());
        assertTrue(shown.err().contains("checked 5/5 designs"), shown.err());
        assertTrue(shown.err().endsWith("\r"), "the line is cleared before the report");
        assertEquals(5, json(shown.out()).getAsJsonArray("designs").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--jobs=0", "--format=pdf", "--no-such-option"})
    void wrongUsageExitsTwo(String option) {
        Run run = Designs.run("validate", option, examplesDir.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertNotNull(run.err());
        assertTrue(run.err().startsWith("lightwork: "), run.err());
    }

    @Test
    void noArgumentsIsAUsageError() {
        Run run = Designs.run("validate");
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    @Test
    void infoDiagnosticsStayOutOfErrorsButInJson() {
        Run run = Designs.run("validate", "--format", "json", dr4().toString());
        JsonObject design = objects(json(run.out()).getAsJsonArray("designs")).get(0);
        long info = objects(design.getAsJsonArray("diagnostics")).stream().filter(d -> d.get("severity").getAsString().equals("info")).count();
        assertEquals(1, info, "the power summary");
    }
}
