package dev.lightwork.ui.fixes;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/**
 * What a fix rule sees: the marker's category, rule id and attribute (read once: validation may replace the marker while
 * fixes are computed), the design it refers to (as edited now), the marked element, its analysis and the library.
 */
record FixContext(String category, String rule, String attribute, TransceiverDesign design, EObject element, DesignAnalysis analysis,
        ReferenceLibrary library) {

    boolean is(dev.lightwork.analysis.validation.DesignRule r) {
        return r.id().equals(rule);
    }
}
