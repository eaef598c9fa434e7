package dev.lightwork.ui.diagram;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.validation.DesignDiagnostic;

/**
 * The worst problem on each model element of one analysis, for error/warning overlays on tree items and diagram
 * nodes: an element's own diagnostics, raised to its containers as the IDE raises errors to folders and projects.
 * Infos (the power summary) are not problems.
 */
public final class ElementSeverity {

    private static final ElementSeverity NONE = new ElementSeverity(new IdentityHashMap<>(), new IdentityHashMap<>());

    private final Map<EObject, Integer> own;
    private final Map<EObject, Integer> within;

    private ElementSeverity(Map<EObject, Integer> own, Map<EObject, Integer> within) {
        this.own = own;
        this.within = within;
    }

    public static ElementSeverity none() {
        return NONE;
    }

    public static ElementSeverity of(DesignAnalysis analysis) {
        if (analysis == null) {
            return NONE;
        }
        Map<EObject, Integer> own = new IdentityHashMap<>();
        Map<EObject, Integer> within = new IdentityHashMap<>();
        for (Diagnostic d : analysis.diagnostics()) {
            int severity = d.getSeverity() >= Diagnostic.ERROR ? Diagnostic.ERROR : d.getSeverity();
            if (severity < Diagnostic.WARNING) {
                continue;
            }
            EObject element = DesignDiagnostic.of(d).element();
            if (element == null) {
                element = analysis.design();
            }
            own.merge(element, severity, Math::max);
            for (EObject e = element; e != null; e = e.eContainer()) {
                within.merge(e, severity, Math::max);
            }
        }
        return new ElementSeverity(own, within);
    }

    /** {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#OK} for the element's own diagnostics. */
    public int of(Object element) {
        return own.getOrDefault(element, Diagnostic.OK);
    }

    /** As {@link #of}, including every element it contains. */
    public int within(Object element) {
        return within.getOrDefault(element, Diagnostic.OK);
    }

    public boolean isEmpty() {
        return own.isEmpty();
    }
}
