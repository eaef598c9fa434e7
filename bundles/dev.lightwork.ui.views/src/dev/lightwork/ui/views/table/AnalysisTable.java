package dev.lightwork.ui.views.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
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
 * visible, exports to CSV. What the body shows is the rows filtered (a view's "failing / worst only"), grouped (rows the
 * analysis calls identical share one expandable row, {@code LaneGroup}) and sorted by any column (click its header; again
 * for descending).
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
    /** The body's rows as shown: one entry per row, group or group member. */
    private final List<Entry<R>> shown = new ArrayList<>();
    private Predicate<R> filter;
    private Function<List<R>, List<List<R>>> grouping;
    private boolean grouped;
    /** Groups the user opened, by their first row's header text. */
    private final Set<String> expanded = new HashSet<>();
    private int sortColumn = -1;
    private boolean ascending = true;

    /**
     * One body row: a row of its own, a group of identical rows (showing its first), or a member of an open group.
     *
     * @param members the group's rows (one element for a row of its own)
     */
    public record Entry<R>(R row, List<R> members, boolean member) {
        public boolean group() {
            return members.size() > 1 && !member;
        }
    }

    public AnalysisTable(Composite parent, List<Column<R>> columns, String rowHeaderTitle, Function<R, String> rowHeader) {
        EclipseCollections.initialise();
        this.columns = List.copyOf(columns);
        this.rowHeaderTitle = rowHeaderTitle;
        this.rowHeader = rowHeader;
        body = new DataLayer(new Provider((row, col) -> this.columns.get(col).display().apply(shown.get(row).row()),
                () -> this.columns.size(), shown::size), 84, 22);
        body.setConfigLabelAccumulator(this::labels);
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        IDataProvider headerData = new Provider((row, col) -> headerText(col), () -> this.columns.size(), () -> 1);
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headerData, 84, 38), viewport, selection);
        IDataProvider rowHeaderData = new Provider((row, col) -> rowHeaderText(shown.get(row)), () -> 1, shown::size);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(new DataLayer(rowHeaderData, 170, 22), viewport, selection);
        IDataProvider cornerData = new Provider((row, col) -> rowHeaderTitle, () -> 1, () -> 1);
        CornerLayer corner = new CornerLayer(new DataLayer(cornerData), rowHeaderLayer, header);
        GridLayer grid = new GridLayer(viewport, header, rowHeaderLayer, corner);
        nat = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
        nat.addConfiguration(new DefaultNatTableStyleConfiguration());
        nat.addConfiguration(new CellStyles());
        nat.configure();
        applyWidths();
        nat.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                clicked(e.x, e.y);
            }
        });
    }

    /** A click on a column header sorts by it (again: the other way); on a group's row header it opens or closes the group. */
    private void clicked(int x, int y) {
        int columnPosition = nat.getColumnPositionByX(x);
        int rowPosition = nat.getRowPositionByY(y);
        if (columnPosition < 0 || rowPosition < 0) {
            return;
        }
        LabelStack region = nat.getRegionLabelsByXY(x, y);
        if (region == null) {
            return;
        }
        if (region.hasLabel(GridRegion.COLUMN_HEADER)) {
            int column = nat.getColumnIndexByPosition(columnPosition);
            if (column >= 0) {
                sortBy(column, column == sortColumn ? !ascending : true);
            }
        } else if (region.hasLabel(GridRegion.ROW_HEADER)) {
            int row = nat.getRowIndexByPosition(rowPosition);
            if (row >= 0 && row < shown.size() && shown.get(row).group()) {
                toggle(row);
            }
        }
    }

    private String headerText(int col) {
        String header = columns.get(col).header();
        return col == sortColumn ? header + (ascending ? " \u25b2" : " \u25bc") : header;
    }

    private String rowHeaderText(Entry<R> e) {
        String id = rowHeader.apply(e.row());
        if (e.member()) {
            return "    " + id;
        }
        if (!e.group()) {
            return id;
        }
        List<String> ids = e.members().stream().map(rowHeader).toList();
        String label = ids.size() <= 3 ? String.join(", ", ids) : ids.get(0) + " ... " + ids.get(ids.size() - 1);
        return (expanded.contains(id) ? "\u25be " : "\u25b8 ") + label + " (" + ids.size() + ")";
    }

    /** Recomputes what the body shows from the rows, the filter, the grouping, the open groups and the sort. */
    private void rebuild() {
        List<R> visible = filter == null ? List.copyOf(rows) : rows.stream().filter(filter).toList();
        List<List<R>> groups = grouped && grouping != null ? grouping.apply(visible) : visible.stream().map(List::of).toList();
        List<List<R>> ordered = new ArrayList<>(groups);
        if (sortColumn >= 0 && sortColumn < columns.size()) {
            Column<R> c = columns.get(sortColumn);
            Comparator<List<R>> byValue = (a, b) -> compare(c.value().apply(a.get(0)), c.value().apply(b.get(0)));
            ordered.sort(ascending ? byValue : byValue.reversed());
        }
        shown.clear();
        for (List<R> g : ordered) {
            shown.add(new Entry<>(g.get(0), g, false));
            if (g.size() > 1 && expanded.contains(rowHeader.apply(g.get(0)))) {
                for (R member : g) {
                    shown.add(new Entry<>(member, List.of(member), true));
                }
            }
        }
    }

    /** Numbers by value with unknown (NaN, null) last either way round of the sort; text alphabetically. */
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }

    private void refresh() {
        selection.clear(false);
        rebuild();
        nat.refresh();
    }

    /** Sorts the body by column {@code column} (index into {@link #columns()}), or back to the analysis order with -1. */
    public void sortBy(int column, boolean ascendingOrder) {
        sortColumn = column;
        ascending = ascendingOrder;
        refresh();
    }

    public int sortColumn() {
        return sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }

    /** Shows only the rows {@code keep} accepts (null: all rows). */
    public void setFilter(Predicate<R> keep) {
        filter = keep;
        refresh();
    }

    /** How rows form groups of identical rows (each list one group, in order); grouping shows only when {@link #setGrouped} is on. */
    public void setGrouping(Function<List<R>, List<List<R>>> groups) {
        grouping = groups;
        refresh();
    }

    public void setGrouped(boolean on) {
        grouped = on;
        refresh();
    }

    public boolean grouped() {
        return grouped;
    }

    /** Opens or closes the group shown at body row {@code row}. */
    public void toggle(int row) {
        Entry<R> e = shown.get(row);
        String id = rowHeader.apply(e.row());
        if (!expanded.remove(id)) {
            expanded.add(id);
        }
        rebuild();
        nat.refresh();
    }

    /** The body's entries as shown (rows, groups and open groups' members). */
    public List<Entry<R>> shown() {
        return List.copyOf(shown);
    }

    /** The row header text of body row {@code row} as painted. */
    public String rowHeaderAt(int row) {
        return rowHeaderText(shown.get(row));
    }

    /** The column header text of column {@code column} as painted (with the sort arrow). */
    public String headerAt(int column) {
        return headerText(column);
    }

    private void labels(LabelStack stack, int col, int row) {
        if (row >= shown.size() || col >= columns.size()) {
            return;
        }
        Column<R> column = columns.get(col);
        if (column.numeric()) {
            stack.addLabel(CellStyles.NUMBER);
        }
        String label = labeller.apply(shown.get(row).row(), column);
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
        sortColumn = sortColumn < columns.size() ? sortColumn : -1;
        applyWidths();
        rebuild();
        nat.refresh();
    }

    /** Replaces the rows; the selection is cleared when the row count changes (the rows belong to another design). */
    public void setRows(List<R> newRows) {
        if (newRows.size() != rows.size()) {
            selection.clear(false);
        }
        rows.clear();
        rows.addAll(newRows);
        rebuild();
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
            for (int r = range.start; r < range.end && r < shown.size(); r++) {
                for (R member : shown.get(r).members()) {
                    if (!out.contains(member)) {
                        out.add(member); // a group selects every lane in it
                    }
                }
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
        int index = -1;
        for (int i = 0; i < shown.size() && index < 0; i++) {
            if (shown.get(i).row().equals(row) || (!shown.get(i).member() && shown.get(i).members().contains(row) && !expanded.contains(rowHeader.apply(shown.get(i).row())))) {
                index = i; // the row itself, or the closed group holding it
            }
        }
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
