package dev.lightwork.diagram.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The scene graph of one diagram: nested nodes with ports, edges, a title and a legend. Built from a description,
 * positioned by the layout, painted by {@code SceneRenderer}; an editor uses {@link #nodeAt} and the elements'
 * {@link SceneElement#target()} for selection.
 */
public final class Scene {

    private final String title;
    private final List<String> subtitle;
    private final List<SceneNode> roots = new ArrayList<>();
    private final List<SceneEdge> edges = new ArrayList<>();
    private final List<LegendEntry> legend;
    private double width;
    private double height;
    private Rect titleBounds = new Rect(0, 0, 0, 0);
    private Rect legendBounds = new Rect(0, 0, 0, 0);

    public Scene(String title, List<String> subtitle, List<LegendEntry> legend) {
        this.title = title;
        this.subtitle = List.copyOf(subtitle);
        this.legend = List.copyOf(legend);
    }

    public String title() {
        return title;
    }

    public List<String> subtitle() {
        return subtitle;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public List<SceneNode> roots() {
        return Collections.unmodifiableList(roots);
    }

    public void addRoot(SceneNode node) {
        if (node.parent() != null) {
            throw new IllegalArgumentException("node " + node.id() + " has a parent; only top-level nodes are roots");
        }
        roots.add(node);
    }

    public List<SceneEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public void addEdge(SceneEdge edge) {
        edges.add(edge);
    }

    /** Every node, parents before children. */
    public List<SceneNode> nodes() {
        return roots.stream().flatMap(SceneNode::selfAndDescendants).toList();
    }

    public Optional<SceneNode> node(String id) {
        return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Nodes made from {@code element} (a shared part can appear in several lane rows). */
    public List<SceneNode> nodesFor(Object element) {
        return nodes().stream().filter(n -> n.element() == element || n.target() == element).toList();
    }

    /** The innermost node under {@code p} (for hit-testing), if any. */
    public Optional<SceneNode> nodeAt(Point p) {
        return nodes().stream().filter(n -> n.bounds().contains(p))
                .max(Comparator.comparingInt(Scene::depth));
    }

    private static int depth(SceneNode n) {
        int d = 0;
        for (SceneNode p = n.parent(); p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Rect titleBounds() {
        return titleBounds;
    }

    public Rect legendBounds() {
        return legendBounds;
    }

    /** Set by the layout: overall size, where the title block and the legend go. */
    public void setFrame(double newWidth, double newHeight, Rect newTitleBounds, Rect newLegendBounds) {
        this.width = newWidth;
        this.height = newHeight;
        this.titleBounds = newTitleBounds;
        this.legendBounds = newLegendBounds;
    }
}
