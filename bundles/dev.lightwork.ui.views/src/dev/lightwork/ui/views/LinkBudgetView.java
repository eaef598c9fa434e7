package dev.lightwork.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.analysis.validation.StatusBand;
import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.BerCurveChart;
import dev.lightwork.diagram.chart.LineChart;
import dev.lightwork.diagram.chart.WaterfallChart;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.views.chart.ChartControl;
import dev.lightwork.ui.views.table.AnalysisTable;
import dev.lightwork.ui.views.table.CellStyles;
import dev.lightwork.ui.views.table.Column;

/**
 * Link Budget view: lanes x budget terms (NatTable, margin cell red below the required margin, amber within the
 * warning band above it, green beyond), and below it the waterfall of the selected lane (or of the worst lane when
 * the selection names none). Selecting rows publishes those lanes as the view's selection.
 */
public final class LinkBudgetView extends AnalysisView {

    public static final String ID = "dev.lightwork.ui.views.linkBudget";

    /** Dialog-settings key of "Group identical lanes" (Link Budget and Power each remember their own). */
    static final String GROUP_KEY = "groupIdenticalLanes";

    private final PartSelection selection = new PartSelection();
    private IAction groupAction;
    private AnalysisTable<LaneBudget> table;
    private ChartControl<BarChart> waterfall;
    private ChartControl<LineChart> berCurve;
    private boolean powersInMw;
    private boolean failingOrWorstOnly;
    private SashForm sash;
    /** Lane count the table's height was last fitted to. */
    private int fittedRows = -1;

