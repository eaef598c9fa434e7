package dev.lightwork.ui.fixes;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.problems.DesignMarkers;

/** What a fix rule sees: the marker, the design it refers to (as edited now), its analysis and the library. */
record FixContext(IMarker marker, TransceiverDesign design, EObject element, DesignAnalysis analysis, ReferenceLibrary library) {

    String category() {
        return marker.getAttribute(DesignMarkers.CATEGORY, "");
    }

    String attribute() {
        return marker.getAttribute(DesignMarkers.ATTRIBUTE, null);
    }
}
