package dev.lightwork.ui.diagram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

import dev.lightwork.diagram.layout.TextLine;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneElement;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.model.Component;
import dev.lightwork.model.ThermalNode;

/**
 * The diagram's interaction state machine: what a press, drag, release, double-click or key does with the current
 * tool (select, move, resize by corner handles, rubber band, connect for wiring and thermal paths, create), and the
 * feedback it paints over the scene (selection, handles, rubber band, valid/invalid connection targets). Model
 * changes go through the viewer's commands on the editing domain's stack.
 */
final class DiagramInteraction {

    private static final Rgb SELECTION = new Rgb(0x1a, 0x73, 0xe8);
    private static final Rgb VALID = new Rgb(0x2e, 0x9d, 0x3a);
    private static final Rgb INVALID = new Rgb(0xd3, 0x2f, 0x2f);
    private static final double HANDLE = 6;
    private static final double MIN_WIDTH = 24;
    private static final double MIN_HEIGHT = 16;
    private static final int DRAG_THRESHOLD = 3;

    private enum Drag { NONE, MOVE, RESIZE, RUBBER, CONNECT }

    private final DiagramViewer viewer;
    private final SceneCanvas canvas;
    private final DiagramSelection selection;
    private final DirectEdit directEdit;
    private final DiagramCommands commands;
    private final EditingDomain domain;

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

    DiagramInteraction(DiagramViewer viewer, SceneCanvas canvas, DiagramSelection selection, DirectEdit directEdit, DiagramCommands commands,
            EditingDomain domain) {
        this.viewer = viewer;
        this.canvas = canvas;
        this.selection = selection;
        this.directEdit = directEdit;
        this.commands = commands;
        this.domain = domain;
    }

    void mouseDown(Event e) {
        if (e.button == 3 && canvas.scene() != null) {
            // as in GEF editors: the context menu acts on what is under the pointer
            SceneElement hit = hitAt(canvas.toScene(e.x, e.y));
            if (hit != null && !selection.ids.contains(hit.id())) {
                selection.damage();
                selection.ids.clear();
                selection.ids.add(hit.id());
                selection.damage();
                selection.fire();
            }
            return;
        }
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        directEdit.close(true);
        canvas.control().setFocus();
        pressX = e.x;
        pressY = e.y;
        dragged = false;
        Point p = canvas.toScene(e.x, e.y);
        if (viewer.tool().creates()) {
            Tool used = viewer.tool();
            viewer.setTool(Tool.SELECT);
            viewer.createAt(used, p);
            return;
        }
        if (viewer.tool().connects()) {
            SceneNode from = canvas.index().nodeAt(p);
            boolean valid = viewer.tool() == Tool.LANE_WIRING ? DiagramCommands.wirablePart(from).isPresent() : DiagramCommands.thermalNode(from).isPresent();
            if (valid) {
                drag = Drag.CONNECT;
                connectFrom = from;
                pointer = p;
            }
            return;
        }
        SceneNode single = selection.single();
        if (single != null && (resizeCorner = corner(single, p)) >= 0) {
            drag = Drag.RESIZE;
            dragStart.clear();
            dragStart.put(single, single.bounds());
            return;
        }
        SceneElement hit = hitAt(p);
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (hit == null) {
            if (!shift && !selection.ids.isEmpty()) {
                selection.damage();
                selection.ids.clear();
                selection.fire();
            }
            drag = Drag.RUBBER;
            rubber = new Rect(p.x(), p.y(), 0, 0);
            return;
        }
        selection.damage();
        if (shift) {
            if (!selection.ids.remove(hit.id())) {
                selection.ids.add(hit.id());
            }
        } else if (!selection.ids.contains(hit.id())) {
            selection.ids.clear();
            selection.ids.add(hit.id());
        }
        selection.damage();
        selection.fire();
        if (hit instanceof SceneNode && selection.ids.contains(hit.id())) {
            drag = Drag.MOVE;
            dragStart.clear();
            for (SceneNode n : selection.movable()) {
                dragStart.put(n, n.bounds());
            }
        }
    }

    /** The edge or node picked at {@code p}; a container only by its title (its background is empty space). */
    private SceneElement hitAt(Point p) {
        SceneElement hit = canvas.index().edgeAt(p);
        if (hit == null) {
            hit = canvas.index().nodeAt(p);
        }
        if (hit instanceof SceneNode n && n.isContainer() && !inHeader(n, p)) {
            hit = null;
        }
        return hit;
    }

    void mouseMove(Event e) {
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

    void mouseUp(Event e) {
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
                    domain.getCommandStack().execute(LayoutCommand.place(viewer.positions(), viewer.kind(), moved));
                }
            }
            case RUBBER -> {
                if (dragged) {
                    selection.damage();
                    for (SceneNode n : canvas.index().nodesIn(rubber)) {
                        if (rubber.encloses(n.bounds())) {
                            selection.ids.add(n.id());
                        }
                    }
                    selection.damage();
                    selection.fire();
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
                    if (viewer.tool() == Tool.THERMAL_PATH) {
                        // a new path has no resistance yet: ask for it at once
                        viewer.editAfterRefresh = c.getAffectedObjects().stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst()
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

    void doubleClick(Event e) {
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        Point p = canvas.toScene(e.x, e.y);
        SceneElement hit = canvas.index().edgeAt(p);
        if (hit == null) {
            hit = canvas.index().nodeAt(p);
        }
        if (hit != null) {
            directEdit.open(hit);
        }
    }

    void keyDown(Event e) {
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            viewer.deleteSelection();
        } else if (e.keyCode == SWT.ESC) {
            drag = Drag.NONE;
            viewer.setTool(Tool.SELECT);
            canvas.control().redraw();
        }
    }

    /** The command a connection drag would execute when released over {@code target}. */
    private Optional<Command> connection(SceneNode target) {
        if (connectFrom == null || target == null) {
            return Optional.empty();
        }
        if (viewer.tool() == Tool.LANE_WIRING) {
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
        for (SceneEdge edge : new ManualPlacement(canvas.scene(), viewer.kind().description().direction()).moveTo(n, to)) {
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

    void paintFeedback(GC gc, SwtPainter p, Rectangle damage) {
        gc.setLineStyle(SWT.LINE_SOLID);
        viewer.paintProblemBadges(gc, p, damage);
        for (String id : selection.ids) {
            SceneElement e = selection.element(id);
            if (e == null) {
                continue;
            }
            Rectangle r = p.pixels(DiagramSelection.bounds(e));
            gc.setForeground(p.colour(SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
            if (e instanceof SceneNode && selection.ids.size() == 1) {
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

}
