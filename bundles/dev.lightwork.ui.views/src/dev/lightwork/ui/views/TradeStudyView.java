package dev.lightwork.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.chart.ScatterChart;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.study.FrontCsv;
import dev.lightwork.report.study.ParetoPlot;
import dev.lightwork.solver.Infeasibility;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.PointVariant;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;
import dev.lightwork.yield.FrontYield;
import dev.lightwork.ui.views.chart.ScatterControl;

/**
 * Trade Study view: the trade studies of the selected design (or the study selected in the design editor), a
 * solver run as a cancellable job with the preference's time limit, the Pareto front as a scatter over the first
 * two objectives (a third as the points' colour) and as a table (choices and objective values), the solver's
 * explanation when nothing is feasible. Clicking a point (or a row) selects it and previews what changed, its values
 * and margin; "Create design from point" (or a row's double-click) writes that design next to the source file, named
 * by what changed, and opens it.
 */
public final class TradeStudyView extends AnalysisView {

    public static final String ID = "dev.lightwork.ui.views.tradeStudy";

    /** What the view shows below the controls. */
    public enum State { NO_STUDY, READY, RUNNING, EXACT, PARTIAL, INFEASIBLE, CANCELLED, FAILED }

    private Combo studies;
    /** What the points' colour shows, and the choices the shown front offers (in the combo's order). */
    private Combo colour;
    private List<ParetoPlot.ColourBy> colourChoices = List.of();
    private ParetoPlot.ColourBy colourBy;
    private Button run;
    private Button cancel;
    private Text status;
    private ScatterControl scatter;
    private Table table;
    private Text preview;
    private Button create;
    /** The selected point of the shown front, or -1. */
    private int selected = -1;
    /** What each point of the shown front changed against the design the study ran on (computed when the run finished). */
    private List<PointVariant> variants = List.of();
    private List<TradeStudy> shownStudies = List.of();
    /** Study id to pre-select (a TradeStudy selected in the editor). */
    private String preferredStudy;
    private State state = State.NO_STUDY;
    private TradeStudyJob job;
    /** Monte Carlo yield of each point of the shown front (FrontYield), empty when the design has no yield study. */
    private List<FrontYield.PointYield> yields = List.of();
    /** The last finished run, the design it ran on and the file beside which its points are written. */
    private StudyResult result;
    private TransceiverDesign resultDesign;
    private IFile resultSource;

