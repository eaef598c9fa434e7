package dev.lightwork.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.lightwork.diagram.scene.LegendEntry;

/**
 * A diagram kind, described rather than drawn: top-level node mappings and edge mappings, each with the function
 * that picks its candidates from the analysed design, plus title, legend and flow direction. Turned into a
 * {@code Scene} by {@link SceneFactory}.
 */
public final class DiagramDescription {

    /** Main flow direction of the layered layout. */
    public enum Direction { RIGHT, DOWN }

    record Nodes<T>(NodeMapping<T> mapping, Function<DiagramContext, ? extends List<? extends T>> candidates) {
    }

    record Edges<T>(EdgeMapping<T> mapping, Function<DiagramContext, ? extends List<? extends T>> candidates) {
    }

    private final String name;
    private Function<DiagramContext, String> title;
    private Function<DiagramContext, List<String>> subtitle = c -> List.of();
    private Function<DiagramContext, List<LegendEntry>> legend = c -> List.of();
    private Direction direction = Direction.RIGHT;
    private boolean keepOrder = true;
    private final List<Nodes<?>> nodes = new ArrayList<>();
    private final List<Edges<?>> edges = new ArrayList<>();

    private DiagramDescription(String name) {
        this.name = Objects.requireNonNull(name);
        this.title = c -> name;
    }

    public static DiagramDescription named(String name) {
        return new DiagramDescription(name);
    }

    public DiagramDescription title(Function<DiagramContext, String> newTitle) {
        this.title = newTitle;
        return this;
    }

    public DiagramDescription subtitle(Function<DiagramContext, List<String>> newSubtitle) {
        this.subtitle = newSubtitle;
        return this;
    }

    public DiagramDescription legend(Function<DiagramContext, List<LegendEntry>> newLegend) {
        this.legend = newLegend;
        return this;
    }

    public DiagramDescription direction(Direction newDirection) {
        this.direction = newDirection;
        return this;
    }

    /**
     * True (default): nodes are laid out in the order the description lists them (lane 0 above lane 1).
     * False: the layout may reorder nodes and edge ends to avoid crossings (fine for small networks).
     */
    public DiagramDescription keepOrder(boolean keep) {
        this.keepOrder = keep;
        return this;
    }

    public <T> DiagramDescription nodes(NodeMapping<T> mapping, Function<DiagramContext, ? extends List<? extends T>> candidates) {
        nodes.add(new Nodes<>(mapping, candidates));
        return this;
    }

    public <T> DiagramDescription edges(EdgeMapping<T> mapping, Function<DiagramContext, ? extends List<? extends T>> candidates) {
        edges.add(new Edges<>(mapping, candidates));
        return this;
    }

    public String name() {
        return name;
    }

    public Direction direction() {
        return direction;
    }

    public boolean keepsOrder() {
        return keepOrder;
    }

    String title(DiagramContext c) {
        return title.apply(c);
    }

    List<String> subtitle(DiagramContext c) {
        return subtitle.apply(c);
    }

    List<LegendEntry> legend(DiagramContext c) {
        return legend.apply(c);
    }

    List<Nodes<?>> nodes() {
        return nodes;
    }

    List<Edges<?>> edges() {
        return edges;
    }
}
