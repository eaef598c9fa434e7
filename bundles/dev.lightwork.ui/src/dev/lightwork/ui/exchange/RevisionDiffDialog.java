package dev.lightwork.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.exchange.DesignDiff;

/**
 * Compare With > Previous Revision: what changed in the design element by element (values with units, parts
 * swapped, lanes added or removed) and what it did to the results, from the exchange bundle's {@link DesignDiff} (the
 * same model as {@code lightwork diff}). "Copy as Text" puts the CLI's text form on the clipboard.
 */
public final class RevisionDiffDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final String title;
    private final String before;
    private final String after;
    private final DesignDiff diff;
    private Table changesTable;
    private Table resultsTable;

    /** {@code before}/{@code after} say which revisions are compared ("3f2a1c9 2026-12-01 message", "the working copy"). */
    public RevisionDiffDialog(Shell parent, String title, String before, String after, DesignDiff diff) {
        super(parent);
        this.title = title;
        this.before = before;
        this.after = after;
        this.diff = diff;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(900, 640);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        label(area, "Before:", before);
        label(area, "After:", after);
        Label verdict = new Label(area, SWT.NONE);
        verdict.setText("Verdict: " + diff.before().verdict() + " \u2192 " + diff.after().verdict());
        verdict.setFont(JFaceResources.getBannerFont());
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        Group model = group(area, "Model changes (" + diff.changes().size() + ")");
        changesTable = table(model, new String[] {"Change", "Kind"}, new int[] {680, 140}, 110);
        for (DesignDiff.Entry e : diff.changes()) {
            new TableItem(changesTable, SWT.NONE).setText(new String[] {e.text(), e.category()});
        }
        if (diff.changes().isEmpty()) {
            new TableItem(changesTable, SWT.NONE).setText(new String[] {"No element changed", ""});
        }
        Group results = group(area, "Results");
        resultsTable = table(results, new String[] {"Result", "Before", "After", "Change"}, new int[] {380, 140, 140, 140}, 230);
        for (String[] row : resultRows(diff)) {
            new TableItem(resultsTable, SWT.NONE).setText(row);
        }
        return area;
    }

    /** The result rows: worst margin, power, pJ/bit, then every lane margin, temperature and rule error count that moved. */
    static List<String[]> resultRows(DesignDiff diff) {
        List<String[]> rows = new ArrayList<>();
        double wb = diff.before().worstLane().map(b -> b.marginDb()).orElse(Double.NaN);
        double wa = diff.after().worstLane().map(b -> b.marginDb()).orElse(Double.NaN);
        rows.add(row("Worst lane margin", new DesignDiff.Move(wb, wa), 2, "dB"));
        rows.add(row("Module power", diff.powerW(), 3, "W"));
        rows.add(row("Energy per bit", diff.pJPerBit(), 2, "pJ/bit"));
        moved(rows, "Margin of ", diff.laneMargins(), 2, "dB");
        moved(rows, "Temperature of ", diff.temperaturesC(), 1, "\u00b0C");
        int unchangedRules = 0;
        for (Map.Entry<String, DesignDiff.Move> r : diff.ruleErrors().entrySet()) {
            DesignDiff.Move m = r.getValue();
            if (!m.changed()) {
                unchangedRules++;
                continue;
            }
            rows.add(new String[] {r.getKey() + " errors", errors(m.before()), errors(m.after()),
                    String.format(java.util.Locale.ROOT, "%+d", (int) m.delta())});
        }
        rows.add(new String[] {unchangedRules + " other rules: error count unchanged", "", "", ""});
        return rows;
    }

    private static String errors(double n) {
        return (int) n == 0 ? "0 (pass)" : (int) n + " (fail)";
    }

    private static void moved(List<String[]> rows, String prefix, Map<String, DesignDiff.Move> moves, int decimals, String unit) {
        int same = 0;
        for (Map.Entry<String, DesignDiff.Move> e : moves.entrySet()) {
            DesignDiff.Move m = e.getValue();
            if (m.changed() && !(Double.isNaN(m.before()) && Double.isNaN(m.after()))) {
                rows.add(row(prefix + e.getKey(), m, decimals, unit));
            } else {
                same++;
            }
        }
        if (same > 0 && !moves.isEmpty()) {
            rows.add(new String[] {prefix.trim().replace(" of", "") + ": " + same + " of " + moves.size() + " unchanged", "", "", ""});
        }
    }

    private static String[] row(String what, DesignDiff.Move m, int decimals, String unit) {
        String delta = Double.isNaN(m.delta()) ? "" : (m.delta() >= 0 ? "+" : "") + QuantityFormat.fixed(m.delta(), decimals) + " " + unit;
        return new String[] {what, QuantityFormat.withUnit(m.before(), decimals, unit), QuantityFormat.withUnit(m.after(), decimals, unit), delta};
    }

    private static void label(Composite parent, String key, String value) {
        Label k = new Label(parent, SWT.NONE);
        k.setText(key);
        Label v = new Label(parent, SWT.WRAP);
        v.setText(value);
        v.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static Group group(Composite parent, String text) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(1, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1)); // the tables' height hints share the space
        return g;
    }

    private static Table table(Composite parent, String[] headers, int[] widths, int height) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        t.setLayoutData(data);
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(t, i == 0 ? SWT.LEFT : SWT.RIGHT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "Copy as &Text", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] {diff.text(before, after)}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        } else if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    public Table changesTable() {
        return changesTable;
    }

    public Table resultsTable() {
        return resultsTable;
    }
}
