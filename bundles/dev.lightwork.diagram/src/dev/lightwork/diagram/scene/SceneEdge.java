package dev.lightwork.diagram.scene;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A directed connection between two nodes, optionally attached to ports; after layout it has a route (start,
 * bend points, end; absolute) and positioned labels.
 */
public final class SceneEdge extends SceneElement {

    private final SceneNode source;
    private final ScenePort sourcePort;
    private final SceneNode targetNode;
    private final ScenePort targetPort;
    private final List<SceneLabel> labels;
    private final EdgeStyle style;
    private List<Point> route = List.of();

    public SceneEdge(String id, Object element, EObject target, SceneNode source, ScenePort sourcePort, SceneNode targetNode,
            ScenePort targetPort, List<String> labels, EdgeStyle style) {
        super(id, element, target);
        this.source = source;
        this.sourcePort = sourcePort;
        this.targetNode = targetNode;
        this.targetPort = targetPort;
        this.labels = labels.stream().map(SceneLabel::new).toList();
        this.style = style;
    }

    public SceneNode source() {
        return source;
    }

    /** The port at the source, or null when the edge attaches to the node itself. */
    public ScenePort sourcePort() {
        return sourcePort;
    }

    public SceneNode targetNode() {
        return targetNode;
    }

    /** The port at the target, or null when the edge attaches to the node itself. */
    public ScenePort targetPort() {
        return targetPort;
    }

    public List<SceneLabel> labels() {
        return labels;
    }

    public EdgeStyle style() {
        return style;
    }

    /** Start point, bend points, end point; empty before layout. */
    public List<Point> route() {
        return route;
    }

    /** Set by the layout. */
    public void setRoute(List<Point> route) {
        this.route = List.copyOf(route);
    }
}
