package dev.lightwork.ui.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.RootCauses;
import dev.lightwork.model.io.DesignLoadException;

/**
 * Problems-view markers of a design file, one per diagnostic of the analyzer, carrying the element (URI fragment
 * and id), attribute, value, limit and source so that quick fixes and "go to" work on the exact element.
 */
public final class DesignMarkers {

    /** Marker type (subtype of IMarker.PROBLEM, persistent), declared in plugin.xml. */
    public static final String TYPE = "dev.lightwork.ui.problem";
    public static final String ELEMENT_URI = "elementUri";
    public static final String ELEMENT_ID = "elementId";
    public static final String ATTRIBUTE = "attribute";
    /** Value and limit are stored as text (marker attributes cannot hold doubles); read with {@link #number}. */
    public static final String VALUE = "value";
    public static final String LIMIT = "limit";
    public static final String SOURCE = "source";
    /** link, power, thermal, input or load. */
    public static final String CATEGORY = "category";
    /** The rule's stable id (dev.lightwork.analysis.validation.DesignRule, e.g. LW-LINK-MARGIN); quick fixes key on it. */
    public static final String RULE = "rule";
    /** On a consequence: its root cause as "rule element" (e.g. "LW-LINK-LAUNCH las0"); the analysis decides the grouping. */
    public static final String ROOT_CAUSE = "rootCause";
    /** On a root cause: how many problems follow from it. */
    public static final String CONSEQUENCES = "consequences";
    /**
     * On a root cause with consequences and on each of them: the root's rule id, which the Problems view's "Root Cause"
     * grouping (plugin.xml) maps to one category per kind of root cause.
     */
    public static final String ROOT_CAUSE_GROUP = "rootCauseGroup";
    /**
     * What a consequence's message starts with. An arrow sorts after letters, so in a category the roots (whose messages
     * start with a word) come first and their consequences after them.
     */
    public static final String CONSEQUENCE_PREFIX = "↳ follows from ";

    private DesignMarkers() {
    }

    /** Replaces the file's Lightwork markers by those of {@code analysis}. */
    public static void replace(IFile file, DesignAnalysis analysis) throws CoreException {
        replace(file, attributes(analysis));
    }

    /** Replaces the file's Lightwork markers by one error saying why it cannot be loaded (with its line). */
    public static void replace(IFile file, DesignLoadException error) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        IMarker m = file.createMarker(TYPE);
        m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        m.setAttribute(IMarker.MESSAGE, error.getMessage());
        m.setAttribute(CATEGORY, "load");
        if (error.line() > 0) {
            m.setAttribute(IMarker.LINE_NUMBER, error.line());
        }
    }

    /**
     * The marker attributes of every diagnostic of {@code analysis}, read on the thread that owns the model (the
     * editor's UI thread); {@link #replace(IFile, List)} writes them later from a workspace job.
     */
    public static List<Map<String, Object>> attributes(DesignAnalysis analysis) {
        // roots first, each followed by its consequences: the Problems view lists a root with what follows from it
        List<Map<String, Object>> all = new ArrayList<>();
        for (RootCauses.Group g : analysis.groups()) {
            DesignDiagnostic root = DesignDiagnostic.of(g.root());
            Map<String, Object> r = attributes(root);
            String group = root.rule() == null ? "" : root.rule().id();
            if (!g.consequences().isEmpty()) {
                List<String> rules = g.consequences().stream().map(c -> DesignDiagnostic.of(c)).map(c -> c.rule() == null ? "" : c.rule().id())
                        .distinct().toList();
                r.put(IMarker.MESSAGE, root.message() + " (root cause of " + g.consequences().size() + " more problem"
                        + (g.consequences().size() == 1 ? "" : "s") + ": " + String.join(", ", rules) + ")");
                r.put(CONSEQUENCES, g.consequences().size());
                r.put(ROOT_CAUSE_GROUP, group);
            }
            all.add(r);
            String cause = group + " " + root.elementId();
            String where = root.asRootCause();
            for (Diagnostic c : g.consequences()) {
                DesignDiagnostic dc = DesignDiagnostic.of(c);
                Map<String, Object> m = attributes(dc);
                m.put(IMarker.MESSAGE, CONSEQUENCE_PREFIX + where + ": " + dc.message());
                m.put(ROOT_CAUSE, cause);
                m.put(ROOT_CAUSE_GROUP, group);
                all.add(m);
            }
        }
        return all;
    }

    /** Replaces the file's Lightwork markers by markers with these attributes. */
    public static void replace(IFile file, List<Map<String, Object>> markers) throws CoreException {
        IMarker[] existing = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
        if (existing.length == markers.size()) {
            // the same problems again (the editor's model was just saved, an edit changed nothing the checks see):
            // keep the markers, so a marker someone holds (Problems selection, quick fix) stays valid
            java.util.Set<Map<String, Object>> now = new java.util.HashSet<>();
            for (IMarker m : existing) {
                now.add(m.getAttributes());
            }
            if (now.equals(new java.util.HashSet<>(markers))) {
                return;
            }
        }
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Map<String, Object> attributes : markers) {
            file.createMarker(TYPE).setAttributes(attributes);
        }
    }

    private static Map<String, Object> attributes(DesignDiagnostic d) {
        Map<String, Object> m = new HashMap<>();
        m.put(IMarker.SEVERITY, switch (d.severity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
            case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        });
        m.put(IMarker.MESSAGE, d.message());
        m.put(CATEGORY, d.category());
        if (d.rule() != null) {
            m.put(RULE, d.rule().id());
        }
        EObject element = d.element();
        if (element != null) {
            m.put(ELEMENT_URI, EcoreUtil.getURI(element).fragment());
            m.put(ELEMENT_ID, d.elementId());
            m.put(IMarker.LOCATION, d.attribute() == null ? d.elementLabel() : d.elementLabel() + " › " + d.attributeLabel());
        }
        if (d.attribute() != null) {
            m.put(ATTRIBUTE, d.attribute().getName());
        }
        if (d.value() != null) {
            m.put(VALUE, Double.toString(d.value()));
        }
        if (d.limit() != null) {
            m.put(LIMIT, Double.toString(d.limit()));
        }
        if (d.source() != null) {
            m.put(SOURCE, d.source());
        }
        return m;
    }

    /** A numeric marker attribute (value, limit), NaN when absent. */
    public static double number(IMarker marker, String attribute) {
        String text = marker.getAttribute(attribute, null);
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
