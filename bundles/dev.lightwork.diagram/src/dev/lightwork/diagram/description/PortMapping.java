package dev.lightwork.diagram.description;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.diagram.scene.Side;

/** Which candidates become ports of a node, on which side, with which name. Edges attach to a port by its candidate. */
public final class PortMapping<T> {

    private final String id;
    private Side side = Side.EAST;
    private BiFunction<? super T, DiagramContext, String> label = (t, c) -> "";
    private Function<? super T, ? extends EObject> target = DescriptionDefaults::modelElement;
    private Function<? super T, String> key = DescriptionDefaults::key;

    private PortMapping(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public static <T> PortMapping<T> named(String id) {
        return new PortMapping<>(id);
    }

    public PortMapping<T> side(Side newSide) {
        this.side = newSide;
        return this;
    }

    public PortMapping<T> label(BiFunction<? super T, DiagramContext, String> newLabel) {
        this.label = newLabel;
        return this;
    }

    public PortMapping<T> target(Function<? super T, ? extends EObject> newTarget) {
        this.target = newTarget;
        return this;
    }

    /** Id fragment of each port (default: the model element's id, else its position). */
    public PortMapping<T> key(Function<? super T, String> newKey) {
        this.key = newKey;
        return this;
    }

    String id() {
        return id;
    }

    Side side() {
        return side;
    }

    String label(T t, DiagramContext c) {
        return label.apply(t, c);
    }

    EObject target(T t) {
        return target.apply(t);
    }

    String key(T t) {
        return key.apply(t);
    }
}
