package dev.lightwork.analysis.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Typed view of a Lightwork diagnostic's data [element, attribute, value, limit, source, rule], for the CLI, reports
 * and markers. Any part may be null (e.g. an input problem has no limit).
 */
public record DesignDiagnostic(int severity, int code, String message, EObject element, EStructuralFeature attribute, Double value,
        Double limit, String source, DesignRule rule) {

    public static DesignDiagnostic of(Diagnostic d) {
        var data = d.getData();
        return new DesignDiagnostic(d.getSeverity(), d.getCode(), d.getMessage(),
                data.size() > 0 && data.get(0) instanceof EObject e ? e : null,
                data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null,
                data.size() > 2 && data.get(2) instanceof Double v ? v : null,
                data.size() > 3 && data.get(3) instanceof Double l ? l : null,
                data.size() > 4 && data.get(4) instanceof String s ? s : null,
                data.size() > 5 && data.get(5) instanceof DesignRule r ? r : null);
    }

    /** error, warning or info (lower case, as the CLI's JSON and SARIF use them). */
    public String severityName() {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
    }

    /** Category of the rule: link, power, thermal or input. */
    public String category() {
        return switch (code) {
            case DesignRules.LINK -> "link";
            case DesignRules.POWER -> "power";
            case DesignRules.THERMAL -> "thermal";
            default -> "input";
        };
    }

    /**
     * The element's id (NamedElement), or for an element without one what users read for it ("Host interface",
     * "Thermal path tj-tosa → case"; never a Java class name). Null without an element.
     */
    public String elementId() {
        return element == null ? null : dev.lightwork.model.util.ModelLabels.element(element);
    }

    /**
     * The element as a reader finds it: "Laser las0", "Lane lane3", "Host interface" (kind in words and id); null
     * without an element.
     */
    public String elementLabel() {
        if (element == null) {
            return null;
        }
        var idAttr = element.eClass().getEIDAttribute();
        Object id = idAttr == null ? null : element.eGet(idAttr);
        return id == null || id.toString().isBlank() ? elementId() : dev.lightwork.model.util.ModelLabels.kind(element) + " " + id;
    }

    /** The attribute's display name with its unit, "Output power (dBm)"; null without an attribute. */
    public String attributeLabel() {
        return attribute == null ? null : dev.lightwork.model.util.ModelLabels.attribute(attribute);
    }

    /**
     * Where the finding is, in words: "las0 › Output power (dBm)", "lane2", "Host interface › Lane count"; null without
     * an element.
     */
    public String where() {
        if (element == null) {
            return null;
        }
        return attribute == null ? elementId() : elementId() + " › " + attributeLabel();
    }

    /**
     * How a consequence names this finding as its root cause: "LW-LINK-LAUNCH on las0 › Output power (dBm)" (the
     * Problems view and the review report say it the same way).
     */
    public String asRootCause() {
        String where = where();
        return rule == null ? String.valueOf(where) : where == null ? rule.id() : rule.id() + " on " + where;
    }
}
