package dev.lightwork.ui.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder in the design tree holding one many-valued containment of an element ("Lanes (512)", "Components"),
 * so a design with hundreds of parts stays navigable. Equal by owner and feature, so the viewer keeps its items
 * across refreshes.
 */
public record FeatureGroup(EObject owner, EReference feature) {

    public List<?> children() {
        return (List<?>) owner.eGet(feature);
    }

    /** "Lanes (4)": the feature name with a capital, and the element count. */
    public String label() {
        String name = feature.getName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase() + " (" + children().size() + ")";
    }
}
