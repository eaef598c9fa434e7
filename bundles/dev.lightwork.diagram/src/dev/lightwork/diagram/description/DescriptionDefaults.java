package dev.lightwork.diagram.description;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.model.NamedElement;

/** Defaults shared by the mappings: a candidate's model element and its id fragment. */
final class DescriptionDefaults {

    private DescriptionDefaults() {
    }

    static EObject modelElement(Object candidate) {
        return candidate instanceof EObject e ? e : null;
    }

    /** The element's model id when it has one; null lets the factory number it. */
    static String key(Object candidate) {
        return candidate instanceof NamedElement n && n.getId() != null && !n.getId().isBlank() ? n.getId() : null;
    }
}
