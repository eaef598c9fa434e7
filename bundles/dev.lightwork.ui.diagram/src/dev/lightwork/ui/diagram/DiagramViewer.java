package dev.lightwork.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/**
 * An editable diagram of a design: palette beside a {@link SceneCanvas}. Every model change is an EMF command on
 * the given {@link EditingDomain}'s command stack (shared with whatever else edits the design, e.g. the tree
 * editor), and every change of the model or of the stack re-analyses the design and rebuilds the scene, so
 * conditional styles (a lane turning red when its margin goes negative) follow live. Manual positions live in
 * {@link DiagramPositions} and change through {@link LayoutCommand}s on the same stack.
 *
 * <p>Mouse: click / Shift-click / rubber band select; drag moves, corner handles resize; double-click edits the
 * element's {@link MainValue} in place; Del deletes; Ctrl+wheel zooms at the cursor, wheel and middle drag pan.
 * The viewer is the {@link ISelectionProvider} of the selected model elements and follows
 * {@link #setSelection(ISelection)} from outside.
 *
 * <p>Split along its seams: {@link DiagramInteraction} is the mouse/keyboard state machine and its feedback,
 * {@link DirectEdit} the in-place value editor, {@link DiagramSelection} the selection by scene id, and
 * {@link DiagramChrome} the bar above the canvas; the viewer builds the scene and owns palette, menu and export.
 */
public final class DiagramViewer implements ISelectionProvider {

    private final Composite root;
    private final ToolBar palette;
    private final DiagramChrome chrome;
    /** Which catalogue part a creation tool makes: the catalogue picker, in the design editor's pages and the Diagram Editor alike. */
    private java.util.function.Function<dev.lightwork.library.PartKind, Optional<dev.lightwork.library.CatalogPart>> partChooser = this::pickPart;
    private final SceneCanvas canvas;
    private final EditingDomain domain;
    private final TransceiverDesign design;
    private final DiagramPositions positions;
    private final Supplier<DesignAnalysis> analyses;
    private final DiagramCommands commands;
    private final Map<Tool, ToolItem> toolItems = new EnumMap<>(Tool.class);
    private final DiagramSelection selection;
    private final DirectEdit directEdit;
    /** The mouse and keyboard state machine (select, move, resize, rubber band, connect, create). */
    private DiagramInteraction interaction;
    private final CommandStackListener stackListener;
    private final EContentAdapter modelListener;
    private DiagramKind kind;
    private String laneId;
    private Tool tool = Tool.SELECT;
    private DesignAnalysis analysis;
    /** Error/warning badges on the nodes of elements with problems (as in the Problems view). */
    private ElementSeverity problems = ElementSeverity.none();
    private boolean refreshPending;
    private Collection<?> revealAfterRefresh = List.of();
    /** An element whose value editor opens once the scene shows it (a new thermal path's resistance). */
    EObject editAfterRefresh;

    /**
     * A viewer of {@code kind} on {@code design}, changing it only through {@code domain}'s command stack. The
     * editor that owns the domain owns saving; {@code positions} is the design's sidecar placement (see
     * {@link DiagramPositions#load}).
     */
    public DiagramViewer(Composite parent, EditingDomain domain, TransceiverDesign design, DiagramKind kind, DiagramPositions positions) {
        this(parent, domain, design, kind, positions, SharedAnalysis.of(design)::analysis);
    }

