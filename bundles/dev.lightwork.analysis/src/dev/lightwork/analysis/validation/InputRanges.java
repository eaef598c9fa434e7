package dev.lightwork.analysis.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.library.AttributeRanges;
import dev.lightwork.library.AttributeRanges.Range;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.ModelLabels;

/**
 * One rule for every numeric attribute of a design: finite and within its physical range
 * ({@code attribute-ranges.csv}, with the unit and the source of the range). A value outside is an input error
 * naming element, attribute, value and range ({@link DesignRule#INPUT_RANGE}); a design with one never passes.
 * An attribute without a row is itself reported, so a new attribute cannot slip past unchecked.
 */
public final class InputRanges {

    private final AttributeRanges ranges;
    /** Per attribute: its range, or empty when it has none (a 512-lane design checks ~20,000 values per analysis). */
    private final Map<EAttribute, Optional<Range>> byAttribute = new ConcurrentHashMap<>();
    /** Per class: its single-valued numeric attributes, the ones this rule checks. */
    private final Map<EClass, List<EAttribute>> numericAttributes = new ConcurrentHashMap<>();

    public InputRanges(AttributeRanges ranges) {
        this.ranges = ranges;
    }

    public List<Diagnostic> check(TransceiverDesign design) {
        List<Diagnostic> out = new ArrayList<>();
        check(design, out);
        for (Iterator<EObject> it = design.eAllContents(); it.hasNext();) {
            check(it.next(), out);
        }
        return out;
    }

    private void check(EObject o, List<Diagnostic> out) {
        for (EAttribute a : numericAttributes.computeIfAbsent(o.eClass(), InputRanges::numeric)) {
            Object value = o.eGet(a);
            if (!(value instanceof Number number)) {
                continue; // not given: the checks that need it say so
            }
            double v = number.doubleValue();
            Range range = byAttribute.computeIfAbsent(a, x -> ranges.range(x.getEContainingClass().getName(), x.getName())).orElse(null);
            if (range == null) {
                out.add(diagnostic(o, a, v, Double.NaN, "no range", String.format(Locale.ROOT,
                        "%s › %s = %s: this attribute (%s in the file) has no physical range in attribute-ranges.csv (a defect of Lightwork's data)",
                        name(o), ModelLabels.attribute(a), text(v), a.getName())));
            } else if (!range.contains(v)) {
                boolean below = Double.isFinite(v) && v < range.min();
                double limit = below ? range.min() : range.max();
                String why = !Double.isFinite(v) ? "is not a finite number"
                        : "is outside the physical range " + bound(range.min()) + " .. " + bound(range.max()) + " " + range.unit();
                out.add(diagnostic(o, a, v, limit, "attribute-ranges.csv line " + range.provenance().line() + ": " + range.provenance().source(),
                        String.format(Locale.ROOT, "%s › %s = %s %s (attribute %s in the file; %s)", name(o), ModelLabels.attribute(a), text(v), why,
                                a.getName(), range.provenance().source())));
            }
        }
    }

    private static List<EAttribute> numeric(EClass c) {
        return c.getEAllAttributes().stream().filter(a -> {
            Class<?> type = a.getEAttributeType().getInstanceClass();
            return !a.isMany() && (type == Double.class || type == double.class || type == Integer.class || type == int.class || type == Long.class);
        }).toList();
    }

    private static Diagnostic diagnostic(EObject element, EAttribute attribute, double value, double limit, String source, String message) {
        return new BasicDiagnostic(Diagnostic.ERROR, DesignRules.SOURCE, DesignRules.INPUT, message,
                new Object[] {element, attribute, value, Double.isNaN(limit) ? null : limit, source, DesignRule.INPUT_RANGE});
    }

    /** "Laser 'las0'", "Host interface", "Thermal path tj-tosa → case": the kind in words, never the class name. */
    private static String name(EObject o) {
        String id = o instanceof NamedElement n ? n.getId() : null;
        return id == null ? ModelLabels.element(o) : ModelLabels.kind(o) + " '" + id + "'";
    }

    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String bound(double b) {
        return Double.isInfinite(b) ? (b < 0 ? "-inf" : "+inf") : text(b);
    }
}
