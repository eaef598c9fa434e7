package dev.lightwork.diagram.scene;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * Common part of nodes, ports and edges: a stable id, the description's candidate object it was made from
 * (a model element or a view record such as a lane group) and the model element a selection should reveal.
 */
public abstract class SceneElement {

    private final String id;
    private final Object element;
    private final EObject target;

    SceneElement(String id, Object element, EObject target) {
        this.id = Objects.requireNonNull(id, "id");
        this.element = element;
        this.target = target;
    }

    /** Unique within its scene, stable across renders of the same design (used as SVG id). */
    public String id() {
        return id;
    }

    /** The object the description mapped to this element (model element or view record). */
    public Object element() {
        return element;
    }

    /** The model element to select when this element is picked; may be null for purely visual parts. */
    public EObject target() {
        return target;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
