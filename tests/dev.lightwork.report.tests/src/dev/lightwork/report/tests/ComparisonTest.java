package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ModelChange;
import dev.lightwork.report.ModelDiff;
import dev.lightwork.report.ReportInput;

/** Two revisions: a stronger laser on lane 0 and a longer fibre; the report states both changes and the margin moves. */
class ComparisonTest {

    @Test
    void laserPowerAndFibreLengthChangesAndTheirMarginDeltasAreReported() throws Exception {
        TransceiverDesign before = ReferenceDesigns.dr4400G();
        TransceiverDesign after = EcoreUtil.copy(before);
        Lane lane0 = after.getLanes().get(0);
        Laser laser = lane0.getLaser();
        Channel fibre = lane0.getChannel();
        double oldPower = laser.getOutputPowerDbm();
        double oldLength = fibre.getLengthM();
        laser.setOutputPowerDbm(oldPower + 1.5);
        fibre.setLengthM(oldLength + 1500);

        DesignAnalysis a0 = DesignReportHtmlTest.ANALYZER.analyze(before);
        DesignAnalysis a1 = DesignReportHtmlTest.ANALYZER.analyze(after);
        ReportDom dom = new ReportDom(DesignReport.html(ReportInput.compare(a0, a1, DesignReportHtmlTest.LIBRARY)));
        assertEquals(DesignReport.html(ReportInput.compare(a0, a1, DesignReportHtmlTest.LIBRARY).withGeneratedAt(java.time.ZonedDateTime.parse("2026-01-01T00:00Z"))),
                DesignReport.html(ReportInput.compare(before, after, DesignReportHtmlTest.ANALYZER).withGeneratedAt(java.time.ZonedDateTime.parse("2026-01-01T00:00Z"))));

        Element changes = dom.byId("changes-table");
        assertEquals(2, ReportDom.rows(changes).size(), changes.getTextContent());
        assertChange(changes, laser.getId(), "Output power (dBm)", QuantityFormat.plain(oldPower), QuantityFormat.plain(oldPower + 1.5));
        assertChange(changes, fibre.getId(), "Length (m)", QuantityFormat.plain(oldLength), QuantityFormat.plain(oldLength + 1500));

        // Independent expectation: OMA follows the laser dB for dB; the fibre adds attenuation x length.
        double fibreLoss = fibre.getAttenuationDbPerKm() * 1500 / 1000.0;
        double lane0Delta = 1.5 - fibreLoss;
        double otherDelta = -fibreLoss;
        Element margins = dom.byId("margin-changes");
        for (Element row : ReportDom.rows(margins)) {
            List<String> lanes = List.of(row.getAttribute("data-lanes").split(" "));
            double expected = lanes.contains(lane0.getId()) ? lane0Delta : otherDelta;
            assertEquals(QuantityFormat.deltaDb(expected), ReportDom.term(row, "Change"), lanes.toString());
            if (lanes.contains(lane0.getId())) {
                assertEquals(List.of(lane0.getId()), lanes, "lane0 moved differently from the others");
            }
        }
        int counted = ReportDom.rows(margins).stream().mapToInt(r -> Integer.parseInt(r.getAttribute("data-count"))).sum();
        assertEquals(4, counted);
        // The worst lane was any of the four identical lanes; now the worst is one of the lanes without the stronger laser.
        double worstBefore = a0.worstLane().orElseThrow().marginDb();
        double worstAfter = a1.worstLane().orElseThrow().marginDb();
        assertEquals(worstBefore + otherDelta, worstAfter, 1e-9);
        Element metric = ReportDom.rowStartingWith(dom.byId("comparison-metrics"), "Worst lane margin (dB)");
        assertEquals(QuantityFormat.deltaDb(otherDelta), ReportDom.text(ReportDom.cells(metric).get(3)));
        assertEquals(QuantityFormat.db(worstBefore), ReportDom.text(ReportDom.cells(metric).get(1)));
    }

    private static void assertChange(Element table, String element, String feature, String oldValue, String newValue) {
        Element row = ReportDom.rowStartingWith(table, element);
        List<Element> cells = ReportDom.cells(row);
        assertEquals("attribute", ReportDom.text(cells.get(2)));
        assertEquals(feature, ReportDom.text(cells.get(3)));
        assertEquals(oldValue, ReportDom.text(cells.get(4)));
        assertEquals(newValue, ReportDom.text(cells.get(5)));
    }

    @Test
    void diffFindsAddedRemovedAndRewiredElements() {
        TransceiverDesign before = ReferenceDesigns.dr4400G();
        TransceiverDesign after = EcoreUtil.copy(before);
        Lane lane1 = after.getLanes().get(1);
        Laser shared = after.getLanes().get(0).getLaser();
        String oldLaser = lane1.getLaser().getId();
        lane1.setLaser(shared);
        EcoreUtil.delete(after.getComponents().stream().filter(c -> c.getId().equals(oldLaser)).findFirst().orElseThrow());
        after.getThermalNetwork().getPaths().remove(after.getThermalNetwork().getPaths().size() - 1);

        List<ModelChange> changes = ModelDiff.between(before, after);
        assertTrue(changes.contains(new ModelChange(ModelChange.Kind.REFERENCE, lane1.getId(), "Lane", "laser", oldLaser, shared.getId())),
                changes.toString());
        assertTrue(changes.contains(new ModelChange(ModelChange.Kind.REMOVED, oldLaser, "Laser", null, null, null)), changes.toString());
        int paths = before.getThermalNetwork().getPaths().size();
        assertTrue(changes.contains(new ModelChange(ModelChange.Kind.REMOVED, "thermalNetwork/paths[" + (paths - 1) + "]", "ThermalPath",
                null, null, null)), changes.toString());
        assertEquals(3, changes.size(), changes.toString());
        assertEquals(List.of(), ModelDiff.between(before, EcoreUtil.copy(before)));
    }
}
