package dev.lightwork.ui.diagram;

import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.scene.Rect;

/**
 * A change of manual placement (move, resize, arrange-all) as a command on the design's command stack: undo and
 * redo of geometry interleave correctly with model edits, and the editor becomes dirty so the sidecar is saved.
 */
public final class LayoutCommand extends AbstractCommand {

    private final DiagramPositions positions;
    private final DiagramKind kind;
    private final Map<String, Rect> before;
    private final Map<String, Rect> after;

    private LayoutCommand(String label, DiagramPositions positions, DiagramKind kind, Map<String, Rect> after) {
        super(label);
        this.positions = positions;
        this.kind = kind;
        this.before = positions.of(kind);
        this.after = after;
    }

    /** Pins nodes (by scene id) to new bounds, keeping the other manual positions. */
    public static LayoutCommand place(DiagramPositions positions, DiagramKind kind, Map<String, Rect> moved) {
        Map<String, Rect> after = positions.of(kind);
        // the sidecar keeps tenths of a unit: round now so the session shows what a reload will show
        moved.forEach((id, r) -> after.put(id, new Rect(tenths(r.x()), tenths(r.y()), tenths(r.width()), tenths(r.height()))));
        return new LayoutCommand(moved.size() == 1 ? "Move" : "Move " + moved.size() + " nodes", positions, kind, after);
    }

    /** Arrange all: forget the manual positions of this diagram, ELK places everything. */
    public static LayoutCommand arrangeAll(DiagramPositions positions, DiagramKind kind) {
        return new LayoutCommand("Arrange all", positions, kind, Map.of());
    }

    private static double tenths(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        positions.replace(kind, after);
    }

    @Override
    public void undo() {
        positions.replace(kind, before);
    }

    @Override
    public void redo() {
        execute();
    }
}
