package dev.lightwork.report;

import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.model.Component;

/**
 * The values of a component that differ from its catalogue part: a reviewer must know which numbers the part's
 * source vouches for and which the designer set. Compares with a fresh component built from the part, by
 * reflection over the component's attributes.
 */
final class CatalogueOverrides {

    /** Naming and bookkeeping, not values a source vouches for. */
    private static final Set<String> IGNORED = Set.of("id", "name", "description", "catalogPart");

    private CatalogueOverrides() {
    }

    /** "Output power 3.5 dBm (catalogue 2 dBm); ..." or "" when the component has the part's values. */
    static String of(Component c, CatalogPart part) {
        Component reference;
        try {
            reference = PartFactory.create(part, "catalogue");
        } catch (RuntimeException e) {
            return "cannot compare with " + part.id() + ": " + e.getMessage();
        }
        if (reference.eClass() != c.eClass()) {
            return "the component is a " + ModelLabels.kind(c) + ", catalogue part " + part.id() + " a " + ModelLabels.kind(reference);
        }
        StringBuilder out = new StringBuilder();
        for (EAttribute a : c.eClass().getEAllAttributes()) {
            if (IGNORED.contains(a.getName()) || a.isDerived() || a.isTransient()) {
                continue;
            }
            Object mine = c.eGet(a);
            Object theirs = reference.eGet(a);
            if (!Objects.equals(mine, theirs)) {
                // the attribute in words with its unit: "Output power 3.5 dBm (catalogue 2 dBm)"
                String unit = ModelLabels.unit(a.getName()) == null ? "" : " " + ModelLabels.unit(a.getName());
                out.append(out.length() == 0 ? "" : "; ").append(ModelLabels.attributeWords(a.getName())).append(' ').append(QuantityFormat.plain(mine))
                        .append(mine == null ? "" : unit).append(" (catalogue ").append(QuantityFormat.plain(theirs)).append(theirs == null ? "" : unit).append(')');
            }
        }
        return out.toString();
    }
}
