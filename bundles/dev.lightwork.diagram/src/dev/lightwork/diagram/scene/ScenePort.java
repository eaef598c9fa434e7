package dev.lightwork.diagram.scene;

import org.eclipse.emf.ecore.EObject;

/** A connection point on one side of a node (e.g. a DSP's per-lane interface). Bounds are absolute. */
public final class ScenePort extends SceneElement {

    private final SceneNode node;
    private final Side side;
    private final String label;
    private Rect bounds = new Rect(0, 0, 0, 0);

    public ScenePort(String id, Object element, EObject target, SceneNode node, Side side, String label) {
        super(id, element, target);
        this.node = node;
        this.side = side;
        this.label = label;
        node.addPort(this);
    }

    public SceneNode node() {
        return node;
    }

    public Side side() {
        return side;
    }

    /** Short name shown as tooltip / SVG title; may be empty. */
    public String label() {
        return label;
    }

    public Rect bounds() {
        return bounds;
    }

    /** Set by the layout. */
    public void setBounds(Rect bounds) {
        this.bounds = bounds;
    }
}
