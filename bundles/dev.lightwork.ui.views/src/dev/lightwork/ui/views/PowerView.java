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
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.PowerChart;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.views.chart.ChartControl;
import dev.lightwork.ui.views.table.AnalysisTable;
import dev.lightwork.ui.views.table.Column;

/**
 * Power view: total W and pJ/bit against the MSA class in the summary line, the breakdown chart (by part kind or by
 * part) up to the total with the class limit as a line, and the per-lane power table.
 */
public final class PowerView extends AnalysisView {

    public static final String ID = "dev.lightwork.ui.views.power";

    private ChartControl<BarChart> chart;
    private AnalysisTable<LanePower> lanes;
    private IAction groupAction;
    private boolean byPart;
    private boolean highestOnly;

    @Override
    protected Control createContent(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        chart = new ChartControl<>(sash, BarChart.empty(""));
        lanes = new AnalysisTable<>(sash, List.of(
                Column.number("Power", "W", "%.3f", LanePower::watts),
                Column.number("Share of load", "%", "%.2f", r -> 100 * r.shareOfLoad())), "Lane", LanePower::laneId);
        lanes.setGrouping(PowerView::identicalLanes);
        lanes.setGrouped(ViewToggles.get(ID, LinkBudgetView.GROUP_KEY, true)); // on by default, as in Link Budget
        sash.setWeights(65, 35);
        return sash;
    }

    @Override
    protected void contributeToolbar(IToolBarManager toolbar) {
        Action grouping = new Action("Break down by part", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setBreakdownByPart(isChecked());
            }
        };
        grouping.setToolTipText("Break down by part (else by part kind)");
        toolbar.add(grouping);
        toolbar.add(new Separator());
        Action group = new Action("Group identical lanes", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                lanes.setGrouped(isChecked());
                ViewToggles.set(ID, LinkBudgetView.GROUP_KEY, isChecked()); // the user's choice: remembered
            }
        };
        group.setToolTipText("Lanes with the same power share an expandable row (as in the review report)");
        group.setChecked(lanes.grouped());
        groupAction = group;
        Action worst = new Action("Worst only", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setHighestOnly(isChecked());
            }
        };
        worst.setToolTipText("Worst only: the lanes with the highest power (a lane has no limit of its own, so none fails by itself)");
        toolbar.add(group);
        toolbar.add(worst);
        toolbar.add(new Separator());
        toolbar.add(new ExportAction(getSite().getShell(), "Export lane power as CSV", "csv", "lane-power", this::exportCsv));
        toolbar.add(new ExportAction(getSite().getShell(), "Export power chart as PNG", "png", "power", this::exportPng));
        toolbar.add(new ExportAction(getSite().getShell(), "Export power chart as SVG", "svg", "power", this::exportSvg));
    }

    /** Lanes whose power reads the same (to the milliwatt, as the review report groups them), as table rows. */
    static List<List<LanePower>> identicalLanes(List<LanePower> rows) {
        Map<String, Double> byId = new LinkedHashMap<>();
        Map<String, LanePower> rowOf = new HashMap<>();
        for (LanePower r : rows) {
            byId.put(r.laneId(), r.watts());
            rowOf.put(r.laneId(), r);
        }
        List<List<LanePower>> out = new ArrayList<>();
        for (LaneGroup<Double> g : LaneGroup.ofLanePowers(byId)) {
            out.add(g.ids().stream().map(rowOf::get).toList());
        }
        return out;
    }

    /** "Highest only": the lanes whose power is the largest (to the milliwatt). */
    public void setHighestOnly(boolean on) {
        highestOnly = on;
        applyFilter();
    }

    private void applyFilter() {
        List<LanePower> rows = lanes.rows();
        if (!highestOnly || rows.isEmpty()) {
            lanes.setFilter(null);
            return;
        }
        String highest = QuantityFormat.watts(rows.stream().mapToDouble(LanePower::watts).max().orElse(Double.NaN));
        lanes.setFilter(r -> QuantityFormat.watts(r.watts()).equals(highest));
    }

    public void setBreakdownByPart(boolean part) {
        byPart = part;
        refresh();
    }

    @Override
    protected void render(DesignAnalysis analysis, Lane selectedLane) {
        PowerBudget b = analysis.power();
        Map<String, Double> parts = byPart ? PowerChart.byPart(b) : PowerChart.byKind(analysis.design(), b);
        chart.setChart(PowerChart.of(b, parts, analysis.design().getId() + ": module power by " + (byPart ? "part" : "part kind")));
        List<LanePower> rows = new ArrayList<>();
        for (Map.Entry<String, Double> e : b.laneW().entrySet()) {
            rows.add(new LanePower(e.getKey(), e.getValue(), e.getValue() / b.loadW()));
        }
        lanes.setRows(rows);
        if (highestOnly) {
            applyFilter();
        }
        if (selectedLane != null) {
            rows.stream().filter(r -> r.laneId().equals(selectedLane.getId())).findFirst().ifPresent(lanes::reveal);
        }
    }

    @Override
    protected String summary(DesignAnalysis a) {
        return summary(a.design(), a.power());
    }

    /** "Total 12.34 W (load ... + DC-DC loss ...) - 3.86 pJ/bit - within QSFP-DD class 6 (14.0 W)". */
    public static String summary(TransceiverDesign design, PowerBudget b) {
        String cls = Double.isNaN(b.msaClassLimitW()) ? "no MSA power class applies"
                : String.format(Locale.ROOT, "%s MSA class limit %.1f W (%s)", b.withinClass() ? "within the" : "EXCEEDS the", b.msaClassLimitW(),
                        b.msaClassSource());
        String text = String.format(Locale.ROOT, "%s: total %.2f W (load %.2f W + DC-DC loss %.2f W), %.2f pJ/bit, %s", design.getId(), b.totalW(),
                b.loadW(), b.conversionLossW(), b.pJPerBit(), cls);
        return b.problems().isEmpty() ? text : text + "\nProblems: " + String.join("; ", b.problems());
    }

    @Override
    protected void clear() {
        chart.setChart(BarChart.empty(""));
        lanes.setRows(List.of());
    }

    public ChartControl<BarChart> chart() {
        return chart;
    }

    /** The toolbar's "Group identical lanes" check box (on by default, remembered across sessions). */
    public IAction groupAction() {
        return groupAction;
    }

    public AnalysisTable<LanePower> laneTable() {
        return lanes;
    }

    public void exportCsv(Path file) throws IOException {
        lanes.exportCsv(file);
    }

    public void exportPng(Path file) throws IOException {
        chart.exportPng(file);
    }

    public void exportSvg(Path file) throws IOException {
        chart.exportSvg(file);
    }
}
