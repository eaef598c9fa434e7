package dev.lightwork.ui.diagram;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.model.Lane;

/**
 * The bar above a diagram, as GEF/Sirius editors have it: the link page's lane chooser, a zoom combo (Fit and
 * fixed percentages; a typed percentage; shows the current zoom) and Fit, Arrange All and Export Image buttons.
 */
final class DiagramChrome {

    static final String FIT = "Fit";
    private static final int[] PERCENTS = {25, 50, 75, 100, 150, 200, 400};

    private final DiagramViewer viewer;
    private final Composite bar;
    private final Composite leading;
    private final Label laneLabel;
    private final Combo lanes;
    private final Combo zoom;

    DiagramChrome(DiagramViewer viewer, Composite parent) {
        this.viewer = viewer;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 0;
        layout.marginWidth = 2;
        bar.setLayout(layout);
        leading = new Composite(bar, SWT.NONE);
        GridLayout lead = new GridLayout(0, false);
        lead.marginWidth = 0;
        lead.marginHeight = 0;
        leading.setLayout(lead);
        GridData ld = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        ld.exclude = true;
        leading.setLayoutData(ld);
        leading.setVisible(false);
        laneLabel = new Label(bar, SWT.NONE);
        laneLabel.setText("Lane:");
        lanes = new Combo(bar, SWT.READ_ONLY);
        lanes.setToolTipText("Lane shown on the link diagram");
        lanes.setVisibleItemCount(20);
        lanes.addListener(SWT.Selection, e -> {
            int i = lanes.getSelectionIndex();
            List<Lane> all = viewer.design().getLanes();
            viewer.setLane(i <= 0 || i > all.size() ? null : all.get(i - 1).getId());
        });
        new Label(bar, SWT.NONE).setText("Zoom:");
        zoom = new Combo(bar, SWT.DROP_DOWN);
        String[] items = new String[PERCENTS.length + 1];
        items[0] = FIT;
        for (int i = 0; i < PERCENTS.length; i++) {
            items[i + 1] = PERCENTS[i] + "%";
        }
        zoom.setItems(items);
        zoom.setToolTipText("Zoom: Fit shows the whole diagram; type a percentage and press Enter (Ctrl+wheel zooms at the pointer)");
        GridData zd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        zd.widthHint = 9 * zoom.getFont().getFontData()[0].getHeight() * zoom.getDisplay().getDPI().x / 72;
        zoom.setLayoutData(zd);
        zoom.addListener(SWT.Selection, e -> apply(zoom.getText()));
        zoom.addListener(SWT.DefaultSelection, e -> apply(zoom.getText()));
        ToolBar actions = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        actions.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        item(actions, "Fit", "Zoom to show the whole diagram", () -> viewer.canvas().fit());
        item(actions, "Arrange All", "Let the automatic layout place every node again (undoable)", viewer::arrangeAll);
        item(actions, "Export Image...", "Save this diagram as SVG or PNG (the command line's output)", viewer::exportWithDialog);
        kindChanged();
    }

    Control control() {
        return bar;
    }

    /**
     * Room at the start of the bar for the host's own controls (the standalone editor's diagram kind); each control
     * added is one column.
     */
    Composite leading() {
        GridData ld = (GridData) leading.getLayoutData();
        if (ld.exclude) {
            ld.exclude = false;
            leading.setVisible(true);
        }
        return leading;
    }

    /** Lays the bar out again after the host added controls to {@link #leading()}. */
    void relayout() {
        ((GridLayout) leading.getLayout()).numColumns = leading.getChildren().length;
        bar.layout(true, true);
    }

    Combo lanes() {
        return lanes;
    }

    Combo zoom() {
        return zoom;
    }

    private static void item(ToolBar bar, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    /** Applies "Fit", "150%", "150" or "1.5x"; anything else puts the current zoom back in the box. */
    private void apply(String text) {
        SceneCanvas canvas = viewer.canvas();
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("fit")) {
            canvas.fit();
            return;
        }
        try {
            double z = t.endsWith("x") ? Double.parseDouble(t.substring(0, t.length() - 1).trim())
                    : Double.parseDouble(t.replace("%", "").trim()) / 100;
            if (z > 0 && Double.isFinite(z)) {
                Rectangle area = canvas.control().getClientArea();
                canvas.zoomAt(z, area.width / 2, area.height / 2);
                return;
            }
        } catch (NumberFormatException notANumber) {
            // fall through: show the zoom in force
        }
        viewChanged();
    }

    /** Shows the zoom in force (after wheel zoom, fit, resize). */
    void viewChanged() {
        if (zoom.isDisposed()) {
            return;
        }
        String now = Math.round(viewer.canvas().zoom() * 100) + "%";
        if (!now.equals(zoom.getText())) {
            zoom.setText(now);
        }
    }

    /** The lane chooser belongs to the link page. */
    void kindChanged() {
        boolean link = viewer.kind() == DiagramKind.LINK;
        for (Control c : new Control[] {laneLabel, lanes}) {
            c.setVisible(link);
            ((GridData) layoutData(c)).exclude = !link;
        }
        bar.layout(true);
    }

    private static Object layoutData(Control c) {
        if (!(c.getLayoutData() instanceof GridData)) {
            c.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        }
        return c.getLayoutData();
    }

    /** Lanes may have been added, renamed or removed: the chooser lists them as they are. */
    void sceneChanged() {
        if (viewer.kind() != DiagramKind.LINK) {
            return;
        }
        List<Lane> all = viewer.design().getLanes();
        String[] items = new String[all.size() + 1];
        items[0] = "worst lane";
        int current = 0;
        for (int i = 0; i < all.size(); i++) {
            Lane l = all.get(i);
            items[i + 1] = l.getName() != null && !l.getName().isBlank() ? l.getName() + " (" + l.getId() + ")" : String.valueOf(l.getId());
            if (viewer.lane() != null && viewer.lane().equals(l.getId())) {
                current = i + 1;
            }
        }
        if (!java.util.Arrays.equals(items, lanes.getItems())) {
            lanes.setItems(items);
            bar.layout(true);
        }
        if (lanes.getSelectionIndex() != current) {
            lanes.select(current);
        }
    }
}