    @Override
    protected Control createContent(Composite parent) {
        Composite content = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 4).applyTo(content);
        new Label(content, SWT.NONE).setText("Trade study:");
        studies = new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(studies);
        run = new Button(content, SWT.PUSH);
        run.setText("Run");
        run.setToolTipText("Solve the study's Pareto front (time limit: Lightwork preferences)");
        run.addListener(SWT.Selection, e -> run());
        cancel = new Button(content, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> cancel());
        Label colourLabel = new Label(content, SWT.NONE);
        colourLabel.setText("Colour:");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).indent(12, 0).applyTo(colourLabel);
        colour = new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN);
        colour.setToolTipText("What the points' colour shows: the third objective, or once the yield re-ranking has run, yield or cost per good module");
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(colour);
        colour.addListener(SWT.Selection, e -> {
            int i = colour.getSelectionIndex();
            if (i >= 0 && i < colourChoices.size()) {
                setColourBy(colourChoices.get(i));
            }
        });
        status = new Text(content, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).hint(300, 3 * status.getLineHeight()).applyTo(status);

        SashForm sash = new SashForm(content, SWT.VERTICAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(sash);
        scatter = new ScatterControl(sash);
        scatter.onPointClicked(this::select);
        SashForm lower = new SashForm(sash, SWT.HORIZONTAL | SWT.SMOOTH);
        table = new Table(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.Selection, e -> select(table.getSelectionIndex()));
        table.addListener(SWT.DefaultSelection, e -> {
            if (table.getSelectionIndex() >= 0) {
                createDesign(table.getSelectionIndex());
            }
        });
        Composite previewPane = new Composite(lower, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(previewPane);
        preview = new Text(previewPane, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview);
        create = new Button(previewPane, SWT.PUSH);
        create.setText("Create Design from Point");
        create.setToolTipText("Write the selected point's design beside the study's design (named by what changed) and open it");
        create.addListener(SWT.Selection, e -> createDesign(selected));
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(create);
        lower.setWeights(55, 45);
        sash.setWeights(60, 40);
        updateButtons();
        return content;
    }

    @Override
    protected void contributeToolbar(IToolBarManager toolbar) {
        toolbar.add(new ExportAction(getSite().getShell(), "Export Pareto front as CSV", "csv", "pareto-front", this::exportCsv));
        toolbar.add(new ExportAction(getSite().getShell(), "Export Pareto plot as PNG", "png", "pareto-front", this::exportPng));
        toolbar.add(new ExportAction(getSite().getShell(), "Export Pareto plot as SVG", "svg", "pareto-front", this::exportSvg));
    }

    /** A TradeStudy selected in the editor's tree becomes the study in the combo. */
    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection s && !s.isEmpty()
                && AdapterFactoryEditingDomain.unwrap(s.getFirstElement()) instanceof TradeStudy study) {
            preferredStudy = TradeStudyJob.label(study);
        }
        super.selectionChanged(part, selection);
    }

    @Override
    protected void render(DesignAnalysis analysis, Lane selectedLane) {
        TransceiverDesign design = analysis.design();
        String keep = preferredStudy != null ? preferredStudy : selectedStudyId();
        preferredStudy = null;
        shownStudies = List.copyOf(design.getTradeStudies());
        studies.setItems(shownStudies.stream().map(TradeStudyView::comboLabel).toArray(String[]::new));
        int index = 0;
        for (int i = 0; i < shownStudies.size(); i++) {
            if (TradeStudyJob.label(shownStudies.get(i)).equals(keep)) {
                index = i;
            }
        }
        if (!shownStudies.isEmpty()) {
            studies.select(index);
        }
        if (state == State.NO_STUDY || state == State.READY) {
            state = shownStudies.isEmpty() ? State.NO_STUDY : State.READY;
            status.setText(shownStudies.isEmpty() ? "This design has no trade study: add one in the design editor (New Child > Trade Study)."
                    : "Press Run to solve the Pareto front of the selected study.");
        }
        updateButtons();
    }

    private static String comboLabel(TradeStudy s) {
        String id = TradeStudyJob.label(s);
        return String.format(Locale.ROOT, "%s (%d variables, %d objectives)", id, s.getVariables().size(), s.getObjectives().size());
    }

    @Override
    protected String summary(DesignAnalysis analysis) {
        int n = analysis.design().getTradeStudies().size();
        return analysis.design().getId() + ": " + (n == 0 ? "no trade studies" : n == 1 ? "1 trade study" : n + " trade studies");
    }

    /** A failed, cancelled or infeasible run said something about the previous design only; a front keeps its title. */
    @Override
    protected void inputChanged(TransceiverDesign next) {
        if (state == State.CANCELLED || state == State.FAILED || state == State.INFEASIBLE) {
            showResult(null);
            state = State.NO_STUDY; // render says READY or NO_STUDY for the new design
        }
    }

    @Override
    protected void clear() {
        shownStudies = List.of();
        studies.setItems();
        showResult(null);
        state = State.NO_STUDY;
        status.setText("");
        updateButtons();
    }

    private String selectedStudyId() {
        int i = studies == null ? -1 : studies.getSelectionIndex();
        return i < 0 || i >= shownStudies.size() ? null : TradeStudyJob.label(shownStudies.get(i));
    }

    /** Selects a study by id or name (as the combo would); false when the design has none of that name. */
    public boolean selectStudy(String id) {
        for (int i = 0; i < shownStudies.size(); i++) {
            TradeStudy s = shownStudies.get(i);
            if (id.equals(s.getId()) || id.equals(s.getName())) {
                studies.select(i);
                return true;
            }
        }
        return false;
    }

    /** Starts the selected study as a job; returns it (null when nothing to run or a run is going on). */
    public TradeStudyJob run() {
        int i = studies.getSelectionIndex();
        TransceiverDesign design = design();
        if (job != null || design == null || i < 0 || i >= shownStudies.size()) {
            return null;
        }
        TradeStudy study = shownStudies.get(i);
        IFile source = file() != null ? file() : ParetoDesignFiles.sourceOf(design);
        int limit = ViewPreferences.solverTimeLimitSeconds();
        org.eclipse.swt.widgets.Display display = status.getDisplay();
        TradeStudyJob started = new TradeStudyJob(design, study, limit, line -> display.asyncExec(() -> {
            if (!status.isDisposed() && state == State.RUNNING) {
                status.setText(line);
            }
        }));
        started.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> finished(started, design, source));
            }
        });
        job = started;
        state = State.RUNNING;
        yields = List.of();
        showResult(null);
        status.setText(String.format(Locale.ROOT, "Solving %s (time limit %d s) ...", started.studyId(), limit));
        updateButtons();
        IWorkbenchSiteProgressService progress = getSite().getAdapter(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(started); // the view's tab shows it is busy
        } else {
            started.schedule();
        }
        return started;
    }

    /** Cancels a running study: the solver stops and returns the front found so far, marked partial. */
    public void cancel() {
        if (job != null) {
            job.cancel();
            status.setText("Cancelling ...");
        }
    }

    private void finished(TradeStudyJob done, TransceiverDesign design, IFile source) {
        if (job == done) {
            job = null;
        }
        if (status.isDisposed()) {
            return;
        }
        // a front stays shown when the selection moves on (e.g. to a point opened in the editor): its title names its design
        if (done.cancelled() || (done.result() == null && done.failure() == null)) {
            // cancelled while measuring the options, or before the job even started
            state = State.CANCELLED;
            showResult(null);
            status.setText("Cancelled before the search found any design.");
        } else if (done.failure() != null) {
            state = State.FAILED;
            showResult(null);
            status.setText("The study could not be solved: " + done.failure().getMessage());
        } else {
            resultDesign = design;
            resultSource = source;
            yields = done.yields();
            showResult(done.result());
        }
        updateButtons();
    }

    /** Fills scatter, table and status from a result (null clears them). */
    private void showResult(StudyResult r) {
        result = r;
        selected = -1;
        variants = r == null || resultDesign == null ? List.of()
                : r.front().stream().map(p -> PointVariant.of(resultDesign, r.variables(), p)).toList();
        preview.setText(r != null && r.feasible() ? "Click a point or a row to see what it changes, its values and its margin." : "");
        updateButtons();
        if (r == null || !r.feasible()) {
            colourChoices = List.of();
            colourBy = null;
            updateColourCombo();
        }
        if (r == null) {
            resultDesign = null;
            scatter.setChart(ScatterChart.empty(""));
            fillTable(null);
            return;
        }
        if (!r.feasible() && r.partial()) {
            state = "cancelled".equals(r.stopReason()) ? State.CANCELLED : State.PARTIAL;
            scatter.setChart(ScatterChart.empty("No design found before the search stopped (" + r.stopReason() + ")"));
            fillTable(null);
            status.setText("The search stopped (" + r.stopReason() + ") before it found any design: nothing is known about feasibility."
                    + (state == State.PARTIAL ? " Raise the solver time limit in the Lightwork preferences." : ""));
            return;
        }
        if (!r.feasible()) {
            state = State.INFEASIBLE;
            scatter.setChart(ScatterChart.empty("No feasible design in study " + r.study()));
            fillTable(null);
            status.setText(explanation(r.infeasibility()));
            return;
        }
        state = r.partial() ? State.PARTIAL : State.EXACT;
        colourChoices = ParetoPlot.colourChoices(r, yields);
        colourBy = ParetoPlot.defaultColour(r, yields);
        updateColourCombo();
        scatter.setChart(currentChart());
        fillTable(r);
        String how = r.partial() ? "PARTIAL front (" + r.stopReason() + "): designs found before the search stopped; more may exist"
                : "exact Pareto front (search complete)";
        status.setText(String.format(Locale.ROOT, "%d points, %s; %s combinations, %d solver nodes, %.2f s measuring + %.2f s search + %.2f s validation. "
                + "Click a point or a row to preview it; Create Design from Point writes it.", r.front().size(), how, r.combinations(), r.solverNodes(), r.measureSeconds(),
                r.solveSeconds(), r.validateSeconds()));
    }

    static String explanation(Infeasibility why) {
        if (why == null) {
            return "No feasible design.";
        }
        StringBuilder s = new StringBuilder("No feasible design. Tightest constraint: ").append(why.constraint()).append(" - ").append(why.message());
        for (String d : why.details()) {
            if (!why.message().contains(d)) { // the message often already is the one detail
                s.append("\n  ").append(d);
            }
        }
        return s.toString();
    }

    /** The shown front's chart with the chosen colour (the selected point kept). */
    private ScatterChart currentChart() {
        String name = resultSource != null ? resultSource.getName() : resultDesign != null ? resultDesign.getId() : "";
        return ParetoPlot.chart(result, name, yields, colourBy).withSelected(selected);
    }

    private void updateColourCombo() {
        colour.setItems(colourChoices.stream().map(ParetoPlot.ColourBy::label).toArray(String[]::new));
        if (colourBy != null && colourChoices.contains(colourBy)) {
            colour.select(colourChoices.indexOf(colourBy));
        }
        colour.setEnabled(colourChoices.size() > 1);
    }

    /**
     * Colours the points by {@code by} (third objective, yield or cost per good module); false when the shown front does not
     * offer it (no third objective, or no yield re-ranking yet).
     */
    public boolean setColourBy(ParetoPlot.ColourBy by) {
        if (result == null || !colourChoices.contains(by)) {
            return false;
        }
        colourBy = by;
        colour.select(colourChoices.indexOf(by));
        scatter.setChart(currentChart());
        return true;
    }

    /** What the points' colour shows now (null: one colour). */
    public ParetoPlot.ColourBy colourBy() {
        return colourBy;
    }

    public Combo colourCombo() {
        return colour;
    }

    /** The front over the first two objectives; {@code design} names its source. */
    public static ScatterChart chartOf(StudyResult r, String design) {
        return ParetoPlot.chart(r, design);
    }

    static String pointLabel(ParetoPoint p) {
        return ParetoPlot.pointLabel(p);
    }

    private void fillTable(StudyResult r) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            if (r == null) {
                return;
            }
            List<String> headers = new ArrayList<>(List.of("Point"));
            r.variables().forEach(v -> headers.add(v.name()));
            r.objectives().forEach(o -> headers.add(o.label()));
            headers.add("Verdict");
            boolean withYield = yields.size() == r.front().size();
            if (withYield) { // issue 17: Monte Carlo re-ranking of the exact front (FrontYield)
                headers.addAll(List.of("Yield", "Cost per good module [USD]", "Rank by cost per good"));
            }
            for (String h : headers) {
                TableColumn c = new TableColumn(table, SWT.LEFT);
                c.setText(h);
            }
            for (int i = 0; i < r.front().size(); i++) {
                List<String> cells = row(r, r.front().get(i));
                if (withYield) {
                    cells.addAll(yieldCells(yields.get(i)));
                }
                new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** Yield with its 95 % interval, cost per good module and rank of one front point ("-" where unknown, with why). */
    static List<String> yieldCells(FrontYield.PointYield y) {
        if (y.error() != null) {
            return List.of("- (" + y.error() + ")", "-", "-");
        }
        return List.of(String.format(Locale.ROOT, "%.2f %% [%.2f, %.2f]", 100 * y.yield(), 100 * y.ci95()[0], 100 * y.ci95()[1]),
                Double.isFinite(y.costPerGoodModuleUsd()) ? String.format(Locale.ROOT, "%.2f", y.costPerGoodModuleUsd()) : "-", String.valueOf(y.rank()));
    }

    /** The yields of the shown front (empty: none). */
    public List<FrontYield.PointYield> yields() {
        return yields;
    }

    /** The table's cells of one point: label, choices in variable order, objective values, verdict. */
    static List<String> row(StudyResult r, ParetoPoint p) {
        List<String> cells = new ArrayList<>(List.of(pointLabel(p)));
        for (StudyVariable v : r.variables()) {
            cells.add(java.util.Objects.toString(p.choices().get(v.name()), "(unchanged)"));
        }
        for (double value : p.values()) {
            cells.add(value(value));
        }
        cells.add(String.valueOf(p.analysis().verdict()));
        return cells;
    }

    /** An objective value with six significant digits (enough to tell neighbouring points apart). */
    public static String value(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : String.valueOf(v);
    }

    /** Selects point {@code index} of the shown front (scatter, table and preview agree); nothing is written. */
    public void select(int index) {
        if (result == null || index < 0 || index >= result.front().size()) {
            return;
        }
        selected = index;
        if (table.getSelectionIndex() != index) {
            table.setSelection(index);
        }
        scatter.setChart(scatter.chart().withSelected(index));
        ParetoPoint point = result.front().get(index);
        preview.setText(PointPreview.text(result, point, variant(index)));
        updateButtons();
    }

    private PointVariant variant(int index) {
        return index < variants.size() ? variants.get(index) : new PointVariant(List.of());
    }

    /** The selected point's index, or -1. */
    public int selectedPoint() {
        return selected;
    }

    public String previewText() {
        return preview.getText();
    }

    /**
     * Writes point {@code index} of the shown front beside its source file, named by what it changed, and opens it in
     * the design editor; returns the file, or null when it could not be written (the status line says why).
     */
    public IFile createDesign(int index) {
        if (result == null || index < 0 || index >= result.front().size()) {
            return null;
        }
        ParetoPoint point = result.front().get(index);
        if (resultSource == null || resultSource.getParent() == null || resultSource.getParent().getLocation() == null) {
            status.setText("The design is not in a workspace file, so " + pointLabel(point) + " has nowhere to be written: save the design first.");
            return null;
        }
        try {
            IFile file = ParetoDesignFiles.save(point, variant(index), resultSource, result.study());
            status.setText(pointLabel(point) + " (" + variant(index).describe() + ") written to " + file.getFullPath());
            IDE.openEditor(getSite().getPage(), file);
            return file;
        } catch (IOException | CoreException e) {
            ILog.of(getClass()).error("Cannot write " + pointLabel(point), e);
            status.setText("Cannot write " + pointLabel(point) + ": " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            ILog.of(getClass()).error("Cannot open " + pointLabel(point), e);
            status.setText("Cannot open " + pointLabel(point) + ": " + (e.getMessage() == null ? "the editor failed (details in the error log)" : e.getMessage()));
            return null;
        }
    }

    public Button createButton() {
        return create;
    }

    /** Whether "Create Design from Point" is enabled (a point is selected). */
    public boolean canCreateDesign() {
        return create.isEnabled();
    }

    private void updateButtons() {
        boolean running = job != null;
        run.setEnabled(!running && !shownStudies.isEmpty());
        cancel.setEnabled(running);
        studies.setEnabled(!running);
        create.setEnabled(!running && result != null && selected >= 0 && selected < result.front().size());
    }

    /** Whether Run and Cancel are enabled (what the user can do now). */
    public boolean canRun() {
        return run.isEnabled();
    }

    public boolean canCancel() {
        return cancel.isEnabled();
    }

    public State state() {
        return state;
    }

    public StudyResult result() {
        return result;
    }

    public TradeStudyJob job() {
        return job;
    }

    public ScatterControl scatter() {
        return scatter;
    }

    public Table pointTable() {
        return table;
    }

    public Combo studyCombo() {
        return studies;
    }

    public String statusText() {
        return status.getText();
    }

    public void exportCsv(Path file) throws IOException {
        if (result == null || !result.feasible()) {
            throw new IOException("no Pareto front to export: run a study first");
        }
        Files.writeString(file, FrontCsv.write(result), StandardCharsets.UTF_8);
    }

    public void exportPng(Path file) throws IOException {
        scatter.exportPng(file);
    }

    public void exportSvg(Path file) throws IOException {
        scatter.exportSvg(file);
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
