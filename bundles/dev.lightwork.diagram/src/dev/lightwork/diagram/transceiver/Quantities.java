package dev.lightwork.diagram.transceiver;

import dev.lightwork.model.NamedElement;

/** Names of elements in diagram labels (numbers: {@link dev.lightwork.analysis.format.QuantityFormat}). */
final class Quantities {

    private Quantities() {
    }

    /** The element's name without the catalogue's "(typical)" qualifier, else its id. */
    static String name(NamedElement e) {
        if (e == null) {
            return "none";
        }
        String n = e.getName() != null && !e.getName().isBlank() ? e.getName() : e.getId();
        return n == null ? e.eClass().getName() : n.replace(" (typical)", "");
    }
}
