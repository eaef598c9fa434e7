package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;

/** A broken design still gets a complete report that names the problem. */
class BrokenDesignTest {

    @Test
    void laneWithoutLaserIsReportedNotThrown() throws Exception {
        TransceiverDesign design = ReferenceDesigns.dr4400G();
        Lane lane = design.getLanes().get(2);
        lane.setLaser(null);
        DesignAnalysis analysis = DesignReportHtmlTest.ANALYZER.analyze(design);
        ReportInput input = ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY);
        ReportDom dom = new ReportDom(DesignReport.html(input));

        assertEquals(DesignAnalysis.Verdict.FAIL, analysis.verdict());
        Element row = ReportDom.rows(dom.byId("lane-table")).stream().filter(r -> r.getAttribute("data-lanes").equals(lane.getId()))
                .findFirst().orElseThrow();
        assertEquals(QuantityFormat.UNKNOWN, ReportDom.term(row, "Margin"));
        assertTrue(ReportDom.text(ReportDom.cells(row).get(ReportDom.cells(row).size() - 1)).contains(lane.getId() + ": no laser"));
        List<String> messages = ReportDom.rows(dom.byId("diagnostics-table")).stream().map(r -> ReportDom.text(r)).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("no laser")), messages.toString());
        assertTrue(ReportDom.text(dom.byId("summary")).contains("FAIL"));
        Element summary = ReportDom.descendants(dom.byId("summary"), "table").get(0);
        Element worst = ReportDom.cells(ReportDom.rowStartingWith(summary, "Worst lane margin")).get(1);
        assertTrue(worst.getAttribute("class").contains("fail"), "an incomplete lane makes the margin line red");
        byte[] pdf = DesignReport.pdf(input);
        assertTrue(pdf.length > 1000);
    }

    @Test
    void markupControlCharactersAndNonLatinTextInNamesAreEscaped() throws Exception {
        TransceiverDesign design = ReferenceDesigns.dr4400G();
        String name = "Rev <B> & \"C\" \u0001 \u2192 \u00b5m \u03a9 \u4e2d ]]>";
        design.setName(name);
        design.getComponents().get(0).setName("</td></tr><script>x</script>");
        ReportInput input = ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(design), DesignReportHtmlTest.LIBRARY);
        ReportDom dom = new ReportDom(DesignReport.html(input));
        // the control character cannot appear in XML 1.0 and is replaced; everything else survives as text
        assertTrue(ReportDom.text(dom.byId("title-block")).contains(name.replace('\u0001', dev.lightwork.model.io.SafeText.REPLACEMENT)));
        assertTrue(dom.all().stream().noneMatch(e -> e.getLocalName().equals("script")));
        assertTrue(DesignReport.pdf(input).length > 1000, "characters outside the PDF base fonts do not stop the PDF");
    }

    @Test
    void emptyDesignStillGetsAWellFormedReport() throws Exception {
        TransceiverDesign empty = LightworkFactory.eINSTANCE.createTransceiverDesign();
        DesignAnalysis analysis = DesignReportHtmlTest.ANALYZER.analyze(empty);
        ReportInput input = ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY);
        ReportDom dom = new ReportDom(DesignReport.html(input));
        for (String section : List.of("summary", "link", "power", "thermal", "diagnostics", "inputs")) {
            String text = ReportDom.text(dom.byId(section));
            assertTrue(!text.contains("could not be produced"), section + ": " + text);
        }
        assertTrue(DesignReport.pdf(input).length > 1000);
    }
}
