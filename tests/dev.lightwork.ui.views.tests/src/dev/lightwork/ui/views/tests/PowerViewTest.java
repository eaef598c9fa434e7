package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.diagram.chart.BarChart.Kind;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.PowerView;

/** The Power view: summary figures, breakdown chart against the MSA class, per-lane table, export, live edits. */
class PowerViewTest {

    @TempDir
    Path temp;

    @Test
    void summaryChartAndLaneTableShowThePowerBudget() throws Exception {
        PowerView view = Workbench.show(PowerView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Workbench.select(view, dr4.getLanes().get(0));
        PowerBudget b = Workbench.analyse(dr4).power();

        String summary = view.summaryText();
        assertTrue(summary.contains(String.format(Locale.ROOT, "total %.2f W", b.totalW())), summary);
        assertTrue(summary.contains(String.format(Locale.ROOT, "%.2f pJ/bit", b.pJPerBit())), summary);
        assertTrue(summary.contains(String.format(Locale.ROOT, "MSA class limit %.1f W", b.msaClassLimitW())), summary);

        BarChart chart = view.chart().chart();
        Bar total = chart.bars().get(chart.bars().size() - 1);
        assertEquals("Total", total.label());
        assertEquals(b.totalW(), total.value(), 1e-12);
        // the kind bars add up to the load, the DC-DC bar brings it to the total
        double parts = chart.bars().stream().filter(x -> x.kind() == Kind.PART).mapToDouble(Bar::value).sum();
        double independentLoad = dr4.getComponents().stream().filter(c -> !(c instanceof dev.lightwork.model.PowerConverter))
                .mapToDouble(c -> c.getPowerMw() == null ? 0 : c.getPowerMw() / 1000).sum();
        assertEquals(independentLoad, parts, 1e-9);
        assertEquals(b.conversionLossW(), chart.bars().stream().filter(x -> x.label().equals("DC-DC loss")).mapToDouble(Bar::value).sum(), 1e-12);
        assertEquals(b.msaClassLimitW(), chart.markers().get(0).value(), 0.0);

        assertEquals(dr4.getLanes().size(), view.laneTable().rows().size());
        for (int i = 0; i < dr4.getLanes().size(); i++) {
            Lane lane = dr4.getLanes().get(i);
            assertEquals(lane.getId(), view.laneTable().rows().get(i).laneId());
            assertEquals(b.laneW().get(lane.getId()), view.laneTable().rows().get(i).watts(), 0.0);
        }
        Path csv = temp.resolve("lanes.csv");
        view.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("Lane,Power (W),Share of load (%)", lines.get(0));
        assertEquals(dr4.getLanes().size() + 1, lines.size());
        assertEquals(b.laneW().get(dr4.getLanes().get(3).getId()), Double.parseDouble(lines.get(4).split(",")[1]), 0.0);

        Path png = temp.resolve("power.png");
        view.exportPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertTrue(image.width >= 200, "png width " + image.width);
        Path svg = temp.resolve("power.svg");
        view.exportSvg(svg);
        assertTrue(Files.readString(svg).contains(String.format(Locale.ROOT, ">%.2f<", b.totalW())));

        Workbench.page().setPartState(Workbench.page().findViewReference(PowerView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "power-dr4");
        Workbench.page().setPartState(Workbench.page().findViewReference(PowerView.ID), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void cpoByPartShowsTheLargestPartsAndFollowsAPowerEdit() throws Exception {
        PowerView view = Workbench.show(PowerView.ID);
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        Workbench.select(view, cpo);
        view.setBreakdownByPart(true);
        try {
            BarChart chart = view.chart().chart();
            assertTrue(chart.bars().size() <= 17, "at most 14 parts + others + DC-DC + total: " + chart.bars().size());
            assertTrue(chart.bars().stream().anyMatch(x -> x.label().endsWith("other parts")));
            assertEquals(512, view.laneTable().rows().size());
            Workbench.page().setPartState(Workbench.page().findViewReference(PowerView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            Workbench.spin();
            Screenshots.capture(view.getSite().getShell(), "power-cpo-by-part");
            Workbench.page().setPartState(Workbench.page().findViewReference(PowerView.ID), IWorkbenchPage.STATE_RESTORED);

            Component dsp = cpo.getComponents().stream().filter(c -> c.getPowerMw() != null && c.getPowerMw() > 0).findFirst().orElseThrow();
            AdapterFactoryEditingDomain domain = Workbench.editingDomain();
            Workbench.set(domain, dsp, LightworkPackage.eINSTANCE.getComponent_PowerMw(), dsp.getPowerMw() + 1000.0);
            double expected = Workbench.analyse(cpo).power().totalW();
            Workbench.waitUntil("power follows the edit", () -> view.analysis().power().totalW() == expected);
            assertTrue(view.summaryText().contains(String.format(Locale.ROOT, "total %.2f W", expected)), view.summaryText());
        } finally {
            view.setBreakdownByPart(false);
        }
    }
}
