package dev.lightwork.diagram.description;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.diagram.scene.EdgeStyle;

/**
 * Which candidates become edges: the candidate objects of the source and target node or port (as the node and
 * port mappings were given them), labels (one text per label, e.g. a budget term) and style.
 */
public final class EdgeMapping<T> {

    private final String id;
    private Function<? super T, ?> source;
    private Function<? super T, ?> target;
    private BiFunction<? super T, DiagramContext, List<String>> labels = (t, c) -> List.of();
    private Function<? super T, ? extends EObject> selection = DescriptionDefaults::modelElement;
    private final Styling<T, EdgeStyle> styling = new Styling<>(Palette.EDGE);

    private EdgeMapping(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public static <T> EdgeMapping<T> named(String id) {
        return new EdgeMapping<>(id);
    }

    /** The candidate of the node or port the edge starts at. */
    public EdgeMapping<T> from(Function<? super T, ?> newSource) {
        this.source = newSource;
        return this;
    }

    /** The candidate of the node or port the edge ends at. */
    public EdgeMapping<T> to(Function<? super T, ?> newTarget) {
        this.target = newTarget;
        return this;
    }

    public EdgeMapping<T> labels(BiFunction<? super T, DiagramContext, List<String>> newLabels) {
        this.labels = newLabels;
        return this;
    }

    /** The model element selected when the edge is picked (default: the candidate itself if it is one). */
    public EdgeMapping<T> target(Function<? super T, ? extends EObject> newSelection) {
        this.selection = newSelection;
        return this;
    }

    public EdgeMapping<T> style(EdgeStyle base) {
        styling.base(base);
        return this;
    }

    public EdgeMapping<T> styleWhen(BiPredicate<? super T, DiagramContext> condition, EdgeStyle style) {
        styling.when(condition, style);
        return this;
    }

    String id() {
        return id;
    }

    Object source(T t) {
        return Objects.requireNonNull(source, () -> "edge mapping " + id + " has no source function").apply(t);
    }

    Object target(T t) {
        return Objects.requireNonNull(target, () -> "edge mapping " + id + " has no target function").apply(t);
    }

    List<String> labels(T t, DiagramContext c) {
        return labels.apply(t, c);
    }

    EObject selection(T t) {
        return selection.apply(t);
    }

    EdgeStyle style(T t, DiagramContext c) {
        return styling.resolve(t, c);
    }
}
