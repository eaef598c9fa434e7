package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;

/**
 * Issue 16 items 7 and 9 in the review report. Failing input: the 400G-DR4 reference design with lane 0's laser at
 * -6 dBm (too weak: launch, OMA, receive power, margin and BER fail on that lane).
 */
class ReportRootCauseTest {

    private static ReportInput weakLaser() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getLanes().get(0).getLaser().setOutputPowerDbm(-6.0);
        DesignAnalysis a = DesignReportHtmlTest.ANALYZER.analyze(d);
        return ReportInput.of(a, DesignReportHtmlTest.LIBRARY);
    }

    /** Defect: the diagnostics list showed a weak laser's consequences as unrelated rows in analysis order. */
    @Test
    void diagnosticsListedConsequencesApartFromTheirRootCause() throws Exception {
        ReportInput input = weakLaser();
        ReportDom dom = new ReportDom(DesignReport.html(input));
        List<Element> rows = ReportDom.rows(dom.byId("diagnostics-table"));
        assertEquals(input.analysis().diagnostics().size(), rows.size(), "every diagnostic is still listed");
        int root = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (ReportDom.text(ReportDom.cells(rows.get(i)).get(7)).contains("average launch power")) {
                root = i;
            }
        }
        assertTrue(root >= 0);
        assertTrue(rows.get(root).getAttribute("class").contains("root"));
        assertEquals("root cause of the 5 rows below", ReportDom.text(ReportDom.cells(rows.get(root)).get(8)));
        for (int i = root + 1; i <= root + 5; i++) {
            Element row = rows.get(i);
            assertTrue(row.getAttribute("class").contains("consequence"), row.getAttribute("class"));
            assertEquals("↳ follows from LW-LINK-LAUNCH on las0 › Output power (dBm)", ReportDom.text(ReportDom.cells(row).get(8)));
        }
        // the attribute column in words with its unit, not the feature name
        assertEquals("Output power (dBm)", ReportDom.text(ReportDom.cells(rows.get(root)).get(3)));
        assertFalse(ReportDom.text(dom.byId("diagnostics-table")).contains("outputPowerDbm"));

        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(input))) {
            // the column wraps its words (and after hyphens): compare without white space
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("rootcauseofthe5rowsbelow"), "the PDF groups as the HTML does");
            assertTrue(text.contains("↳followsfromLW-LINK-LAUNCHonlas0›Outputpower(dBm)"), "the PDF prints the arrow (DejaVu Sans has it)");
        }
    }

    /** Defect: the summary read "5 error(s), 0 warning(s)". */
    @Test
    void summaryCountsReadErrorParenS() throws Exception {
        ReportInput failing = weakLaser();
        String summary = ReportDom.text(new ReportDom(DesignReport.html(failing)).byId("summary"));
        assertFalse(summary.contains("(s)"), summary);
        long errors = failing.analysis().errors().size();
        assertTrue(summary.contains(errors + " errors, no warnings") || summary.contains(errors + " errors, 1 warning"), summary);
        assertTrue(summary.contains("1 of 4 lanes fails or is incomplete"), summary);

        ReportInput passing = ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(ReferenceDesigns.dr4400G()), DesignReportHtmlTest.LIBRARY);
        String ok = ReportDom.text(new ReportDom(DesignReport.html(passing)).byId("summary"));
        assertTrue(ok.contains("no errors"), ok);
        assertTrue(ok.contains("all 4 lanes pass"), ok);
    }

    /** Defect: the comparison's model changes named the attribute "outputPowerDbm" and the kind by its Ecore class. */
    @Test
    void modelChangesNamedAttributesByTheirFeatureName() throws Exception {
        TransceiverDesign before = ReferenceDesigns.dr4400G();
        TransceiverDesign after = ReferenceDesigns.dr4400G();
        after.getLanes().get(0).getLaser().setOutputPowerDbm(-6.0);
        after.getThermalNetwork().getPaths().get(0).setResistanceKPerW(after.getThermalNetwork().getPaths().get(0).getResistanceKPerW() + 1);
        String changes = ReportDom.text(new ReportDom(DesignReport.html(ReportInput.compare(before, after, DesignReportHtmlTest.ANALYZER)))
                .byId("changes-table"));
        assertFalse(changes.contains("outputPowerDbm") || changes.contains("ThermalPath") || changes.contains("resistanceKPerW"), changes);
        assertTrue(changes.contains("Output power (dBm)") && changes.contains("Thermal path") && changes.contains("Resistance (K/W)"), changes);
    }
}
