package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.report.DesignReport;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.report.ReportInput;

/** The HTML report of every example, parsed as XML and checked against the analyzer's own numbers. */
class DesignReportHtmlTest {

    static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);

    /** Lane table header to the budget term it must show (written here independently of the report code). */
    static final Map<String, ToDoubleFunction<LinkBudget>> DB_TERMS = new LinkedHashMap<>();

    static {
        DB_TERMS.put("Laser", LinkBudget::laserOutputDbm);
        DB_TERMS.put("Derating", LinkBudget::temperatureDeratingDb);
        DB_TERMS.put("Modulator", LinkBudget::modulatorLossDb);
        DB_TERMS.put("Mux", LinkBudget::muxLossDb);
        DB_TERMS.put("Tx attach", LinkBudget::txAttachLossDb);
        DB_TERMS.put("Avg launch", LinkBudget::averageLaunchDbm);
        DB_TERMS.put("ER", LinkBudget::extinctionRatioDb);
        DB_TERMS.put("Tx OMA", LinkBudget::txOmaDbm);
        DB_TERMS.put("TDECQ", LinkBudget::tdecqDb);
        DB_TERMS.put("Fibre", LinkBudget::fibreLossDb);
        DB_TERMS.put("Connectors", LinkBudget::connectorLossDb);
        DB_TERMS.put("Splices", LinkBudget::spliceLossDb);
        DB_TERMS.put("Channel IL", LinkBudget::channelInsertionLossDb);
        DB_TERMS.put("Penalties", LinkBudget::penaltiesDb);
        DB_TERMS.put("Rx OMA", LinkBudget::rxOmaDbm);
        DB_TERMS.put("Required", LinkBudget::marginReferenceDbm);
        DB_TERMS.put("PMD sens.", LinkBudget::pmdSensitivityDbm);
        DB_TERMS.put("Margin", LinkBudget::marginDb);
        DB_TERMS.put("Demux", LinkBudget::demuxLossDb);
        DB_TERMS.put("Rx attach", LinkBudget::rxAttachLossDb);
        DB_TERMS.put("OMA at PD", LinkBudget::detectorOmaDbm);
        DB_TERMS.put("Component sens.", LinkBudget::derivedSensitivityDbm);
        DB_TERMS.put("Internal margin", LinkBudget::internalMarginDb);
    }

    static Stream<Arguments> examples() {
        Path repo = Path.of(System.getProperty("lightwork.repo", "../.."));
        return ReferenceDesigns.TEMPLATES.keySet().stream().map(id -> Arguments.of(id, repo.resolve("examples").resolve(id + ".lightwork")));
    }

    static String report(DesignAnalysis analysis, String file) {
        return DesignReport.html(ReportInput.of(analysis, LIBRARY).withSourceFile(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reportOfExampleHasEverySectionAndTheAnalyzersNumbers(String id, Path file) throws Exception {
        TransceiverDesign design = DesignFiles.load(file);
        DesignAnalysis analysis = ANALYZER.analyze(design);
        String html = report(analysis, file.toString());
        ReportDom dom = new ReportDom(html);

        for (String section : List.of("summary", "diagrams", "link", "power", "thermal", "diagnostics", "inputs")) {
            Element s = dom.byId(section);
            assertEquals("section", s.getLocalName());
            assertTrue(ReportDom.descendants(s, "p").stream().noneMatch(p -> p.getAttribute("class").contains("section-error")),
                    section + " failed: " + s.getTextContent());
        }
        assertTrue(ReportDom.text(dom.byId("title-block")).contains(design.getName()));
        assertTrue(ReportDom.text(dom.byId("title-block")).contains(file.toString()));
        assertTrue(ReportDom.text(dom.byId("title-block")).contains(analysis.verdict().name()));

        lanesAreAllCountedWithTheirNumbers(dom, analysis);
        powerAndThermalNumbers(dom, analysis);
        everyDiagnosticIsListed(dom, analysis);
        sourcesAreListed(dom, design);
        noExternalReferences(dom, html);
        // the worst lane's waterfall and its BER curve (when the lane has a BER estimate: a PMD target or the FEC threshold)
        boolean berCurve = analysis.worstLane().map(w -> Double.isFinite(w.preFecBer())).orElse(false);
        assertEquals(berCurve ? 2 : 1, ReportDom.descendants(dom.byId("link"), "svg").size(), "waterfall and BER curve in the link section");
        assertEquals(2, ReportDom.descendants(dom.byId("power"), "svg").size(), "module and per-lane power charts");
    }

    private static void lanesAreAllCountedWithTheirNumbers(ReportDom dom, DesignAnalysis analysis) {
        Map<String, LinkBudget> byId = new LinkedHashMap<>();
        for (Map.Entry<Lane, LinkBudget> e : analysis.linkBudgets().entrySet()) {
            byId.put(e.getKey().getId(), e.getValue());
        }
        List<Element> rows = ReportDom.rows(dom.byId("lane-table"));
        int counted = 0;
        Set<String> seen = new HashSet<>();
        for (Element row : rows) {
            String[] lanes = row.getAttribute("data-lanes").split(" ");
            int count = Integer.parseInt(ReportDom.text(ReportDom.cells(row).get(1)));
            assertEquals(lanes.length, count, "count cell equals the lanes of the row");
            counted += count;
            for (String lane : lanes) {
                assertTrue(seen.add(lane), lane + " in one row only");
                LinkBudget b = byId.get(lane);
                for (Map.Entry<String, ToDoubleFunction<LinkBudget>> t : DB_TERMS.entrySet()) {
                    assertEquals(QuantityFormat.db(t.getValue().applyAsDouble(b)), ReportDom.term(row, t.getKey()), lane + " " + t.getKey());
                }
                // below the model's floor a BER is a bound: "< 1.00e-30"
                assertEquals((b.preFecBerIsBound() ? "< " : "") + QuantityFormat.ber(b.preFecBer()), ReportDom.term(row, "Pre-FEC BER"));
                assertEquals((b.postFecBerIsBound() ? "< " : "") + QuantityFormat.ber(b.postFecBer()), ReportDom.term(row, "Post-FEC BER"));
                assertEquals(b.sharedLaser() ? "1:" + b.laserLaneCount() + " " + QuantityFormat.db(b.splitLossDb()) : "none", ReportDom.term(row, "Split"));
            }
        }
        assertEquals(analysis.linkBudgets().size(), counted, "every lane counted once");
        assertEquals(byId.keySet(), seen);
    }

    private static void powerAndThermalNumbers(ReportDom dom, DesignAnalysis analysis) {
        assertEquals(QuantityFormat.watts(analysis.power().totalW()), ReportDom.text(dom.byId("power-total")));
        String summary = ReportDom.text(dom.byId("summary"));
        assertTrue(summary.contains(QuantityFormat.watts(analysis.power().totalW()) + " W"), summary);
        analysis.worstLane().ifPresent(w -> assertTrue(summary.contains(QuantityFormat.db(w.marginDb()) + " dB on " + w.laneId()), summary));
        int lanes = 0;
        for (Element row : ReportDom.rows(dom.byId("lane-power-table"))) {
            lanes += Integer.parseInt(row.getAttribute("data-count"));
        }
        assertEquals(analysis.power().laneW().size(), lanes);
        Element thermal = dom.byId("thermal-table");
        for (Map.Entry<String, Double> t : analysis.thermal().temperatureC().entrySet()) {
            List<Element> cells = ReportDom.cells(ReportDom.rowStartingWith(thermal, t.getKey()));
            assertEquals(QuantityFormat.celsius(t.getValue()), ReportDom.text(cells.get(4)), t.getKey());
            Double limit = analysis.thermal().limitC().get(t.getKey());
            if (limit != null) {
                assertEquals(QuantityFormat.celsius(limit), ReportDom.text(cells.get(5)));
                assertEquals(QuantityFormat.celsius(limit - t.getValue()), ReportDom.text(cells.get(6)));
            }
        }
    }

    private static void everyDiagnosticIsListed(ReportDom dom, DesignAnalysis analysis) {
        if (analysis.diagnostics().isEmpty()) {
            return;
        }
        List<String> messages = ReportDom.rows(dom.byId("diagnostics-table")).stream()
                .map(r -> ReportDom.text(ReportDom.cells(r).get(7))).toList();
        assertEquals(analysis.diagnostics().size(), messages.size());
        for (Diagnostic d : analysis.diagnostics()) {
            assertTrue(messages.contains(d.getMessage().trim()), d.getMessage());
        }
    }

    private static void sourcesAreListed(ReportDom dom, TransceiverDesign design) {
        String pmdSource = LIBRARY.pmd(design.getOpticalPmd()).orElseThrow().provenance().source();
        assertTrue(ReportDom.text(dom.byId("pmd-source")).contains(pmdSource));
        List<Element> components = ReportDom.rows(dom.byId("components-table"));
        int counted = 0;
        for (Element row : components) {
            counted += Integer.parseInt(ReportDom.text(ReportDom.cells(row).get(1)));
        }
        assertEquals(design.getComponents().size(), counted, "every component counted once");
        for (Component c : design.getComponents()) {
            CatalogPart part = LIBRARY.part(c.getCatalogPart()).orElseThrow();
            Element row = components.stream().filter(r -> List.of(r.getAttribute("data-ids").split(" ")).contains(c.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError(c.getId() + " not listed"));
            List<Element> cells = ReportDom.cells(row);
            assertEquals(part.id(), ReportDom.text(cells.get(6)));
            assertEquals(part.provenance().source(), ReportDom.text(cells.get(7)));
            assertEquals(part.provenance().confidence().name(), ReportDom.text(cells.get(8)));
            assertEquals("", ReportDom.text(cells.get(10)), "reference designs use catalogue values as they are");
        }
        LIBRARY.powerClass(design.getFormFactor(), design.getMsaPowerClass() == null ? -1 : design.getMsaPowerClass())
                .ifPresent(pc -> assertTrue(ReportDom.text(dom.byId("power-class-source")).contains(pc.provenance().source())));
    }

    /** Self-contained: only in-page links, no scripts, style sheets, images or CSS urls from elsewhere. */
    private static void noExternalReferences(ReportDom dom, String html) {
        for (Element e : dom.all()) {
            for (String attr : List.of("src", "href", "xlink:href", "data")) {
                String v = e.getAttribute(attr);
                assertTrue(v.isEmpty() || v.startsWith("#"), e.getLocalName() + " " + attr + "=" + v);
            }
            assertFalse(List.of("script", "link", "img", "iframe", "image").contains(e.getLocalName()), e.getLocalName());
        }
        assertFalse(html.contains("url("), "no CSS url()");
        assertFalse(html.contains("@import"), "no CSS import");
    }

    @Test
    void cpoLaneTableGroupsIdenticalLanes() throws Exception {
        DesignAnalysis analysis = ANALYZER.analyze(ReferenceDesigns.cpo51200G());
        ReportDom dom = new ReportDom(report(analysis, null));
        List<Element> rows = ReportDom.rows(dom.byId("lane-table"));
        assertEquals(512, analysis.linkBudgets().size());
        assertTrue(rows.size() <= 16, "512 identical-by-design lanes fold into a few rows, not " + rows.size());
    }

    @Test
    void failingLanesGetTheirOwnRowsAndRedMargin() throws Exception {
        TransceiverDesign design = ReferenceDesigns.cpo51200G();
        Lane weak = design.getLanes().get(37);
        // a lane of its own with a weak laser: give it a private copy of its laser
        var laser = org.eclipse.emf.ecore.util.EcoreUtil.copy(weak.getLaser());
        laser.setId("weak-laser");
        laser.setOutputPowerDbm(weak.getLaser().getOutputPowerDbm() - 15);
        design.getComponents().add(laser);
        weak.setLaser(laser);
        DesignAnalysis analysis = ANALYZER.analyze(design);
        ReportDom dom = new ReportDom(report(analysis, null));
        Element row = ReportDom.rows(dom.byId("lane-table")).stream().filter(r -> r.getAttribute("data-lanes").equals(weak.getId()))
                .findFirst().orElseThrow();
        assertEquals("1", ReportDom.text(ReportDom.cells(row).get(1)));
        Element margin = ReportDom.cells(row).stream().filter(c -> c.getAttribute("data-term").equals("Margin")).findFirst().orElseThrow();
        assertTrue(margin.getAttribute("class").contains("fail"));
        assertEquals(QuantityFormat.db(analysis.linkBudget(weak).marginDb()), ReportDom.text(margin));
        int counted = ReportDom.rows(dom.byId("lane-table")).stream().mapToInt(r -> Integer.parseInt(r.getAttribute("data-count"))).sum();
        assertEquals(512, counted);
    }

    @Test
    void valuesChangedFromTheCatalogueAreNamed() throws Exception {
        TransceiverDesign design = ReferenceDesigns.dr4400G();
        Component laser = design.getLanes().get(1).getLaser();
        double catalogue = LIBRARY.part(laser.getCatalogPart()).orElseThrow().number("output_power_dbm").getAsDouble();
        ((dev.lightwork.model.Laser) laser).setOutputPowerDbm(catalogue + 1);
        ReportDom dom = new ReportDom(report(ANALYZER.analyze(design), null));
        Element row = ReportDom.rows(dom.byId("components-table")).stream().filter(r -> r.getAttribute("data-ids").equals(laser.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("changed laser has its own row"));
        assertEquals("Output power " + QuantityFormat.plain(catalogue + 1) + " dBm (catalogue " + QuantityFormat.plain(catalogue) + " dBm)",
                ReportDom.text(ReportDom.cells(row).get(10)));
    }

    @Test
    void writeHtmlWritesTheSameDocumentAsUtf8(@TempDir Path dir) throws Exception {
        DesignAnalysis analysis = ANALYZER.analyze(ReferenceDesigns.dr4400G());
        ReportInput input = ReportInput.of(analysis, LIBRARY);
        Path file = dir.resolve("sub/report.html");
        DesignReport.writeHtml(input, file);
        assertEquals(DesignReport.html(input), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temp file left behind");
        }
    }
}
