package dev.lightwork.ui.views.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.CellStyleProxy;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

/**
 * A NatTable grid (column header with units, row header, virtual body, so 512 lanes scroll smoothly) over a list of
 * result rows. Cells get config labels from a labeller ({@link CellStyles}); the whole row list, not only what is
 * visible, exports to CSV.
 *
 * @param <R> the row type
 */
public final class AnalysisTable<R> {

    private final List<R> rows = new ArrayList<>();
    private List<Column<R>> columns;
    private final String rowHeaderTitle;
    private final Function<R, String> rowHeader;
    private BiFunction<R, Column<R>, String> labeller = (r, c) -> null;
    private final DataLayer body;
    private final SelectionLayer selection;
    private final NatTable nat;
    private boolean revealing;

    public AnalysisTable(Composite parent, List<Column<R>> columns, String rowHeaderTitle, Function<R, String> rowHeader) {
        EclipseCollections.initialise();
        this.columns = List.copyOf(columns);
        this.rowHeaderTitle = rowHeaderTitle;
        this.rowHeader = rowHeader;
        body = new DataLayer(new Provider((row, col) -> this.columns.get(col).display().apply(rows.get(row)),
                () -> this.columns.size(), rows::size), 84, 22);
        body.setConfigLabelAccumulator(this::labels);
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        IDataProvider headerData = new Provider((row, col) -> this.columns.get(col).header(), () -> this.columns.size(), () -> 1);
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headerData, 84, 38), viewport, selection);
        IDataProvider rowHeaderData = new Provider((row, col) -> rowHeader.apply(rows.get(row)), () -> 1, rows::size);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(new DataLayer(rowHeaderData, 110, 22), viewport, selection);
        IDataProvider cornerData = new Provider((row, col) -> rowHeaderTitle, () -> 1, () -> 1);
        CornerLayer corner = new CornerLayer(new DataLayer(cornerData), rowHeaderLayer, header);
        GridLayer grid = new GridLayer(viewport, header, rowHeaderLayer, corner);
        nat = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
        nat.addConfiguration(new DefaultNatTableStyleConfiguration());
        nat.addConfiguration(new CellStyles());
        nat.configure();
        applyWidths();
    }

    private void labels(LabelStack stack, int col, int row) {
        if (row >= rows.size() || col >= columns.size()) {
            return;
        }
        Column<R> column = columns.get(col);
        if (column.numeric()) {
            stack.addLabel(CellStyles.NUMBER);
        }
        String label = labeller.apply(rows.get(row), column);
        if (label != null) {
            stack.addLabel(label);
        }
    }

    /** Each column as wide as its header's longest line (at least its own minimum), so units stay readable. */
    private void applyWidths() {
        GC gc = new GC(nat);
        try {
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)); // headers are bold
            for (int i = 0; i < columns.size(); i++) {
                int header = 0;
                for (String line : columns.get(i).header().split("\n")) {
                    header = Math.max(header, gc.textExtent(line).x);
                }
                body.setColumnWidthByPosition(i, Math.max(columns.get(i).width(), header + 18), false);
            }
        } finally {
            gc.dispose();
        }
    }

    public NatTable natTable() {
        return nat;
    }

    public List<R> rows() {
        return List.copyOf(rows);
    }

    public List<Column<R>> columns() {
        return columns;
    }

    public void setLabeller(BiFunction<R, Column<R>, String> labeller) {
        this.labeller = labeller;
    }

    public void setColumns(List<Column<R>> newColumns) {
        this.columns = List.copyOf(newColumns);
        applyWidths();
        nat.refresh();
    }

    /** Replaces the rows; the selection is cleared when the row count changes (the rows belong to another design). */
    public void setRows(List<R> newRows) {
        if (newRows.size() != rows.size()) {
            selection.clear(false);
        }
        rows.clear();
        rows.addAll(newRows);
        nat.refresh();
    }

    /** Config labels of a body cell (row and column index into the model, visible or not). */
    public List<String> labelsAt(int row, int column) {
        return body.getConfigLabelsByPosition(column, row).getLabels();
    }

    /** Background colour a body cell is painted with in normal display mode (the styles of all its labels merged). */
    public Color backgroundAt(int row, int column) {
        return new CellStyleProxy(nat.getConfigRegistry(), DisplayMode.NORMAL, labelsAt(row, column)).getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR);
    }

    /** Rows of the virtual body (all of them, whether painted or not). */
    public int bodyRowCount() {
        return body.getRowCount();
    }

    public String textAt(int row, int column) {
        return Objects.toString(body.getDataValueByPosition(column, row), "");
    }

    /** Calls back with the selected rows when the user selects cells or rows (not when {@link #reveal} selects). */
    public void onSelection(Consumer<List<R>> listener) {
        selection.addLayerListener(event -> {
            if (event instanceof ISelectionEvent && !revealing) {
                listener.accept(selectedRows());
            }
        });
    }

    public List<R> selectedRows() {
        List<R> out = new ArrayList<>();
        for (Range range : selection.getSelectedRowPositions()) {
            for (int r = range.start; r < range.end && r < rows.size(); r++) {
                out.add(rows.get(r));
            }
        }
        return out;
    }

    /** Selects a row as a click on its header would (listeners are told). */
    public void select(int row) {
        selection.doCommand(new SelectRowsCommand(selection, 0, row, false, false));
    }

    /** Selects and scrolls to a row without reporting it as a user selection. */
    public void reveal(R row) {
        int index = rows.indexOf(row);
        if (index < 0) {
            return;
        }
        revealing = true;
        try {
            selection.doCommand(new SelectRowsCommand(selection, 0, index, false, false));
            selection.doCommand(new ShowRowInViewportCommand(index));
        } finally {
            revealing = false;
        }
    }

    /** CSV of every row (row header first), exact numbers. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        List<Object> header = new ArrayList<>();
        header.add(rowHeaderTitle);
        for (Column<R> c : columns) {
            header.add(c.unit().isEmpty() ? c.name() : c.name() + " (" + c.unit() + ")");
        }
        out.append(Csv.line(header));
        for (R r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(rowHeader.apply(r));
            for (Column<R> c : columns) {
                line.add(c.value().apply(r));
            }
            out.append(Csv.line(line));
        }
        return out.toString();
    }

    public void exportCsv(Path file) throws IOException {
        Csv.write(file, csv());
    }

    /** Read-only data provider over lambdas: the views never edit results. */
    private static final class Provider implements IDataProvider {
        interface Cell {
            Object get(int row, int col);
        }

        private final Cell cell;
        private final java.util.function.IntSupplier columnCount;
        private final java.util.function.IntSupplier rowCount;

        Provider(Cell cell, java.util.function.IntSupplier columnCount, java.util.function.IntSupplier rowCount) {
            this.cell = cell;
            this.columnCount = columnCount;
            this.rowCount = rowCount;
        }

        @Override
        public Object getDataValue(int col, int row) {
            return cell.get(row, col);
        }

        @Override
        public void setDataValue(int col, int row, Object value) {
            throw new UnsupportedOperationException("analysis results are read-only");
        }

        @Override
        public int getColumnCount() {
            return columnCount.getAsInt();
        }

        @Override
        public int getRowCount() {
            return rowCount.getAsInt();
        }
    }
}
