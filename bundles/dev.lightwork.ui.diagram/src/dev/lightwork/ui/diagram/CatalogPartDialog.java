package dev.lightwork.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartKind;
import dev.lightwork.model.util.ModelLabels;

/**
 * Chooses a catalogue part of one kind: a table of the kind's parts with their key values (every numeric column of the
 * catalogue file, with its unit), confidence and source, filtered as the designer types. Used by Properties' Catalog
 * Part and by the diagram palette's create tools; returns the chosen part (the caller applies it as one command).
 */
public final class CatalogPartDialog extends TitleAreaDialog {

    private final PartKind kind;
    private final List<CatalogPart> parts;
    private final String currentId;
    private final List<String> columns;
    private Table table;
    private Text filter;
    private Label source;
    private List<CatalogPart> shown = List.of();
    private CatalogPart chosen;

    /** {@code parts} are the catalogue's parts of {@code kind}; {@code currentId} (may be null) is selected first. */
    public CatalogPartDialog(Shell parent, PartKind kind, List<CatalogPart> parts, String currentId) {
        super(parent);
        this.kind = kind;
        this.parts = List.copyOf(parts);
        this.currentId = currentId;
        Set<String> c = new LinkedHashSet<>();
        parts.forEach(p -> c.addAll(p.numbers().keySet()));
        this.columns = new ArrayList<>(c);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** "Laser", "TIA", "Power converter": the kind in words. */
    public static String kindLabel(PartKind kind) {
        return ModelLabels.words(kind.name(), true);
    }

    /** "Output power [dBm]" for the catalogue column {@code output_power_dbm}. */
    public static String columnLabel(String column) {
        // two catalogue spellings of units the model writes out in full
        String[] words = column.replace("_dbhz", "_db_per_hz").replace("_rthz", "_rt_hz").split("_");
        int unitWords = 0;
        String unit = null;
        // the longest unit suffix the model's convention knows ("db_per_km", "dbm", "mw")
        for (int n = Math.min(4, words.length - 1); n >= 1 && unit == null; n--) {
            StringBuilder camel = new StringBuilder("x");
            for (int i = words.length - n; i < words.length; i++) {
                camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            String u = Units.of(camel.toString());
            if (u != null && Units.suffix(camel.toString()).length() == camel.length() - 1) {
                unit = u;
                unitWords = n;
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length - unitWords; i++) {
            name.append(i == 0 ? "" : "_").append(words[i]);
        }
        String label = ModelLabels.words(name.toString(), true);
        return unit == null ? label : label + " [" + unit + "]";
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Choose " + kindLabel(kind));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Catalogue: " + kindLabel(kind) + " parts");
        setMessage("Typical values from the catalogue; confidence H (standard or two sources), M (one good source), L (typical value). "
                + "Choosing a part sets all its values on the component as one undoable change.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by id, name or type");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 260;
        tableData.widthHint = 900;
        table.setLayoutData(tableData);
        column("Part", 160);
        column("Name", 260);
        for (String c : columns) {
            column(columnLabel(c), 110);
        }
        column("Confidence", 90);
        fill();
        for (TableColumn c : table.getColumns()) {
            c.pack(); // header and values fit
        }
        source = new Label(body, SWT.WRAP);
        GridData sourceData = new GridData(SWT.FILL, SWT.TOP, true, false);
        sourceData.widthHint = 900;
        sourceData.heightHint = 48;
        source.setLayoutData(sourceData);
        selected();
        filter.addListener(SWT.Modify, e -> fill());
        table.addListener(SWT.Selection, e -> selected());
        table.addListener(SWT.DefaultSelection, e -> {
            selected();
            if (chosen != null) {
                okPressed();
            }
        });
        return area;
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private void fill() {
        String f = filter.getText().trim().toLowerCase(Locale.ROOT);
        shown = parts.stream().filter(p -> f.isEmpty() || (p.id() + " " + p.name() + " " + String.join(" ", p.texts().values()))
                .toLowerCase(Locale.ROOT).contains(f)).toList();
        table.removeAll();
        int select = -1;
        for (CatalogPart p : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            List<String> cells = new ArrayList<>(List.of(p.id(), p.name()));
            for (String c : columns) {
                cells.add(p.number(c).isPresent() ? number(p.number(c).getAsDouble()) : "");
            }
            cells.add(p.provenance().confidence().name());
            item.setText(cells.toArray(String[]::new));
            if (p.id().equals(currentId)) {
                select = table.getItemCount() - 1;
            }
        }
        if (select < 0 && table.getItemCount() > 0) {
            select = 0;
        }
        if (select >= 0) {
            table.select(select);
            table.showSelection();
        }
        selected();
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private void selected() {
        if (source == null) {
            return;
        }
        int i = table.getSelectionIndex();
        chosen = i < 0 ? null : shown.get(i);
        source.setText(chosen == null ? "" : "Source: " + chosen.provenance().source()
                + (chosen.provenance().note() == null || chosen.provenance().note().isBlank() ? "" : ". Note: " + chosen.provenance().note()));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Use Part", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
    }

    /** The part chosen (after OK), or null. */
    public CatalogPart chosen() {
        return chosen;
    }

    /** The table, for tests that drive the dialog through its widgets. */
    public Table table() {
        return table;
    }

    /** The filter field, for tests. */
    public Text filter() {
        return filter;
    }
}
