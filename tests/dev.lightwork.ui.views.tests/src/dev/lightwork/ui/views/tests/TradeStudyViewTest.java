package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.chart.ChartImages;
import dev.lightwork.diagram.chart.ScatterChart;
import dev.lightwork.diagram.chart.ScatterChart.Dot;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.Metric;
import dev.lightwork.model.OptimisationSense;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.report.study.FrontCsv;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.PointVariant;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyBuilder;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;
import dev.lightwork.solver.engine.TradeStudySolver;
import dev.lightwork.report.study.ParetoPlot;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.TradeStudyJob;
import dev.lightwork.ui.views.TradeStudyView;
import dev.lightwork.ui.views.TradeStudyView.State;

/**
 * The Trade Study view on a 400G-DR4 design file: a study run as a job gives the solver's own front in the scatter
 * and the table, a cancelled run is never shown as an exact front, a clicked point is previewed and "Create Design
 * from Point" writes it as a new design file named by what changed, exports write the front.
 */
class TradeStudyViewTest {

    private static final String STUDY = "tia";
    private static final String BIG_STUDY = "dr4-parts";
    private static final String IMPOSSIBLE = "under-1W";

    @TempDir
    Path temp;

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.spin();
    }

    /**
     * The receiver's TIA from the catalogue, module power against TIA bandwidth: 4 designs, a real trade-off (more
     * bandwidth costs power). A laser x TIA study with margin as objective makes the solver report a disagreement
     * with the analyzer on this branch (DML OMA/TDECQ), so the view test uses the TIA alone.
     */
    static TradeStudy tiaStudy() {
        return new StudyBuilder(STUDY).choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53", "TIA-LIN-113", "TIA-CPO-53")
                .minimise(Metric.MODULE_POWER_W).objective(Metric.ATTRIBUTE, OptimisationSense.MAXIMIZE, "TIA.bandwidthGhz").build();
    }

    /** dr4 as shipped (its dr4-parts study: 48 designs, three objectives) with the TIA and the impossible study, saved as a workspace file. */
    static IFile designFile(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("TradeStudies");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        for (IResource old : project.members()) {
            if (old.getName().startsWith(name + "-")) {
                old.delete(true, null); // points written by an earlier run of this test
            }
        }
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        assertEquals(BIG_STUDY, dr4.getTradeStudies().get(0).getId(), "the example ships with its parts study");
        dr4.getTradeStudies().add(tiaStudy());
        // no 400G-DR4 module runs on 1 W: the solver must say which limit is to blame
        dr4.getTradeStudies().add(new StudyBuilder(IMPOSSIBLE).choice("tia", "TIA", "TIA-LIN-53", "TIA-CPO-53").minimise(Metric.COST_USD)
                .constraint(Metric.MODULE_POWER_W, ConstraintOperator.LE, 1.0).build());
        IFile file = project.getFile(name + ".lightwork");
        DesignFiles.save(dr4, file.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    static TradeStudyView viewOn(IFile file) throws Exception {
        TradeStudyView view = Workbench.show(TradeStudyView.ID);
        view.selectionChanged(null, new StructuredSelection(file));
        Workbench.spin();
        assertEquals(file, view.file());
        return view;
    }

    static void awaitRun(TradeStudyView view) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 120_000;
        while (view.job() != null || view.state() == State.RUNNING) {
            assertTrue(System.currentTimeMillis() < end, "trade study still running after 120 s: " + view.statusText());
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    @Test
    void runShowsTheSolversFrontInScatterAndTable() throws Exception {
        IFile file = designFile("dr4-study");
        TradeStudyView view = viewOn(file);
        assertEquals(3, view.studyCombo().getItemCount());
        assertTrue(view.selectStudy(STUDY));
        assertNotNull(view.run(), "run started");
        assertEquals(State.RUNNING, view.state());
        awaitRun(view);
        assertEquals(State.EXACT, view.state(), view.statusText());
        assertTrue(view.canRun(), "Run enabled again");
        assertFalse(view.canCancel(), "nothing to cancel");

        // the solver run independently on the saved file: the front the view must show
        TransceiverDesign saved = DesignFiles.load(file.getLocation().toFile().toPath());
        StudyResult expected = new TradeStudySolver(Workbench.ANALYZER).explore(saved, TradeStudySolver.study(saved, STUDY), 60, ProgressMonitor.NONE);
        assertFalse(expected.partial());
        assertTrue(expected.front().size() >= 2, "a trade-off, not a single best design: " + expected.front().size());
        StudyResult shown = view.result();
        assertEquals(expected.front().size(), shown.front().size());

        ScatterChart chart = view.scatter().chart();
        assertFalse(chart.partial());
        assertEquals("module power [W] (minimise)", chart.xLabel());
        assertEquals("TIA.bandwidthGhz (maximise)", chart.yLabel());
        assertEquals(expected.front().size(), chart.points().size());
        for (int i = 0; i < expected.front().size(); i++) {
            ParetoPoint p = expected.front().get(i);
            Dot d = chart.points().get(i);
            assertEquals(p.values()[0], d.x(), 1e-9, "power of point " + i);
            assertEquals(p.values()[1], d.y(), 1e-9, "bandwidth of point " + i);
            assertEquals("p" + (i + 1), d.label());
        }
        // a Pareto front: power rises strictly while the bandwidth does (no point dominates another)
        for (int i = 1; i < chart.points().size(); i++) {
            assertTrue(chart.points().get(i).x() > chart.points().get(i - 1).x());
            assertTrue(chart.points().get(i).y() > chart.points().get(i - 1).y());
        }

        assertEquals(expected.front().size(), view.pointTable().getItemCount());
        assertEquals("tia", view.pointTable().getColumn(1).getText());
        assertEquals("module power [W]", view.pointTable().getColumn(2).getText());
        for (int i = 0; i < expected.front().size(); i++) {
            ParetoPoint p = expected.front().get(i);
            TableItem row = view.pointTable().getItem(i);
            assertEquals("p" + (i + 1), row.getText(0));
            int c = 1;
            for (StudyVariable v : expected.variables()) {
                assertEquals(p.choices().get(v.name()), row.getText(c++));
            }
            for (double value : p.values()) {
                assertEquals(value, Double.parseDouble(row.getText(c++)), Math.abs(value) * 1e-5 + 1e-9);
            }
            assertEquals(String.valueOf(p.analysis().verdict()), row.getText(c));
        }
        // issue 17: the design has a yield study, so the front is re-ranked by Monte Carlo yield and cost per good module
        int yieldColumn = 1 + expected.variables().size() + expected.objectives().size() + 1;
        assertEquals(expected.front().size(), view.yields().size());
        assertEquals("Yield", view.pointTable().getColumn(yieldColumn).getText());
        assertEquals("Cost per good module [USD]", view.pointTable().getColumn(yieldColumn + 1).getText());
        java.util.Set<String> ranks = new java.util.TreeSet<>();
        for (int i = 0; i < expected.front().size(); i++) {
            TableItem row = view.pointTable().getItem(i);
            assertTrue(row.getText(yieldColumn).matches("\\d+\\.\\d\\d % \\[.*\\]"), row.getText(yieldColumn));
            ranks.add(row.getText(yieldColumn + 2));
        }
        assertEquals(expected.front().size(), ranks.size(), "each point its own rank");

        Path csv = temp.resolve("front.csv");
        view.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(FrontCsv.header(FrontCsv.write(expected)), List.of(lines.get(0).split(",")));
        assertEquals(expected.front().size() + 1, lines.size());
        Path svg = temp.resolve("front.svg");
        view.exportSvg(svg);
        String svgText = Files.readString(svg);
        // every point is a round marker: a path of arcs (the shared chart layout draws no other curves in a scatter)
        assertEquals(expected.front().size(), svgText.split("<path d='M[^']*C", -1).length - 1, "one round marker per point");
        Path png = temp.resolve("front.png");
        view.exportPng(png);
        assertTrue(new ImageLoader().load(png.toString())[0].width >= 200);

        // a front the search did not finish is drawn hollow, titled and noted as partial
        StudyResult stopped = new StudyResult(expected.study(), expected.variables(), expected.objectives(), expected.front(), true, "time limit",
                expected.combinations(), expected.solverNodes(), expected.measureSeconds(), expected.solveSeconds(), expected.validateSeconds(),
                expected.notes(), null);
        ScatterChart partial = TradeStudyView.chartOf(stopped, "dr4-study.lightwork");
        assertTrue(partial.partial());
        assertTrue(partial.title().endsWith("(PARTIAL)"), partial.title());
        assertTrue(partial.note().contains("time limit"), partial.note());
        String partialSvg = ChartImages.svg(partial, 800, 500);
        // every point is a round marker (a path of arcs) inside an outline-only group: hollow
        assertEquals(expected.front().size(), partialSvg.split("<path d='M[^']*C", -1).length - 1, "round points");
        assertFalse(partialSvg.contains("fill:rgb(60,120,180)"), "no point is filled");

        IWorkbenchPage page = Workbench.page();
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        System.out.println("Before screenshot: state " + view.state() + ", run " + view.canRun() + ", cancel " + view.canCancel() + ", job " + view.job());
        Screenshots.capture(view.getSite().getShell(), "trade-study-view");
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_RESTORED);
        Workbench.spin();
    }

    /**
     * A click selects and previews a point and writes nothing; "Create Design from Point" writes it, named by what it
     * changed, never over an existing file; a row's double-click creates too (issue 16 item 5).
     */
    @Test
    void clickingAPointPreviewsItAndCreateDesignWritesItNamedByWhatChanged() throws Exception {
        IFile file = designFile("dr4-click");
        TradeStudyView view = viewOn(file);
        assertTrue(view.selectStudy(STUDY));
        view.run();
        awaitRun(view);
        assertEquals(State.EXACT, view.state(), view.statusText());
        assertFalse(view.canCreateDesign(), "nothing selected yet");
        int last = view.result().front().size() - 1;
        int before = file.getParent().members().length;
        clickPoint(view, last);

        assertEquals(last, view.selectedPoint());
        assertEquals(last, view.pointTable().getSelectionIndex(), "the table follows the plot");
        assertEquals(last, view.scatter().chart().selected());
        assertEquals(before, file.getParent().members().length, "a click writes nothing");
        ParetoPoint point = view.result().front().get(last);
        TransceiverDesign base = DesignFiles.load(file.getLocation().toFile().toPath());
        PointVariant variant = PointVariant.of(base, view.result().variables(), point);
        assertFalse(variant.isBase(), "the highest-bandwidth TIA is not the base design's");
        String preview = view.previewText();
        assertTrue(preview.startsWith("p" + (last + 1) + ": " + variant.describe()), preview);
        assertTrue(preview.contains("module power [W] " + TradeStudyView.value(point.values()[0])), preview);
        assertTrue(preview.contains("worst lane " + point.analysis().worstLane().orElseThrow().laneId() + " margin "), preview);
        assertTrue(preview.contains("Verdict " + point.analysis().verdict()), preview);
        assertTrue(view.canCreateDesign());
        Screenshots.capture(view.getSite().getShell(), "trade-study-point-preview");

        pressCreate(view);
        String stem = "dr4-click-" + STUDY + "-" + variant.fileNamePart(80);
        IFile written = file.getParent().getFile(new org.eclipse.core.runtime.Path(stem + ".lightwork"));
        assertTrue(written.exists(), "written: " + written.getFullPath() + "; status " + view.statusText());
        TransceiverDesign reloaded = DesignFiles.load(written.getLocation().toFile().toPath());
        assertTrue(reloaded.getName().endsWith(STUDY + " p" + (last + 1) + ": " + variant.describe()), reloaded.getName());
        double power = Workbench.analyse(reloaded).power().totalW();
        assertEquals(point.values()[0], power, 1e-9, "the written design is the point's design");
        IEditorPart editor = Workbench.page().getActiveEditor();
        assertNotNull(editor);
        assertEquals(written, ((IFileEditorInput) editor.getEditorInput()).getFile());

        // the same point again: a new name, the first file untouched
        long stamp = written.getModificationStamp();
        view.select(last);
        pressCreate(view);
        IFile second = file.getParent().getFile(new org.eclipse.core.runtime.Path(stem + "-2.lightwork"));
        assertTrue(second.exists(), "second copy under a free name");
        assertEquals(stamp, written.getModificationStamp());

        // a row double-click creates the first point's design
        view.pointTable().setSelection(0);
        view.pointTable().notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.spin();
        PointVariant firstVariant = PointVariant.of(base, view.result().variables(), view.result().front().get(0));
        IFile first = file.getParent().getFile(new org.eclipse.core.runtime.Path("dr4-click-" + STUDY + "-" + firstVariant.fileNamePart(80) + ".lightwork"));
        assertTrue(first.exists(), first.getFullPath() + "; " + view.statusText());
        assertEquals(first, ((IFileEditorInput) Workbench.page().getActiveEditor().getEditorInput()).getFile());
    }

    /**
     * The shipped three-objective study on a design with a yield study: the colour chooser offers the third objective
     * (margin), and once the yield re-ranking has run, yield and cost per good module (yield shown first). The ramp follows
     * each quantity's sense (better end blue, the legend says which end is better: high margin and yield, low cost).
     */
    @Test
    void colourShowsTheThirdObjectiveYieldOrCostPerGoodModuleWithTheBetterEndNamed() throws Exception {
        IFile file = designFile("dr4-colour");
        TradeStudyView view = viewOn(file);
        assertTrue(view.selectStudy(BIG_STUDY));
        view.run();
        awaitRun(view);
        assertEquals(State.EXACT, view.state(), view.statusText());
        assertEquals(view.result().front().size(), view.yields().size(), "the re-ranking ran");
        assertEquals(List.of("third objective", "yield", "cost per good module"), List.of(view.colourCombo().getItems()));
        assertTrue(view.colourCombo().isEnabled());
        assertEquals(ParetoPlot.ColourBy.YIELD, view.colourBy(), "the yield is shown once it is known");
        assertEquals("yield", view.colourCombo().getText());
        ScatterChart chart = view.scatter().chart();
        assertTrue(chart.coloured());
        assertEquals(ScatterChart.Better.HIGH, chart.colourBetter());
        for (int i = 0; i < chart.points().size(); i++) {
            assertEquals(100 * view.yields().get(i).yield(), chart.points().get(i).colour(), 1e-9);
        }
        IWorkbenchPage page = Workbench.page();
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        view.select(0);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "trade-study-colour-yield");

        // the chooser, as a user picks: cost per good module, lower is better
        view.colourCombo().select(2);
        view.colourCombo().notifyListeners(SWT.Selection, new Event());
        Workbench.spin();
        chart = view.scatter().chart();
        assertEquals(ParetoPlot.ColourBy.COST_PER_GOOD_MODULE, view.colourBy());
        assertEquals("cost per good module [USD]", chart.colourLabel());
        assertEquals(ScatterChart.Better.LOW, chart.colourBetter());
        assertEquals(0, chart.selected(), "the selection stays");
        for (int i = 0; i < chart.points().size(); i++) {
            assertEquals(view.yields().get(i).costPerGoodModuleUsd(), chart.points().get(i).colour(), 1e-9);
        }
        Path svg = temp.resolve("cost.svg");
        view.exportSvg(svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("colour: cost per good module [USD]") && text.contains(" better<") && text.contains(" worse<"),
                "legend with the better end named, in the export");
        Screenshots.capture(view.getSite().getShell(), "trade-study-colour-cost-per-good");

        // the third objective: worst-lane margin, maximised
        assertTrue(view.setColourBy(ParetoPlot.ColourBy.THIRD_OBJECTIVE));
        Workbench.spin();
        chart = view.scatter().chart();
        assertEquals("worst-lane margin [dB]", chart.colourLabel());
        assertEquals(ScatterChart.Better.HIGH, chart.colourBetter());
        for (int i = 0; i < chart.points().size(); i++) {
            assertEquals(view.result().front().get(i).values()[2], chart.points().get(i).colour(), 1e-12);
        }
        view.exportSvg(svg);
        assertTrue(Files.readString(svg).contains("colour: worst-lane margin"), "legend in the export");
        Screenshots.capture(view.getSite().getShell(), "trade-study-colour");
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_RESTORED);
        Workbench.spin();
    }

    private static void pressCreate(TradeStudyView view) {
        assertTrue(view.createButton().isEnabled());
        view.createButton().notifyListeners(SWT.Selection, new Event());
        Workbench.spin();
    }

    /** Clicks a point where the plot (maximised, so it has room) draws it. */
    private static void clickPoint(TradeStudyView view, int index) throws Exception {
        IWorkbenchPage page = Workbench.page();
        Workbench.show(TradeStudyView.ID);
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        view.scatter().control().redraw();
        view.scatter().control().update();
        Workbench.spin();
        int[] centre = view.scatter().centreOf(index);
        assertNotNull(centre, "point drawn");
        assertEquals(index, view.scatter().pointAt(centre[0] + 2, centre[1] - 2), "hit test near the centre");
        Event up = new Event();
        up.button = 1;
        up.x = centre[0];
        up.y = centre[1];
        view.scatter().control().notifyListeners(SWT.MouseUp, up);
        Workbench.spin();
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_RESTORED);
        Workbench.spin();
    }

    @Test
    void cancelledRunIsNeverShownAsAnExactFront() throws Exception {
        IFile file = designFile("dr4-cancel");
        TradeStudyView view = viewOn(file);
        assertTrue(view.selectStudy(BIG_STUDY));
        TradeStudyJob job = view.run();
        assertNotNull(job);
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (job.getState() != Job.RUNNING && view.job() != null && System.currentTimeMillis() < end) {
            display.readAndDispatch();
        }
        view.cancel();
        awaitRun(view);
        assertNotEquals(State.EXACT, view.state(), view.statusText());
        assertTrue(view.state() == State.CANCELLED || view.state() == State.PARTIAL, view.state() + ": " + view.statusText());
        System.out.println("Cancelled trade study: " + view.state() + " - " + view.statusText());
        if (view.result() != null) {
            assertTrue(view.result().partial());
            assertEquals("cancelled", view.result().stopReason());
            if (view.result().feasible()) {
                assertTrue(view.scatter().chart().partial());
                assertTrue(view.scatter().chart().title().contains("PARTIAL"));
            }
        } else {
            assertTrue(view.statusText().toLowerCase(Locale.ROOT).contains("cancelled"), view.statusText());
        }
        assertTrue(view.studyCombo().isEnabled(), "ready for another run");
    }

    @Test
    void infeasibleStudyShowsTheSolversExplanation() throws Exception {
        IFile file = designFile("dr4-infeasible");
        TradeStudyView view = viewOn(file);
        // a TradeStudy selected in the editor's tree becomes the combo's study
        view.selectionChanged(null, new StructuredSelection(view.design().getTradeStudies().get(2)));
        Workbench.spin();
        assertEquals(2, view.studyCombo().getSelectionIndex());
        view.run();
        awaitRun(view);
        assertEquals(State.INFEASIBLE, view.state(), view.statusText());

        TransceiverDesign saved = DesignFiles.load(file.getLocation().toFile().toPath());
        StudyResult expected = new TradeStudySolver(Workbench.ANALYZER).explore(saved, TradeStudySolver.study(saved, IMPOSSIBLE), 60, ProgressMonitor.NONE);
        assertFalse(expected.feasible());
        assertNotNull(expected.infeasibility());
        assertTrue(view.statusText().contains("Tightest constraint: " + expected.infeasibility().constraint()), view.statusText());
        assertTrue(view.statusText().contains(expected.infeasibility().message()), view.statusText());
        assertTrue(view.scatter().chart().points().isEmpty());
        assertEquals(0, view.pointTable().getItemCount());
        IWorkbenchPage page = Workbench.page();
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "trade-study-infeasible");
        page.setPartState(page.findViewReference(TradeStudyView.ID), IWorkbenchPage.STATE_RESTORED);
        Workbench.spin();
    }
}
