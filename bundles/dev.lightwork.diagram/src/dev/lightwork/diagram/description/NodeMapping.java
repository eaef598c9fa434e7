package dev.lightwork.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.diagram.scene.NodeStyle;

/**
 * Which candidates become nodes, how they are labelled and styled (with conditional styles over the element and
 * the design analysis), which children (making it a container) and ports they get.
 *
 * <pre>{@code
 * NodeMapping<ThermalNode> node = NodeMapping.<ThermalNode>named("thermal-node")
 *         .label((n, c) -> List.of(n.getName(), temperature(n, c)))
 *         .style(Palette.NEUTRAL)
 *         .styleWhen((n, c) -> overLimit(n, c), Palette.FAIL);
 * }</pre>
 */
public final class NodeMapping<T> {

    /** Children of one container: a child mapping and the function choosing its candidates for a parent. */
    record Children<P, C>(NodeMapping<C> mapping, BiFunction<? super P, DiagramContext, ? extends List<? extends C>> candidates) {
    }

    /** Ports of one node: a port mapping and the function choosing its candidates. */
    record Ports<P, C>(PortMapping<C> mapping, BiFunction<? super P, DiagramContext, ? extends List<? extends C>> candidates) {
    }

    private final String id;
    private BiFunction<? super T, DiagramContext, List<String>> label = (t, c) -> List.of(String.valueOf(t));
    private BiFunction<? super T, DiagramContext, String> summary = (t, c) -> null;
    private Function<? super T, ? extends EObject> target = DescriptionDefaults::modelElement;
    private Function<? super T, String> key = DescriptionDefaults::key;
    private final Styling<T, NodeStyle> styling = new Styling<>(Palette.NEUTRAL);
    private final List<Children<T, ?>> children = new ArrayList<>();
    private final List<Ports<T, ?>> ports = new ArrayList<>();

    private NodeMapping(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public static <T> NodeMapping<T> named(String id) {
        return new NodeMapping<>(id);
    }

    /** Label lines (a container's lines form its title). */
    public NodeMapping<T> label(BiFunction<? super T, DiagramContext, List<String>> newLabel) {
        this.label = newLabel;
        return this;
    }

    /** The one line that stands for the node when its label is too small to read (default: the first label line). */
    public NodeMapping<T> summary(BiFunction<? super T, DiagramContext, String> newSummary) {
        this.summary = newSummary;
        return this;
    }

    /** The model element selected when the node is picked (default: the candidate itself if it is one). */
    public NodeMapping<T> target(Function<? super T, ? extends EObject> newTarget) {
        this.target = newTarget;
        return this;
    }

    /** Id fragment of each node (default: the model element's id, else its position among its siblings). */
    public NodeMapping<T> key(Function<? super T, String> newKey) {
        this.key = newKey;
        return this;
    }

    public NodeMapping<T> style(NodeStyle base) {
        styling.base(base);
        return this;
    }

    /** Conditional style: used when {@code condition} holds (first matching condition wins, in declaration order). */
    public NodeMapping<T> styleWhen(BiPredicate<? super T, DiagramContext> condition, NodeStyle style) {
        styling.when(condition, style);
        return this;
    }

    /** Computed style, e.g. a colour scale; takes precedence over later conditions. */
    public NodeMapping<T> styleBy(BiFunction<? super T, DiagramContext, NodeStyle> style) {
        styling.computed(style);
        return this;
    }

    /** Makes this a container: each candidate's children from {@code candidates}, drawn by {@code child}. */
    public <C> NodeMapping<T> children(NodeMapping<C> child, BiFunction<? super T, DiagramContext, ? extends List<? extends C>> candidates) {
        children.add(new Children<>(child, candidates));
        return this;
    }

    public <C> NodeMapping<T> ports(PortMapping<C> port, BiFunction<? super T, DiagramContext, ? extends List<? extends C>> candidates) {
        ports.add(new Ports<>(port, candidates));
        return this;
    }

    String id() {
        return id;
    }

    List<String> label(T t, DiagramContext c) {
        return label.apply(t, c);
    }

    String summary(T t, DiagramContext c) {
        return summary.apply(t, c);
    }

    EObject target(T t) {
        return target.apply(t);
    }

    String key(T t) {
        return key.apply(t);
    }

    NodeStyle style(T t, DiagramContext c) {
        return styling.resolve(t, c);
    }

    List<Children<T, ?>> children() {
        return children;
    }

    List<Ports<T, ?>> ports() {
        return ports;
    }
}
