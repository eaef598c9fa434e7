package dev.lightwork.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.layout.TextLine;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneElement;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.ThermalNode;
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
 */
public final class DiagramViewer implements ISelectionProvider {

    private static final Rgb SELECTION = new Rgb(0x1a, 0x73, 0xe8);
    private static final Rgb VALID = new Rgb(0x2e, 0x9d, 0x3a);
    private static final Rgb INVALID = new Rgb(0xd3, 0x2f, 0x2f);
    private static final double HANDLE = 6;
    private static final double MIN_WIDTH = 24;
    private static final double MIN_HEIGHT = 16;
    private static final int DRAG_THRESHOLD = 3;

    private enum Drag { NONE, MOVE, RESIZE, RUBBER, CONNECT }

    private final Composite root;
    private final ToolBar palette;
    private final SceneCanvas canvas;
    private final EditingDomain domain;
    private final TransceiverDesign design;
    private final DiagramPositions positions;
    private final Supplier<DesignAnalysis> analyses;
    private final DiagramCommands commands;
    private java.util.function.Function<dev.lightwork.library.PartKind, Optional<dev.lightwork.library.CatalogPart>> partChooser;
    private final Map<Tool, ToolItem> toolItems = new EnumMap<>(Tool.class);
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
    private final Set<String> selected = new LinkedHashSet<>();
    private final Map<String, SceneElement> byId = new HashMap<>();
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
    private EObject editAfterRefresh;

