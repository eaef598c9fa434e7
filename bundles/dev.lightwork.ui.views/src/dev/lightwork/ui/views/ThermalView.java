package dev.lightwork.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.StatusBand;
import dev.lightwork.model.Lane;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.ui.views.table.AnalysisTable;
import dev.lightwork.ui.views.table.CellStyles;
import dev.lightwork.ui.views.table.Column;

/**
 * Thermal view: every node of the design's thermal network with heat, steady-state temperature, limit and
 * headroom; headroom red above the limit, amber within the warning band, green; boundary nodes (imposed
 * temperature: case, heat sink, ambient) marked and shaded.
 */
public final class ThermalView extends AnalysisView {

    public static final String ID = "dev.lightwork.ui.views.thermal";
    public static final String HEADROOM = "Headroom";
    public static final String BOUNDARY = "Boundary";

    private AnalysisTable<NodeTemperature> table;

    @Override
    protected Control createContent(Composite parent) {
        table = new AnalysisTable<>(parent, List.of(
                Column.text("Kind", 110, NodeTemperature::kind),
                Column.text(BOUNDARY, 90, r -> r.boundary() ? "fixed T" : ""),
                Column.number("Heat", "W", "%.3f", NodeTemperature::heatW),
                Column.number("Temperature", "°C", "%.1f", NodeTemperature::temperatureC),
                Column.number("Limit", "°C", "%.1f", "none", NodeTemperature::limitC),
                Column.number(HEADROOM, "K", "%.1f", "-", NodeTemperature::headroomK)), "Node", NodeTemperature::nodeId);
        table.setLabeller(ThermalView::label);
        return table.natTable();
    }

    private static String label(NodeTemperature row, Column<NodeTemperature> column) {
        if (HEADROOM.equals(column.name())) {
            return headroomLabel(row.headroomK(), Double.isNaN(row.limitC()), ViewPreferences.thermalWarningBandK());
        }
        return row.boundary() ? CellStyles.BOUNDARY : null;
    }

    /** Red above the limit, amber within {@code bandK} below it, green; grey when the temperature is unknown. */
    static String headroomLabel(double headroomK, boolean noLimit, double bandK) {
        if (noLimit) {
            return null;
        }
        return CellStyles.of(StatusBand.ofHeadroom(headroomK, bandK));
    }

    @Override
    protected void contributeToolbar(IToolBarManager toolbar) {
        toolbar.add(new ExportAction(getSite().getShell(), "Export thermal table as CSV", "csv", "thermal", this::exportCsv));
    }

    @Override
    protected void render(DesignAnalysis analysis, Lane selectedLane) {
        table.setRows(rows(analysis));
    }

    static List<NodeTemperature> rows(DesignAnalysis analysis) {
        ThermalSolution s = analysis.thermal();
        List<NodeTemperature> rows = new ArrayList<>();
        if (analysis.design().getThermalNetwork() == null) {
            return rows;
        }
        for (ThermalNode n : analysis.design().getThermalNetwork().getNodes()) {
            String id = n.getId();
            rows.add(new NodeTemperature(id, n.getKind() == null ? "" : n.getKind().getLiteral(), n.isBoundary(),
                    s.heatW().getOrDefault(id, Double.NaN), s.temperatureC().getOrDefault(id, Double.NaN), s.limitC().getOrDefault(id, Double.NaN)));
        }
        return rows;
    }

    @Override
    protected String summary(DesignAnalysis a) {
        ThermalSolution s = a.thermal();
        List<NodeTemperature> rows = rows(a);
        String hottest = rows.stream().filter(r -> !Double.isNaN(r.headroomK())).min((x, y) -> Double.compare(x.headroomK(), y.headroomK()))
                .map(r -> String.format(Locale.ROOT, "least headroom %s %.1f K (%.1f of %.1f °C)", r.nodeId(), r.headroomK(), r.temperatureC(), r.limitC()))
                .orElse("no node with a limit");
        String text = String.format(Locale.ROOT, "%s: %d thermal nodes, %d over their limit, %s", a.design().getId(), rows.size(), s.overLimit().size(),
                hottest);
        return s.problems().isEmpty() ? text : text + "\nProblems: " + String.join("; ", s.problems());
    }

    @Override
    protected void clear() {
        table.setRows(List.of());
    }

    public AnalysisTable<NodeTemperature> table() {
        return table;
    }

    public void exportCsv(Path file) throws IOException {
        table.exportCsv(file);
    }
}