    @Override
    protected Control createContent(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL | SWT.SMOOTH);
        powersInMw = ViewPreferences.powersInMilliwatts();
        table = new AnalysisTable<>(sash, LinkBudgetColumns.of(powersInMw), "Lane", r -> r.lane().getId());
        table.setLabeller(this::label);
        table.setGrouping(LinkBudgetView::identicalLanes);
        table.setGrouped(ViewToggles.get(ID, GROUP_KEY, true)); // on by default: 512 lanes read as a few groups
        SashForm charts = new SashForm(sash, SWT.HORIZONTAL | SWT.SMOOTH);
        waterfall = new ChartControl<>(charts, BarChart.empty(""));
        berCurve = new ChartControl<>(charts, new LineChart("", "", "", true, List.of(), List.of(), List.of()));
        charts.setWeights(55, 45);
        sash.setWeights(40, 60); // the charts need the height for their labels; the table scrolls
        sash.addListener(SWT.Resize, e -> {
            int lanes = table.rows().size();
            fittedRows = -1; // a new size: fit again (dragging the sash itself does not resize it)
            fitTableHeight(lanes);
        });
        table.onSelection(rows -> {
            List<Lane> lanes = rows.stream().map(LaneBudget::lane).toList();
            if (!lanes.isEmpty()) {
                setLane(lanes.get(0));
                showWaterfall();
            }
            selection.setSelection(new StructuredSelection(lanes));
        });
        return sash;
    }

    @Override
    protected ISelectionProvider selectionProvider() {
        return selection;
    }

    /** Lanes the analysis calls identical (as the review report groups them; failing lanes alone), as table rows. */
    static List<List<LaneBudget>> identicalLanes(List<LaneBudget> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, LinkBudget> byId = new LinkedHashMap<>();
        Map<String, LaneBudget> rowOf = new HashMap<>();
        for (LaneBudget r : rows) {
            byId.put(r.lane().getId(), r.budget());
            rowOf.put(r.lane().getId(), r);
        }
        List<List<LaneBudget>> out = new ArrayList<>();
        for (LaneGroup<LinkBudget> g : LaneGroup.ofBudgets(byId, requiredMarginDb(rows.get(0).lane()))) {
            out.add(g.ids().stream().map(rowOf::get).toList());
        }
        return out;
    }

    /** "Failing / worst only": lanes below the required margin or with an unknown one, and the worst lane. */
    public void setFailingOrWorstOnly(boolean on) {
        failingOrWorstOnly = on;
        applyFilter();
    }

    public void setGroupIdenticalLanes(boolean on) {
        table.setGrouped(on);
        if (groupAction != null) {
            groupAction.setChecked(on);
        }
    }

    /** Whether identical lanes share a row (the toolbar's check box; remembered across sessions). */
    public boolean groupsIdenticalLanes() {
        return table.grouped();
    }

    /** The toolbar's "Group identical lanes" check box. */
    public IAction groupAction() {
        return groupAction;
    }

    private void applyFilter() {
        DesignAnalysis a = analysis();
        if (!failingOrWorstOnly || a == null) {
            table.setFilter(null);
            return;
        }
        LinkBudget worst = a.worstLane().orElse(null);
        double required = DesignRules.requiredMarginDb(a.design());
        table.setFilter(r -> r.budget() == worst || !r.budget().passes(required)
                || (worst != null && r.budget().marginDb() == worst.marginDb()));
    }

    @Override
    protected void contributeToolbar(IToolBarManager toolbar) {
        Action group = new Action("Group identical lanes", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setGroupIdenticalLanes(isChecked());
                ViewToggles.set(ID, GROUP_KEY, isChecked()); // the user's choice: remembered
            }
        };
        group.setToolTipText("Lanes with identical budgets share an expandable row (as in the review report); failing lanes stay alone");
        group.setChecked(table.grouped());
        groupAction = group;
        Action failing = new Action("Failing / worst only", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setFailingOrWorstOnly(isChecked());
            }
        };
        failing.setToolTipText("Show only lanes below the required margin (or with an unknown margin) and the worst lane");
        toolbar.add(group);
        toolbar.add(failing);
        toolbar.add(new Separator());
        String name = "link-budget";
        toolbar.add(new ExportAction(getSite().getShell(), "Export table as CSV", "csv", name, this::exportCsv));
        toolbar.add(new Separator());
        toolbar.add(new ExportAction(getSite().getShell(), "Export waterfall as PNG", "png", name + "-waterfall", this::exportPng));
        toolbar.add(new ExportAction(getSite().getShell(), "Export waterfall as SVG", "svg", name + "-waterfall", this::exportSvg));
    }

    private String label(LaneBudget row, Column<LaneBudget> column) {
        if (!LinkBudgetColumns.MARGIN.equals(column.name())) {
            return null;
        }
        return marginLabel(row.budget().marginDb(), requiredMarginDb(row.lane()), ViewPreferences.marginWarningBandDb());
    }

    /** The traffic-light label of a margin: below the requirement, within the warning band above it, or clear. */
    static String marginLabel(double marginDb, double requiredDb, double bandDb) {
        return CellStyles.of(StatusBand.ofMargin(marginDb, requiredDb, bandDb));
    }

    private static double requiredMarginDb(Lane lane) {
        TransceiverDesign design = (TransceiverDesign) lane.eContainer();
        return design == null ? 0.0 : DesignRules.requiredMarginDb(design);
    }

    @Override
    protected void render(DesignAnalysis analysis, Lane selectedLane) {
        boolean mw = ViewPreferences.powersInMilliwatts();
        if (mw != powersInMw) {
            powersInMw = mw;
            table.setColumns(LinkBudgetColumns.of(mw));
        }
        List<LaneBudget> rows = new ArrayList<>(analysis.linkBudgets().size());
        for (Map.Entry<Lane, LinkBudget> e : analysis.linkBudgets().entrySet()) {
            rows.add(new LaneBudget(e.getKey(), e.getValue()));
        }
        table.setRows(rows);
        fitTableHeight(rows.size());
        if (failingOrWorstOnly) {
            applyFilter(); // the worst lane and the failing ones are this analysis's
        }
        if (selectedLane != null) {
            table.reveal(new LaneBudget(selectedLane, analysis.linkBudget(selectedLane)));
        }
        showWaterfall();
    }

    /**
     * The table as tall as its lanes need (up to six rows; more scroll), the rest to the charts, whose labels need the
     * height: in the default perspective the view is short. Only when the lane count changes, so a dragged sash stays.
     */
    private void fitTableHeight(int lanes) {
        int total = sash.getSize().y;
        if (lanes == fittedRows || total <= 0) {
            return;
        }
        fittedRows = lanes;
        int rowHeight = 22;
        int wanted = 40 + rowHeight * Math.max(1, Math.min(lanes, 6)) + 18; // header, rows, horizontal scroll bar
        int table = Math.min(wanted, total / 2);
        sash.setWeights(table, total - table);
    }

    private void showWaterfall() {
        DesignAnalysis analysis = analysis();
        if (analysis == null) {
            return;
        }
        Lane shown = lane();
        String which = "selected lane";
        if (shown == null || analysis.linkBudget(shown) == null) {
            LinkBudget worst = analysis.worstLane().orElse(null);
            shown = worst == null ? null : analysis.linkBudgets().keySet().stream().filter(l -> analysis.linkBudget(l) == worst).findFirst().orElse(null);
            which = "worst lane";
        }
        if (shown == null) {
            waterfall.setChart(BarChart.empty("No lane with a known margin"));
            berCurve.setChart(new LineChart("No lane with a known margin", "", "", true, List.of(), List.of(), List.of()));
            return;
        }
        LinkBudget b = analysis.linkBudget(shown);
        String title = String.format(Locale.ROOT, "%s (%s): margin %s dB", shown.getId(), which,
                Double.isNaN(b.marginDb()) ? "?" : String.format(Locale.ROOT, "%.2f", b.marginDb()));
        waterfall.setChart(WaterfallChart.of(b, requiredMarginDb(shown), title));
        berCurve.setChart(BerCurveChart.of(LiveAnalysis.analyzer().linkCalculator().berCurve(analysis.design(), b)));
    }

    @Override
    protected String summary(DesignAnalysis a) {
        TransceiverDesign d = a.design();
        double required = DesignRules.requiredMarginDb(d);
        long failing = a.linkBudgets().values().stream().filter(b -> !b.passes(required)).count();
        String worst = a.worstLane().map(b -> String.format(Locale.ROOT, "worst lane %s %.2f dB", b.laneId(), b.marginDb())).orElse("no known margin");
        return String.format(Locale.ROOT, "%s: %d lanes, %s, required margin %.2f dB, %s, %d lanes below or incomplete - %s", d.getId(),
                a.linkBudgets().size(), d.getOpticalPmd(), required, worst, failing, a.verdict());
    }

    @Override
    protected void clear() {
        table.setRows(List.of());
        waterfall.setChart(BarChart.empty(""));
        berCurve.setChart(new LineChart("", "", "", true, List.of(), List.of(), List.of()));
    }

    public ChartControl<LineChart> berCurve() {
        return berCurve;
    }

    public AnalysisTable<LaneBudget> table() {
        return table;
    }

    public ChartControl<BarChart> waterfall() {
        return waterfall;
    }

    public void exportCsv(Path file) throws IOException {
        table.exportCsv(file);
    }

    public void exportPng(Path file) throws IOException {
        waterfall.exportPng(file);
    }

    public void exportSvg(Path file) throws IOException {
        waterfall.exportSvg(file);
    }
}