    // drag state
    private Drag drag = Drag.NONE;
    private int pressX;
    private int pressY;
    private boolean dragged;
    private final Map<SceneNode, Rect> dragStart = new LinkedHashMap<>();
    private int resizeCorner;
    private Rect rubber;
    private SceneNode connectFrom;
    private SceneNode hover;
    private boolean hoverValid;
    private Point pointer;
    private Text directEdit;

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
        root.setLayout(layout);
        palette = new ToolBar(root, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        canvas = new SceneCanvas(root);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setOverlay(this::paintFeedback);
        buildPalette();
        Control c = canvas.control();
        c.addListener(SWT.MouseDown, this::mouseDown);
        c.addListener(SWT.MouseMove, this::mouseMove);
        c.addListener(SWT.MouseUp, this::mouseUp);
        c.addListener(SWT.MouseDoubleClick, this::doubleClick);
        c.addListener(SWT.KeyDown, this::keyDown);
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
            selected.clear();
            buildPalette();
            refresh();
            canvas.fit();
        }
    }

    /** The lane the link diagram shows (id, name or index); null = the worst lane. */
    public void setLane(String lane) {
        laneId = lane;
        refresh();
    }

    public String lane() {
        return laneId;
    }

    public Tool tool() {
        return tool;
    }

    /**
     * Where create tools get their catalogue part: the workbench sets its catalogue picker here; without one a tool places
     * the first part of its kind.
     */
    public void setPartChooser(java.util.function.Function<dev.lightwork.library.PartKind, Optional<dev.lightwork.library.CatalogPart>> chooser) {
        this.partChooser = chooser;
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
        return directEdit != null && !directEdit.isDisposed() ? directEdit : null;
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
            byId.clear();
            return;
        }
        byId.clear();
        scene.nodes().forEach(n -> byId.put(n.id(), n));
        scene.edges().forEach(e -> byId.put(e.id(), e));
        int before = selected.size();
        selected.removeIf(id -> !byId.containsKey(id));
        canvas.setScene(scene, null);
        if (!revealAfterRefresh.isEmpty()) {
            selectTargets(revealAfterRefresh, true);
            revealAfterRefresh = List.of();
        } else if (selected.size() != before) {
            fireSelection();
        }
        if (editAfterRefresh != null) {
            EObject e = editAfterRefresh;
            editAfterRefresh = null;
            elementsFor(List.of(e)).stream().findFirst().ifPresent(this::openDirectEdit);
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
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    /** The model elements of the selected nodes and edges (distinct, in selection order). */
    @Override
    public IStructuredSelection getSelection() {
        Set<EObject> out = new LinkedHashSet<>();
        for (String id : selected) {
            SceneElement e = byId.get(id);
            if (e != null && e.target() != null) {
                out.add(e.target());
            }
        }
        return new StructuredSelection(new ArrayList<>(out));
    }

    /** Selects the nodes and edges showing the given model elements and scrolls the first into view. */
    @Override
    public void setSelection(ISelection selection) {
        List<?> wanted = selection instanceof IStructuredSelection s ? s.toList() : List.of();
        selectTargets(wanted, true);
    }

    /** Scene ids of the selected elements. */
    public Set<String> selectedIds() {
        return Set.copyOf(selected);
    }

    private void selectTargets(Collection<?> targets, boolean reveal) {
        damageSelection();
        selected.clear();
        List<SceneElement> found = elementsFor(targets);
        found.forEach(e -> selected.add(e.id()));
        damageSelection();
        if (reveal && !found.isEmpty()) {
            canvas.reveal(bounds(found.get(0)));
        }
        fireSelection();
    }

    private List<SceneElement> elementsFor(Collection<?> targets) {
        List<SceneElement> out = new ArrayList<>();
        Scene scene = canvas.scene();
        if (scene == null) {
            return out;
        }
        for (Object t : targets) {
            // the most specific node first (a part inside a lane row before the row that also targets the lane)
            scene.nodes().stream().filter(n -> n.target() == t).reduce((a, b) -> b).ifPresent(out::add);
            scene.edges().stream().filter(e -> e.target() == t && e.element() == t).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : selectionListeners) {
            l.selectionChanged(event);
        }
    }

    private void damageSelection() {
        for (String id : selected) {
            SceneElement e = byId.get(id);
            if (e != null) {
                canvas.damage(bounds(e));
            }
        }
    }

    private static Rect bounds(SceneElement e) {
        return e instanceof SceneNode n ? n.bounds() : SceneIndex.edgeBounds((SceneEdge) e);
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
            return "Click on the diagram to add a " + t.label() + (t.part() != null ? " (a part from the catalogue)" : "");
        }
        return switch (t) {
            case LANE_WIRING -> "Drag from a part onto a lane row: the lane uses that part";
            case THERMAL_PATH -> "Drag from one thermal node to another: a new thermal path";
            default -> "Select, move (drag), resize (corner handles), edit value (double-click)";
        };
    }

    // --- mouse ---------------------------------------------------------------------------------------------

    private void mouseDown(Event e) {
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        closeDirectEdit(true);
        canvas.control().setFocus();
        pressX = e.x;
        pressY = e.y;
        dragged = false;
        Point p = canvas.toScene(e.x, e.y);
        if (tool.creates()) {
            Command create;
            if (tool.part() != null && partChooser != null) {
                // the workbench's catalogue picker (a dialog of the ui bundle): cancelled means nothing is placed
                Optional<dev.lightwork.library.CatalogPart> part = partChooser.apply(tool.part());
                create = part.isPresent() ? commands.create(tool, part.get()) : org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
            } else {
                create = commands.create(tool);
            }
            if (create.canExecute()) {
                domain.getCommandStack().execute(create);
                revealAfterRefresh = create.getAffectedObjects();
            }
            setTool(Tool.SELECT);
            return;
        }
        if (tool.connects()) {
            SceneNode from = canvas.index().nodeAt(p);
            boolean valid = tool == Tool.LANE_WIRING ? DiagramCommands.wirablePart(from).isPresent() : DiagramCommands.thermalNode(from).isPresent();
            if (valid) {
                drag = Drag.CONNECT;
                connectFrom = from;
                pointer = p;
            }
            return;
        }
        SceneNode single = singleSelectedNode();
        if (single != null && (resizeCorner = corner(single, p)) >= 0) {
            drag = Drag.RESIZE;
            dragStart.clear();
            dragStart.put(single, single.bounds());
            return;
        }
        SceneElement hit = canvas.index().edgeAt(p);
        if (hit == null) {
            hit = canvas.index().nodeAt(p);
        }
        if (hit instanceof SceneNode n && n.isContainer() && !inHeader(n, p)) {
            // a container is picked by its title; its open background starts a rubber band like empty space
            hit = null;
        }
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (hit == null) {
            if (!shift && !selected.isEmpty()) {
                damageSelection();
                selected.clear();
                fireSelection();
            }
            drag = Drag.RUBBER;
            rubber = new Rect(p.x(), p.y(), 0, 0);
            return;
        }
        damageSelection();
        if (shift) {
            if (!selected.remove(hit.id())) {
                selected.add(hit.id());
            }
        } else if (!selected.contains(hit.id())) {
            selected.clear();
            selected.add(hit.id());
        }
        damageSelection();
        fireSelection();
        if (hit instanceof SceneNode && selected.contains(hit.id())) {
            drag = Drag.MOVE;
            dragStart.clear();
            for (SceneNode n : movableSelection()) {
                dragStart.put(n, n.bounds());
            }
        }
    }

    private void mouseMove(Event e) {
        if (drag == Drag.NONE || canvas.scene() == null) {
            return;
        }
        if (!dragged && Math.abs(e.x - pressX) < DRAG_THRESHOLD && Math.abs(e.y - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        Point p = canvas.toScene(e.x, e.y);
        double dx = (e.x - pressX) / canvas.zoom();
        double dy = (e.y - pressY) / canvas.zoom();
        switch (drag) {
            case MOVE -> dragStart.forEach((n, start) -> moveNode(n, start.translate(dx, dy)));
            case RESIZE -> dragStart.forEach((n, start) -> moveNode(n, resized(start, dx, dy)));
            case RUBBER -> {
                canvas.damage(rubber);
                Point a = canvas.toScene(pressX, pressY);
                rubber = new Rect(Math.min(a.x(), p.x()), Math.min(a.y(), p.y()), Math.abs(p.x() - a.x()), Math.abs(p.y() - a.y()));
                canvas.damage(rubber);
            }
            case CONNECT -> {
                damageConnection();
                pointer = p;
                SceneNode target = canvas.index().nodeAt(p);
                hover = target == connectFrom ? null : target;
                hoverValid = connection(hover).isPresent();
                damageConnection();
                Cursor cursor = hover == null ? null : canvas.control().getDisplay().getSystemCursor(hoverValid ? SWT.CURSOR_HAND : SWT.CURSOR_NO);
                canvas.control().setCursor(cursor);
            }
            default -> { }
        }
    }

    private void mouseUp(Event e) {
        if (e.button != 1) {
            return;
        }
        Drag finished = drag;
        drag = Drag.NONE;
        canvas.control().setCursor(null);
        switch (finished) {
            case MOVE, RESIZE -> {
                if (dragged) {
                    Map<String, Rect> moved = new LinkedHashMap<>();
                    dragStart.keySet().forEach(n -> moved.put(n.id(), n.bounds()));
                    domain.getCommandStack().execute(LayoutCommand.place(positions, kind, moved));
                }
            }
            case RUBBER -> {
                if (dragged) {
                    damageSelection();
                    for (SceneNode n : canvas.index().nodesIn(rubber)) {
                        if (rubber.encloses(n.bounds())) {
                            selected.add(n.id());
                        }
                    }
                    damageSelection();
                    fireSelection();
                }
                canvas.damage(rubber);
                rubber = null;
            }
            case CONNECT -> {
                damageConnection();
                Optional<Command> command = connection(hover);
                if (dragged && command.isPresent()) {
                    Command c = command.get();
                    domain.getCommandStack().execute(c);
                    if (tool == Tool.THERMAL_PATH) {
                        // a new path has no resistance yet: ask for it at once
                        editAfterRefresh = c.getAffectedObjects().stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst()
                                .orElse(null);
                    }
                }
                connectFrom = null;
                hover = null;
                pointer = null;
            }
            default -> { }
        }
        dragStart.clear();
    }

    private void doubleClick(Event e) {
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        Point p = canvas.toScene(e.x, e.y);
        SceneElement hit = canvas.index().edgeAt(p);
        if (hit == null) {
            hit = canvas.index().nodeAt(p);
        }
        if (hit != null) {
            openDirectEdit(hit);
        }
    }

    private void keyDown(Event e) {
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            Command delete = commands.delete(getSelection().toList().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList());
            if (delete.canExecute()) {
                domain.getCommandStack().execute(delete);
            }
        } else if (e.keyCode == SWT.ESC) {
            drag = Drag.NONE;
            setTool(Tool.SELECT);
            canvas.control().redraw();
        }
    }

    // --- editing helpers -----------------------------------------------------------------------------------

    /** The command a connection drag would execute when released over {@code target}. */
    private Optional<Command> connection(SceneNode target) {
        if (connectFrom == null || target == null) {
            return Optional.empty();
        }
        if (tool == Tool.LANE_WIRING) {
            Optional<Component> part = DiagramCommands.wirablePart(connectFrom);
            return part.isPresent() ? commands.wire(part.get(), target) : Optional.empty();
        }
        Optional<ThermalNode> from = DiagramCommands.thermalNode(connectFrom);
        Optional<ThermalNode> to = DiagramCommands.thermalNode(target);
        return from.isPresent() && to.isPresent() ? commands.thermalPath(from.get(), to.get()) : Optional.empty();
    }

    private void moveNode(SceneNode n, Rect to) {
        // repaint where the node and its edges were, move, repaint where they are now
        canvas.damage(n.bounds());
        for (SceneEdge edge : canvas.scene().edges()) {
            if (n.isAncestorOf(edge.source()) || n.isAncestorOf(edge.targetNode())) {
                canvas.damage(SceneIndex.edgeBounds(edge));
            }
        }
        for (SceneEdge edge : new ManualPlacement(canvas.scene(), kind.description().direction()).moveTo(n, to)) {
            canvas.damage(SceneIndex.edgeBounds(edge));
        }
        canvas.index().update(n);
        canvas.damage(n.bounds());
    }

    private Rect resized(Rect start, double dx, double dy) {
        double x = start.x();
        double y = start.y();
        double maxX = start.maxX();
        double maxY = start.maxY();
        // corners: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left
        if (resizeCorner == 0 || resizeCorner == 3) {
            x = Math.min(x + dx, maxX - MIN_WIDTH);
        } else {
            maxX = Math.max(maxX + dx, x + MIN_WIDTH);
        }
        if (resizeCorner == 0 || resizeCorner == 1) {
            y = Math.min(y + dy, maxY - MIN_HEIGHT);
        } else {
            maxY = Math.max(maxY + dy, y + MIN_HEIGHT);
        }
        return new Rect(x, y, maxX - x, maxY - y);
    }

    /** True when {@code p} lies in the title lines of container {@code n}. */
    private boolean inHeader(SceneNode n, Point p) {
        double h = 2 * TextLine.PAD_Y;
        for (TextLine line : TextLine.of(n)) {
            h += canvas.painter().lineHeight(line.font());
        }
        return p.y() <= n.bounds().y() + h;
    }

    /** The corner handle of {@code n} under {@code p} (0..3), or -1. */
    private int corner(SceneNode n, Point p) {
        double h = HANDLE / canvas.zoom();
        Rect b = n.bounds();
        double[][] corners = {{b.x(), b.y()}, {b.maxX(), b.y()}, {b.maxX(), b.maxY()}, {b.x(), b.maxY()}};
        for (int i = 0; i < 4; i++) {
            if (Math.abs(p.x() - corners[i][0]) <= h && Math.abs(p.y() - corners[i][1]) <= h) {
                return i;
            }
        }
        return -1;
    }

    private SceneNode singleSelectedNode() {
        if (selected.size() != 1) {
            return null;
        }
        return byId.get(selected.iterator().next()) instanceof SceneNode n ? n : null;
    }

    /** Selected nodes without those inside another selected node (they move with it). */
    private List<SceneNode> movableSelection() {
        List<SceneNode> nodes = new ArrayList<>();
        for (String id : selected) {
            if (byId.get(id) instanceof SceneNode n) {
                nodes.add(n);
            }
        }
        return nodes.stream().filter(n -> nodes.stream().noneMatch(o -> o != n && o.isAncestorOf(n))).toList();
    }

    private void openDirectEdit(SceneElement element) {
        EObject target = element.target();
        if (target == null) {
            return;
        }
        Optional<MainValue> value = MainValue.of(target);
        if (value.isEmpty()) {
            return;
        }
        closeDirectEdit(false);
        MainValue v = value.get();
        Rect b = element instanceof SceneEdge edge && !edge.labels().isEmpty() ? edge.labels().get(0).bounds() : bounds(element);
        Rectangle px = canvas.pixels(b);
        Text text = new Text(canvas.control(), SWT.BORDER | SWT.SINGLE);
        text.setText(v.text(target));
        text.setMessage(v.attribute().getName() + (v.unit().isEmpty() ? "" : " [" + v.unit() + "]"));
        text.setToolTipText(v.attribute().getName() + (v.unit().isEmpty() ? "" : " in " + v.unit()) + " · Enter applies, Esc cancels");
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        int width = Math.max(120, px.width);
        text.setBounds(px.x + (px.width - width) / 2, px.y + (px.height - height) / 2, width, height);
        text.setData(new Object[] {target, v});
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, e -> closeDirectEdit(true));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                closeDirectEdit(false);
            }
        });
        text.addListener(SWT.FocusOut, e -> text.getDisplay().asyncExec(() -> closeDirectEdit(true)));
        text.addListener(SWT.Modify, e -> text.setForeground(null));
        directEdit = text;
    }

    /** Applies (when {@code apply} and the text is a number) or discards the in-place edit. */
    private void closeDirectEdit(boolean apply) {
        Text text = directEdit;
        if (text == null || text.isDisposed()) {
            directEdit = null;
            return;
        }
        Object[] data = (Object[]) text.getData();
        EObject target = (EObject) data[0];
        MainValue v = (MainValue) data[1];
        if (apply) {
            Double number;
            try {
                number = v.parse(text.getText());
            } catch (IllegalArgumentException bad) {
                // keep the editor open and say what is wrong; nothing reaches the model
                text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
                text.setToolTipText(bad.getMessage());
                return;
            }
            directEdit = null;
            text.dispose();
            Object old = target.eGet(v.attribute());
            if (old == null ? number != null : !old.equals(number)) {
                domain.getCommandStack().execute(commands.setValue(target, v, number));
            }
        } else {
            directEdit = null;
            text.dispose();
        }
        canvas.control().setFocus();
    }

    // --- feedback ------------------------------------------------------------------------------------------

    private void damageConnection() {
        if (connectFrom != null && pointer != null) {
            Rect b = connectFrom.bounds();
            double x = Math.min(b.x(), pointer.x());
            double y = Math.min(b.y(), pointer.y());
            canvas.damage(new Rect(x, y, Math.max(b.maxX(), pointer.x()) - x, Math.max(b.maxY(), pointer.y()) - y));
        }
        if (hover != null) {
            canvas.damage(hover.bounds());
        }
    }

    private void paintFeedback(GC gc, SwtPainter p, Rectangle damage) {
        gc.setLineStyle(SWT.LINE_SOLID);
        paintProblemBadges(gc, p, damage);
        for (String id : selected) {
            SceneElement e = byId.get(id);
            if (e == null) {
                continue;
            }
            Rectangle r = p.pixels(bounds(e));
            gc.setForeground(p.colour(SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
            if (e instanceof SceneNode && selected.size() == 1) {
                gc.setBackground(p.colour(SELECTION));
                int h = (int) HANDLE;
                for (int[] c : new int[][] {{r.x, r.y}, {r.x + r.width, r.y}, {r.x + r.width, r.y + r.height}, {r.x, r.y + r.height}}) {
                    gc.fillRectangle(c[0] - h / 2, c[1] - h / 2, h, h);
                }
            }
        }
        if (rubber != null) {
            gc.setForeground(p.colour(SELECTION));
            gc.setLineWidth(1);
            gc.setLineDash(new int[] {4, 3});
            gc.drawRectangle(p.pixels(rubber));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (connectFrom != null && pointer != null) {
            Rgb colour = hover == null ? SELECTION : hoverValid ? VALID : INVALID;
            gc.setForeground(p.colour(colour));
            gc.setLineWidth(2);
            Rectangle from = p.pixels(connectFrom.bounds());
            gc.drawLine(from.x + from.width / 2, from.y + from.height / 2, p.px(pointer.x()), p.py(pointer.y()));
            if (hover != null) {
                Rectangle r = p.pixels(hover.bounds());
                gc.setLineWidth(3);
                gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
            }
        }
    }

    /** The IDE's error/warning icon in the top right corner of each node whose element has a problem. */
    private void paintProblemBadges(GC gc, SwtPainter p, Rectangle damage) {
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