    /**
     * As above, with the analysis of the current model state supplied by the host (e.g. one incremental analysis
     * shared by every page of an editor instead of a full re-analysis per viewer). Called on the UI thread after
     * every change.
     */
    public DiagramViewer(Composite parent, EditingDomain domain, TransceiverDesign design, DiagramKind kind, DiagramPositions positions,
            Supplier<DesignAnalysis> analysis) {
        this.domain = domain;
        this.design = design;
        this.kind = kind;
        this.positions = positions;
        this.analyses = analysis;
        this.commands = new DiagramCommands(domain, design, library());
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        chrome = new DiagramChrome(this, root);
        chrome.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        palette = new ToolBar(root, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        canvas = new SceneCanvas(root);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setOverlay((gc, p, damage) -> interaction.paintFeedback(gc, p, damage));
        selection = new DiagramSelection(this, canvas);
        directEdit = new DirectEdit(canvas, commands, c -> domain.getCommandStack().execute(c));
        buildPalette();
        Control c = canvas.control();
        interaction = new DiagramInteraction(this, canvas, selection, directEdit, commands, domain);
        c.addListener(SWT.MouseDown, interaction::mouseDown);
        c.addListener(SWT.MouseMove, interaction::mouseMove);
        c.addListener(SWT.MouseUp, interaction::mouseUp);
        c.addListener(SWT.MouseDoubleClick, interaction::doubleClick);
        c.addListener(SWT.KeyDown, interaction::keyDown);
        MenuManager menu = new MenuManager("#DiagramPopup");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        c.setMenu(menu.createContextMenu(c));
        canvas.addViewListener(chrome::viewChanged);
        stackListener = e -> scheduleRefresh();
        domain.getCommandStack().addCommandStackListener(stackListener);
        modelListener = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                if (!n.isTouch()) {
                    scheduleRefresh();
                }
            }
        };
        design.eAdapters().add(modelListener);
        // preference events may arrive on any thread: recolour on the UI thread
        Runnable stopBands = WarningBands.listen(() -> {
            if (!root.isDisposed()) {
                root.getDisplay().asyncExec(this::scheduleRefresh);
            }
        });
        root.addListener(SWT.Dispose, e -> {
            domain.getCommandStack().removeCommandStackListener(stackListener);
            design.eAdapters().remove(modelListener);
            stopBands.run();
        });
        refresh();
        // a diagram opens fitted to its page (and stays fitted while the page is first laid out and resized)
        canvas.fit();
    }

    /** The application's one reference library. */
    private static ReferenceLibrary library() {
        return SharedAnalysis.analyzer().library();
    }

    public Control getControl() {
        return root;
    }

    public SceneCanvas canvas() {
        return canvas;
    }

    public Scene scene() {
        return canvas.scene();
    }

    public DiagramKind kind() {
        return kind;
    }

    public DiagramPositions positions() {
        return positions;
    }

    /** The analysis the current scene was drawn from. */
    public DesignAnalysis analysis() {
        return analysis;
    }

    /** Switches the diagram kind (palette follows). */
    public void setKind(DiagramKind newKind) {
        if (newKind != kind) {
            kind = newKind;
            selection.ids.clear();
            buildPalette();
            chrome.kindChanged();
            refresh();
            canvas.fit();
        }
    }

    /** The lane the link diagram shows (id, name or index); null = the worst lane. */
    public void setLane(String lane) {
        laneId = lane;
        refresh();
    }

    /** The design shown. */
    public TransceiverDesign design() {
        return design;
    }

    /** The link page's lane chooser (item 0 = worst lane, then the lanes in model order); hidden on other pages. */
    public org.eclipse.swt.widgets.Combo laneChooser() {
        return chrome.lanes();
    }

    /**
     * Adds a host control at the start of the bar above the canvas (e.g. the standalone editor's diagram chooser):
     * {@code create} makes it in the given parent.
     */
    public <C extends Control> C addToBar(java.util.function.Function<Composite, C> create) {
        C c = create.apply(chrome.leading());
        chrome.relayout();
        return c;
    }

    /** The zoom combo above the canvas. */
    public org.eclipse.swt.widgets.Combo zoomCombo() {
        return chrome.zoom();
    }

    /** The catalogue picker of a creation tool's kind (empty: cancelled). */
    private Optional<dev.lightwork.library.CatalogPart> pickPart(dev.lightwork.library.PartKind kind) {
        CatalogPartDialog dialog = new CatalogPartDialog(root.getShell(), kind, library().parts(kind), null);
        return dialog.open() == org.eclipse.jface.window.Window.OK ? Optional.ofNullable(dialog.chosen()) : Optional.empty();
    }

    /**
     * Installs another way to pick the catalogue part a creation tool makes (empty = cancelled). The default opens the
     * catalogue picker ({@link CatalogPartDialog}).
     */
    public void setPartChooser(java.util.function.Function<dev.lightwork.library.PartKind, Optional<dev.lightwork.library.CatalogPart>> chooser) {
        partChooser = chooser;
    }

    public String lane() {
        return laneId;
    }

    public Tool tool() {
        return tool;
    }

    public void setTool(Tool newTool) {
        tool = Tool.on(kind).contains(newTool) ? newTool : Tool.SELECT;
        toolItems.forEach((t, item) -> item.setSelection(t == tool));
    }

    /** The palette button of a tool on the current kind, or null. */
    public ToolItem paletteItem(Tool t) {
        return toolItems.get(t);
    }

    /** The in-place value editor while open, else null. */
    public Text directEditor() {
        return directEdit.editor();
    }

    /** Re-analyses the design and rebuilds the scene now (model changes schedule this by themselves). */
    public void refresh() {
        refreshPending = false;
        if (root.isDisposed()) {
            return;
        }
        Scene scene;
        try {
            analysis = analyses.get();
            problems = ElementSeverity.of(analysis);
            scene = EditorScenes.build(kind, analysis, options(), positions);
        } catch (RuntimeException e) {
            // e.g. a link diagram of a design without lanes: say so in the canvas, keep the editor usable
            canvas.setScene(null, "Cannot draw the " + kind.cliName() + " diagram: " + e.getMessage());
            selection.sceneChanged(null);
            return;
        }
        boolean lost = selection.sceneChanged(scene);
        canvas.setScene(scene, null);
        chrome.sceneChanged();
        if (!revealAfterRefresh.isEmpty()) {
            selection.select(revealAfterRefresh, true);
            revealAfterRefresh = List.of();
        } else if (lost) {
            selection.fire();
        }
        if (editAfterRefresh != null) {
            EObject e = editAfterRefresh;
            editAfterRefresh = null;
            selection.elementsFor(List.of(e)).stream().findFirst().ifPresent(directEdit::open);
        }
    }

    /** What the scene is drawn with: the user's warning bands (as the tables use them) and the link page's lane. */
    DiagramOptions options() {
        return WarningBands.applyTo(DiagramOptions.DEFAULT).withLane(kind == DiagramKind.LINK ? laneId : null);
    }

    private void scheduleRefresh() {
        if (refreshPending || root.isDisposed()) {
            return;
        }
        refreshPending = true;
        root.getDisplay().asyncExec(() -> {
            if (refreshPending) {
                refresh();
            }
        });
    }

    // --- selection -----------------------------------------------------------------------------------------

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selection.addListener(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selection.removeListener(listener);
    }

    /** The model elements of the selected nodes and edges (distinct, in selection order). */
    @Override
    public IStructuredSelection getSelection() {
        return selection.get();
    }

    /** Selects the nodes and edges showing the given model elements and scrolls the first into view. */
    @Override
    public void setSelection(ISelection wanted) {
        selection.select(wanted instanceof IStructuredSelection s ? s.toList() : List.of(), true);
    }

    /** Scene ids of the selected elements. */
    public Set<String> selectedIds() {
        return Set.copyOf(selection.ids);
    }

    // --- palette -------------------------------------------------------------------------------------------

    private void buildPalette() {
        for (ToolItem item : palette.getItems()) {
            item.dispose();
        }
        toolItems.clear();
        for (Tool t : Tool.on(kind)) {
            ToolItem item = new ToolItem(palette, SWT.RADIO);
            item.setText(t.label());
            item.setToolTipText(tooltip(t));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    tool = t;
                }
            });
            toolItems.put(t, item);
        }
        setTool(Tool.SELECT);
        palette.getParent().layout(true);
    }

    private static String tooltip(Tool t) {
        if (t.creates()) {
            return t.part() != null ? "Click where the new " + t.label() + " goes; click on a lane's " + t.label() + " to replace it there"
                    : "Click where the new " + t.label() + " goes";
        }
        return switch (t) {
            case LANE_WIRING -> "Drag from a part onto a lane row: the lane uses that part";
            case THERMAL_PATH -> "Drag from one thermal node to another: a new thermal path";
            default -> "Select, move (drag), resize (corner handles), edit value (double-click)";
        };
    }

    /**
     * A creation tool's click: the part chosen from the catalogue (or a thermal node) is created where the user
     * clicked. Clicked on a part of the same kind in a lane row, the new part replaces it in that lane and sits on its
     * thermal node; elsewhere it is placed at the drop point. One command: one undo.
     */
    void createAt(Tool used, Point p) {
        Optional<dev.lightwork.library.CatalogPart> part = Optional.empty();
        if (used.part() != null) {
            part = partChooser.apply(used.part());
            if (part.isEmpty()) {
                return; // the picker was cancelled
            }
        }
        SceneNode under = canvas.index().nodeAt(p);
        DiagramCommands.Creation creation = commands.create(used, part.orElse(null), under);
        Command command = creation.command();
        if (!creation.replaces()) {
            command = new PlaceCreated(command, creation.created(), p);
        }
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            revealAfterRefresh = List.of(creation.created());
        }
    }

    /**
     * Creation plus its manual position at the drop point, as one command. The new node's size is the one the layout
     * gives it, known only once the element exists: measured at first execution, replayed on redo.
     */
    private final class PlaceCreated extends org.eclipse.emf.common.command.CommandWrapper {
        private final EObject created;
        private final Point at;
        private LayoutCommand place;

        PlaceCreated(Command create, EObject created, Point at) {
            super(create);
            this.created = created;
            this.at = at;
        }

        @Override
        public void execute() {
            super.execute();
            try {
                Scene s = EditorScenes.build(kind, analyses.get(), options(), positions);
                s.nodesFor(created).stream().filter(n -> n.target() == created).findFirst().ifPresent(n -> {
                    place = LayoutCommand.place(positions, kind, Map.of(n.id(), new Rect(at.x(), at.y(), n.bounds().width(), n.bounds().height())));
                    place.execute();
                });
            } catch (RuntimeException e) {
                place = null; // the diagram cannot be drawn now: ELK places the part when it can
            }
        }

        @Override
        public void undo() {
            if (place != null) {
                place.undo();
            }
            super.undo();
        }

        @Override
        public void redo() {
            super.redo();
            if (place != null) {
                place.redo();
            }
        }
    }

    private Command deleteCommand() {
        return commands.delete(getSelection().toList().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList());
    }

    /** Deletes the selected elements (one undoable command); false when nothing selected can be deleted. */
    public boolean deleteSelection() {
        Command delete = deleteCommand();
        if (delete.canExecute()) {
            domain.getCommandStack().execute(delete);
            return true;
        }
        return false;
    }

    /** The canvas context menu, as GEF/Sirius editors have it. */
    public void fillContextMenu(IMenuManager menu) {
        Action delete = action("&Delete\tDel", this::deleteSelection);
        delete.setEnabled(deleteCommand().canExecute());
        delete.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_TOOL_DELETE));
        menu.add(delete);
        menu.add(action("Show &Properties", this::showProperties));
        menu.add(new Separator());
        menu.add(action("&Fit", canvas::fit));
        menu.add(action("&Arrange All", this::arrangeAll));
        menu.add(new Separator());
        Action export = action("&Export Image...", this::exportWithDialog);
        export.setEnabled(canvas.scene() != null);
        menu.add(export);
        menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Opens (or brings up) the Properties view, which shows the diagram's selection. */
    public void showProperties() {
        org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(root.getShell(), "Show Properties", "The Properties view could not be opened: " + e.getMessage());
        }
    }

    /** Asks for a file and writes the diagram as SVG or PNG (the command line's output). */
    public void exportWithDialog() {
        if (canvas.scene() == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText("Export Image");
        dialog.setFilterExtensions(new String[] {"*.svg", "*.png"});
        dialog.setFilterNames(new String[] {"SVG (vector)", "PNG (2 px per unit)"});
        dialog.setFileName((design.getId() == null ? "design" : design.getId()) + "-" + kind.cliName() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(root.getShell(), "Export Image", "Could not export to " + chosen + ": " + e.getMessage());
        }
    }

    /** The IDE's error/warning icon in the top right corner of each node whose element has a problem. */
    void paintProblemBadges(GC gc, SwtPainter p, Rectangle damage) {
        Scene scene = canvas.scene();
        if (problems.isEmpty() || scene == null) {
            return;
        }
        org.eclipse.ui.ISharedImages shared = org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages();
        for (SceneNode n : scene.nodes()) {
            int severity = n.target() == null ? org.eclipse.emf.common.util.Diagnostic.OK : problems.of(n.target());
            if (severity < org.eclipse.emf.common.util.Diagnostic.WARNING) {
                continue;
            }
            Rectangle r = p.pixels(n.bounds());
            if (r.width < 24 || r.height < 12 || !r.intersects(damage)) {
                continue; // too small at this zoom: the node's colour says it
            }
            org.eclipse.swt.graphics.Image icon = shared.getImage(severity >= org.eclipse.emf.common.util.Diagnostic.ERROR
                    ? org.eclipse.ui.ISharedImages.IMG_OBJS_ERROR_TSK : org.eclipse.ui.ISharedImages.IMG_OBJS_WARN_TSK);
            Rectangle size = icon.getBounds();
            gc.drawImage(icon, r.x + r.width - size.width - 2, r.y + 2);
        }
    }

    /** The worst problem per element in the analysis the diagram shows (tests and the tree read the same). */
    public ElementSeverity problems() {
        return problems;
    }

    // --- export --------------------------------------------------------------------------------------------

    /** The current diagram (with manual positions) as SVG, through the same code as the headless export. */
    public String svg() {
        return DiagramImages.svg(requireScene());
    }

    /** The current diagram as PNG at {@code scale} pixels per scene unit, through the headless export code. */
    public byte[] png(double scale) {
        return DiagramImages.png(requireScene(), scale);
    }

    /** Writes SVG or PNG (by the file's extension; PNG at 2 px per unit, sharp on paper). */
    public void export(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg")) {
            Files.writeString(file, svg());
        } else if (name.endsWith(".png")) {
            Files.write(file, png(2));
        } else {
            throw new IOException("export to " + file + ": use a .svg or .png file name");
        }
    }

    private Scene requireScene() {
        if (canvas.scene() == null) {
            throw new IllegalStateException("there is no diagram to export: the " + kind.cliName() + " diagram could not be drawn");
        }
        return canvas.scene();
    }

    /** Arrange all: ELK places every node again (manual positions of this diagram are dropped; undoable). */
    public void arrangeAll() {
        domain.getCommandStack().execute(LayoutCommand.arrangeAll(positions, kind));
    }
}
