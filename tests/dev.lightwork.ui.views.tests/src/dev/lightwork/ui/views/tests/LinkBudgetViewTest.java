package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.LaneBudget;
import dev.lightwork.ui.views.LinkBudgetColumns;
import dev.lightwork.ui.views.LinkBudgetView;
import dev.lightwork.ui.views.ViewPreferences;
import dev.lightwork.ui.views.table.AnalysisTable;
import dev.lightwork.ui.views.table.CellStyles;

/** The Link Budget view in the running workbench: table, colours, waterfall, selection, live edits, export. */
class LinkBudgetViewTest {

    /** These tests read the table lane by lane: one row per lane (grouping, on by default, is LaneTablesTest's). */
    @BeforeEach
    void oneRowPerLane() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        view.setGroupIdenticalLanes(false);
    }

    @AfterEach
    void groupedAgain() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        view.setGroupIdenticalLanes(true);
    }

    private static final LightworkPackage P = LightworkPackage.eINSTANCE;

    @TempDir
    Path temp;

    @AfterEach
    void restorePreferences() {
        ViewPreferences.store().setToDefault(ViewPreferences.POWER_UNIT);
        ViewPreferences.store().setToDefault(ViewPreferences.MARGIN_WARNING_BAND_DB);
        Workbench.spin();
    }

    private static int column(AnalysisTable<LaneBudget> table, String name) {
        return LinkBudgetColumns.indexOf(table.columns(), name);
    }

    private static double required(TransceiverDesign d) {
        return d.getRequiredMarginDb() == null ? 0.0 : d.getRequiredMarginDb();
    }

    @Test
    void cpoShowsAll512LanesAndAWeakenedLaneTurnsRedThroughAnEditCommand() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        Lane weak = cpo.getLanes().get(7);
        long start = System.nanoTime();
        Workbench.select(view, weak);
        double cold = (System.nanoTime() - start) / 1e6;
        TransceiverDesign other = ReferenceDesigns.cpo51200G();
        start = System.nanoTime();
        Workbench.select(view, other.getLanes().get(3));
        double warm = (System.nanoTime() - start) / 1e6;
        Workbench.select(view, weak);
        System.out.printf(Locale.ROOT, "[measure] CPO (512 lanes) selected, analysed and shown in the Link Budget view: first %.1f ms, again %.1f ms%n",
                cold, warm);

        AnalysisTable<LaneBudget> table = view.table();
        view.setGroupIdenticalLanes(false); // this test reads the table lane by lane
        assertEquals(512, table.rows().size());
        // the grid is virtual: its body reports every lane although only a screenful is painted
        assertEquals(512, table.bodyRowCount());
        DesignAnalysis expected = Workbench.analyse(cpo);
        int margin = column(table, LinkBudgetColumns.MARGIN);
        Lane last = cpo.getLanes().get(511);
        assertEquals(last.getId(), table.rows().get(511).lane().getId());
        assertEquals(String.format(Locale.ROOT, "%.2f", expected.linkBudget(last).marginDb()), table.textAt(511, margin));
        assertEquals(label(expected.linkBudget(weak).marginDb(), required(cpo)), colourLabel(table, 7, margin));

        // weaken lane 7 by raising its TDECQ through the command stack (as the editor does): margin = required - 0.5 dB
        double target = required(cpo) - 0.5;
        double tdecq = weak.getTdecqDb() + expected.linkBudget(weak).marginDb() - target;
        AdapterFactoryEditingDomain domain = Workbench.editingDomain();
        Workbench.set(domain, weak, P.getLane_TdecqDb(), tdecq);
        Workbench.waitUntil("re-analysis after the edit", () -> Math.abs(view.analysis().linkBudget(weak).marginDb() - target) < 1e-9);

        assertEquals(Workbench.analyse(cpo).linkBudget(weak).marginDb(), view.analysis().linkBudget(weak).marginDb(), 1e-12);
        assertEquals(String.format(Locale.ROOT, "%.2f", target), table.textAt(7, margin));
        assertTrue(table.labelsAt(7, margin).contains(CellStyles.FAIL), table.labelsAt(7, margin).toString());
        assertEquals(CellStyles.FAIL_RGB, table.backgroundAt(7, margin).getRGB());
        assertTrue(view.summaryText().contains("FAIL"), view.summaryText());

        Workbench.page().setPartState(Workbench.page().findViewReference(LinkBudgetView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "link-budget-cpo-weak-lane");
        Workbench.page().setPartState(Workbench.page().findViewReference(LinkBudgetView.ID), IWorkbenchPage.STATE_RESTORED);

        domain.getCommandStack().undo();
        Workbench.waitUntil("re-analysis after undo",
                () -> Math.abs(view.analysis().linkBudget(weak).marginDb() - expected.linkBudget(weak).marginDb()) < 1e-12);
        assertEquals(label(expected.linkBudget(weak).marginDb(), required(cpo)), colourLabel(table, 7, margin));
        view.setGroupIdenticalLanes(true); // back to the default for the views the next tests open
    }

    private static String label(double margin, double required) {
        double band = ViewPreferences.marginWarningBandDb();
        return margin < required ? CellStyles.FAIL : margin < required + band ? CellStyles.MARGINAL : CellStyles.OK;
    }

    private static String colourLabel(AnalysisTable<LaneBudget> table, int row, int col) {
        return table.labelsAt(row, col).stream().filter(l -> l.startsWith("lw.") && !l.equals("lw.number")).findFirst().orElse(null);
    }

    @Test
    void waterfallBarsAreTheLinkBudgetTermsOfTheSelectedLane() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Lane lane = dr4.getLanes().get(2);
        Workbench.select(view, lane.getLaser()); // a part on a lane selects that lane
        assertSame(lane, view.lane());
        LinkBudget b = Workbench.analyse(dr4).linkBudget(lane);

        BarChart chart = view.waterfall().chart();
        assertTrue(chart.title().contains(lane.getId()), chart.title());
        // the bars are the analysis's waterfall steps (LinkBudget.waterfall()), in its order and with its labels
        assertEquals(b.waterfall().steps().stream().map(step -> step.label()).toList(), chart.bars().stream().map(Bar::label).toList());
        assertEquals(b.laserOutputDbm(), bar(chart, "Laser").value(), 1e-12);
        assertEquals(b.temperatureDeratingDb(), bar(chart, "T derating").value(), 1e-12);
        assertEquals(-b.modulatorLossDb(), bar(chart, "Modulator").value(), 1e-12);
        assertEquals(b.averageLaunchDbm(), bar(chart, "Avg launch @TP2").value(), 1e-12);
        assertEquals(b.txOmaDbm(), bar(chart, "Tx OMA @TP2").value(), 1e-12);
        assertEquals(-b.fibreLossDb(), bar(chart, "Fibre").value(), 1e-12);
        assertEquals(-b.connectorLossDb(), bar(chart, "Connectors").value(), 1e-12);
        assertEquals(-b.penaltiesDb(), bar(chart, "Penalties").value(), 1e-12);
        assertEquals(b.rxOmaDbm(), bar(chart, "Rx OMA @TP3").value(), 1e-12);
        assertEquals(-b.tdecqDb(), bar(chart, "TDECQ").value(), 1e-12);
        // the steps chain: each level is where the steps before it ended (Tx OMA less the channel is Rx OMA at TP3)
        for (int i = 1; i < chart.bars().size(); i++) {
            Bar before = chart.bars().get(i - 1);
            Bar level = chart.bars().get(i);
            if (Double.isNaN(level.from()) && !Double.isNaN(before.from())) {
                assertEquals(level.to(), before.to(), 1e-9, before.label() + " ends where " + level.label() + " stands");
            }
        }
        // the receiver's demux is inside the module, after TP3, so it is not a step
        assertTrue(chart.bars().stream().noneMatch(x -> x.label().startsWith("Demux")), chart.bars().toString());
        // the BER curve beside it: the lane's operating point marked at its Rx OMA
        assertTrue(view.berCurve().chart().references().stream().anyMatch(r -> r.vertical() && Math.abs(r.value() - b.rxOmaDbm()) < 1e-9),
                view.berCurve().chart().references().toString());
        // the requirement line sits exactly one margin below the eye (Rx OMA - TDECQ)
        double requirement = chart.markers().get(0).value();
        assertEquals(b.marginDb(), b.rxOmaDbm() - b.tdecqDb() - requirement, 1e-9);

        Path png = temp.resolve("waterfall.png");
        view.exportPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertTrue(image.width >= 200 && image.height >= 150, image.width + "x" + image.height);
        Path svg = temp.resolve("waterfall.svg");
        view.exportSvg(svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.contains(">TDECQ<") && text.trim().endsWith("</svg>"), text);
        Workbench.page().setPartState(Workbench.page().findViewReference(LinkBudgetView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "link-budget-dr4");
        Workbench.page().setPartState(Workbench.page().findViewReference(LinkBudgetView.ID), IWorkbenchPage.STATE_RESTORED);
    }

    private static Bar bar(BarChart chart, String label) {
        return chart.bars().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no bar " + label));
    }

    @Test
    void laserPowerEditThroughTheCommandStackUpdatesMarginLive() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Lane lane = dr4.getLanes().get(0);
        Workbench.select(view, lane);
        double before = view.analysis().linkBudget(lane).marginDb();
        assertEquals(Workbench.analyse(dr4).linkBudget(lane).marginDb(), before, 1e-12);

        AdapterFactoryEditingDomain domain = Workbench.editingDomain();
        Workbench.set(domain, lane.getLaser(), P.getLaser_OutputPowerDbm(), lane.getLaser().getOutputPowerDbm() - 2.0);
        double after = Workbench.analyse(dr4).linkBudget(lane).marginDb();
        assertTrue(after < before - 1.0, before + " -> " + after);
        Workbench.waitUntil("margin follows the laser edit", () -> view.analysis().linkBudget(lane).marginDb() == after);
        int margin = column(view.table(), LinkBudgetColumns.MARGIN);
        assertEquals(String.format(Locale.ROOT, "%.2f", after), view.table().textAt(0, margin));
        BarChart chart = view.waterfall().chart();
        assertEquals(after, bar(chart, "Rx OMA @TP3").value() + bar(chart, "TDECQ").value() - chart.markers().get(0).value(), 1e-9);
        assertEquals(after, view.analysis().linkBudget(lane).marginDb(), 0.0);
    }

    @Test
    void rowSelectionPublishesTheLaneToTheWorkbench() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign dr8 = ReferenceDesigns.dr8800G();
        Workbench.select(view, dr8);
        AtomicReference<Object> published = new AtomicReference<>();
        ISelectionListener listener = (part, selection) -> {
            if (part == view && selection instanceof IStructuredSelection s) {
                published.set(s.getFirstElement());
            }
        };
        Workbench.page().addSelectionListener(listener);
        view.setGroupIdenticalLanes(false); // one row per lane (grouped, the DR8's identical lanes share one row)
        try {
            view.getSite().getPage().activate(view);
            view.table().select(5);
            Workbench.spin();
            assertSame(dr8.getLanes().get(5), ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement());
            assertSame(dr8.getLanes().get(5), published.get());
            assertSame(dr8.getLanes().get(5), view.lane());
            assertTrue(view.waterfall().chart().title().contains(dr8.getLanes().get(5).getId()));
        } finally {
            Workbench.page().removeSelectionListener(listener);
            view.setGroupIdenticalLanes(true); // the default
        }
    }

    @Test
    void csvExportHoldsEveryLaneWithTheAnalysisNumbers() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        Workbench.select(view, cpo);
        Path csv = temp.resolve("link.csv");
        view.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(513, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals("Lane", header.get(0));
        int margin = header.indexOf("Margin (dB)");
        int rxOma = header.indexOf("Rx OMA @TP3 (dBm)");
        assertTrue(margin > 0 && rxOma > 0, header.toString());
        DesignAnalysis expected = Workbench.analyse(cpo);
        for (int i = 0; i < 512; i++) {
            Lane lane = cpo.getLanes().get(i);
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(lane.getId(), cells[0]);
            assertEquals(expected.linkBudget(lane).marginDb(), Double.parseDouble(cells[margin]), 0.0, "margin of " + lane.getId());
            assertEquals(expected.linkBudget(lane).rxOmaDbm(), Double.parseDouble(cells[rxOma]), 0.0, "Rx OMA of " + lane.getId());
        }
    }

    @Test
    void preferencesSwitchPowersToMilliwattsAndWidenTheWarningBand() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Workbench.select(view, dr4.getLanes().get(1));
        LinkBudget b = Workbench.analyse(dr4).linkBudget(dr4.getLanes().get(1));

        ViewPreferences.store().setValue(ViewPreferences.POWER_UNIT, ViewPreferences.UNIT_MW);
        Workbench.spin();
        int tx = column(view.table(), "Tx OMA @TP2");
        assertEquals("Tx OMA @TP2\n(mW)", view.table().columns().get(tx).header());
        assertEquals(String.format(Locale.ROOT, "%.3f", Math.pow(10, b.txOmaDbm() / 10)), view.table().textAt(1, tx));

        int margin = column(view.table(), LinkBudgetColumns.MARGIN);
        double band = b.marginDb() - required(dr4) + 0.5; // widen the amber band past this lane's margin
        ViewPreferences.store().setValue(ViewPreferences.MARGIN_WARNING_BAND_DB, band);
        Workbench.spin();
        if (b.marginDb() >= required(dr4)) {
            assertTrue(view.table().labelsAt(1, margin).contains(CellStyles.MARGINAL), view.table().labelsAt(1, margin).toString());
            assertEquals(CellStyles.MARGINAL_RGB, view.table().backgroundAt(1, margin).getRGB());
        }
        ViewPreferences.store().setToDefault(ViewPreferences.POWER_UNIT);
        Workbench.spin();
        assertEquals("Tx OMA @TP2\n(dBm)", view.table().columns().get(tx).header());
    }

    @Test
    void lightworkFileSelectedInTheProjectExplorerIsLoadedAndBadFilesAreNamed() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("views-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path example = Path.of(System.getProperty("lightwork.repo", "../.."), "examples", "800g-lpo-osfp.lightwork");
        IFile file = project.getFile("lpo.lightwork");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(Files.newInputStream(example), IResource.FORCE, null);
        Workbench.select(view, file);
        assertNotNull(view.design());
        assertEquals(ReferenceDesigns.lpo800G().getId(), view.design().getId());
        assertEquals(ReferenceDesigns.lpo800G().getLanes().size(), view.table().rows().size());

        // the file is saved again with a weaker laser on lane 0 (another tool, version control): the view reloads it
        TransceiverDesign loaded = view.design();
        TransceiverDesign changed = DesignFiles.load(example);
        Lane lane0 = changed.getLanes().get(0);
        lane0.getLaser().setOutputPowerDbm(lane0.getLaser().getOutputPowerDbm() - 3.0);
        DesignFiles.save(changed, file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        double expected = Workbench.analyse(changed).linkBudget(lane0).marginDb();
        Workbench.waitUntil("reload of the changed file", () -> view.design() != loaded);
        assertEquals(expected, view.analysis().linkBudgets().values().iterator().next().marginDb(), 1e-12);

        IFile bad = project.getFile("broken.lightwork");
        if (bad.exists()) {
            bad.delete(true, null);
        }
        bad.create(new ByteArrayInputStream("<lightwork:TransceiverDesign".getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Workbench.select(view, bad);
        assertTrue(view.summaryText().startsWith("Cannot load the design") && view.summaryText().contains("broken.lightwork"), view.summaryText());
    }
}
