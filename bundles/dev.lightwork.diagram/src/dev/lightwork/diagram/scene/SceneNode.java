package dev.lightwork.diagram.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

/** A box: a leaf node or a container of further nodes, with ports on its sides. Bounds are absolute. */
public final class SceneNode extends SceneElement {

    private final List<String> label;
    private final NodeStyle style;
    private final SceneNode parent;
    private final List<SceneNode> children = new ArrayList<>();
    private final List<ScenePort> ports = new ArrayList<>();
    private Rect bounds = new Rect(0, 0, 0, 0);
    private String summary;

    public SceneNode(String id, Object element, EObject target, List<String> label, NodeStyle style, SceneNode parent) {
        super(id, element, target);
        this.label = List.copyOf(label);
        this.style = style;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The one line shown when the label is too small to read (an overview zoom); default: the first label line. */
    public String summary() {
        return summary != null ? summary : label.isEmpty() ? "" : label.get(0);
    }

    public void setSummary(String text) {
        this.summary = text;
    }

    /** Label lines; for a container the first lines are its title. */
    public List<String> label() {
        return label;
    }

    public NodeStyle style() {
        return style;
    }

    public SceneNode parent() {
        return parent;
    }

    public List<SceneNode> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isContainer() {
        return !children.isEmpty();
    }

    public List<ScenePort> ports() {
        return Collections.unmodifiableList(ports);
    }

    void addPort(ScenePort port) {
        ports.add(port);
    }

    public Rect bounds() {
        return bounds;
    }

    /** Set by the layout. */
    public void setBounds(Rect bounds) {
        this.bounds = bounds;
    }

    /** This node and all its descendants, parents before children. */
    public Stream<SceneNode> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(SceneNode::selfAndDescendants));
    }

    /** True when {@code other} is this node or lies inside it. */
    public boolean isAncestorOf(SceneNode other) {
        for (SceneNode n = other; n != null; n = n.parent) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
