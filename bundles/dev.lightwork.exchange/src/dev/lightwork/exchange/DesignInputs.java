package dev.lightwork.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.Provenance;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.ModelDiff;
import dev.lightwork.report.Quantities;

/**
 * The numeric inputs of a design, one per (element, attribute), in a stable order: design, host interface,
 * components, channels, lanes, thermal nodes and paths. What the spreadsheet's Inputs sheet lists and what its
 * import may change. Each carries where its value comes from: the catalogue part's source when the component still
 * has the part's value, otherwise the design itself.
 */
public final class DesignInputs {

    /** One input value: {@code element} is the element's id (or containment path, {@link ModelDiff#key}). */
    public record Input(EObject owner, String element, String kind, EAttribute attribute, String source, String confidence, String note) {

        public Object value() {
            return owner.eGet(attribute);
        }

        public String quantity() {
            return Quantities.displayName(attribute.getName());
        }

        public String unit() {
            return Quantities.unit(attribute.getName());
        }

        public boolean integer() {
            Class<?> c = attribute.getEAttributeType().getInstanceClass();
            return c == Integer.class || c == int.class;
        }
    }

    private static final String DESIGN_SOURCE = "design file";

    private DesignInputs() {
    }

    public static List<Input> of(TransceiverDesign design, ReferenceLibrary library) {
        List<Input> out = new ArrayList<>();
        add(out, design, "Design", DESIGN_SOURCE, "", "");
        if (design.getHostInterface() != null) {
            add(out, design.getHostInterface(), "Host interface", DESIGN_SOURCE, "", "");
        }
        for (Component c : design.getComponents()) {
            Optional<CatalogPart> part = library.part(c.getCatalogPart());
            Component reference = part.flatMap(DesignInputs::reference).orElse(null);
            for (EAttribute a : numeric(c)) {
                if (reference != null && reference.eClass() == c.eClass() && Objects.equals(reference.eGet(a), c.eGet(a))) {
                    Provenance p = part.get().provenance();
                    out.add(new Input(c, ModelDiff.key(c), c.eClass().getName(), a, "catalogue " + part.get().id() + ": " + p.source(),
                            p.confidence().name(), p.note() == null ? "" : p.note()));
                } else {
                    String note = reference == null ? (c.getCatalogPart() == null ? "" : "catalogue part " + c.getCatalogPart() + " is not in the library")
                            : "differs from catalogue " + part.get().id() + " (" + text(reference.eGet(a)) + ")";
                    out.add(new Input(c, ModelDiff.key(c), c.eClass().getName(), a, DESIGN_SOURCE, "", note));
                }
            }
        }
        for (Channel ch : design.getChannels()) {
            add(out, ch, "Channel", DESIGN_SOURCE, "", "");
        }
        for (Lane lane : design.getLanes()) {
            add(out, lane, "Lane", DESIGN_SOURCE, "", "");
        }
        if (design.getThermalNetwork() != null) {
            for (ThermalNode n : design.getThermalNetwork().getNodes()) {
                add(out, n, "Thermal node", DESIGN_SOURCE, "", n.getDescription() == null ? "" : n.getDescription());
            }
            for (ThermalPath p : design.getThermalNetwork().getPaths()) {
                String note = (p.getFrom() == null ? "?" : p.getFrom().getId()) + " -> " + (p.getTo() == null ? "?" : p.getTo().getId());
                add(out, p, "Thermal path", DESIGN_SOURCE, "", note);
            }
        }
        return out;
    }

    private static Optional<Component> reference(CatalogPart part) {
        try {
            return Optional.of(PartFactory.create(part, "catalogue"));
        } catch (RuntimeException e) { // a fibre, or a part the factory cannot build: no catalogue comparison
            return Optional.empty();
        }
    }

    private static void add(List<Input> out, EObject owner, String kind, String source, String confidence, String note) {
        for (EAttribute a : numeric(owner)) {
            out.add(new Input(owner, ModelDiff.key(owner), kind, a, source, confidence, note));
        }
    }

    /** The element's changeable numeric attributes (identity such as a lane's index is not an input). */
    static List<EAttribute> numeric(EObject owner) {
        List<EAttribute> out = new ArrayList<>();
        for (EAttribute a : owner.eClass().getEAllAttributes()) {
            Class<?> c = a.getEAttributeType().getInstanceClass();
            boolean number = c == Double.class || c == double.class || c == Integer.class || c == int.class;
            if (number && !a.isMany() && !a.isDerived() && !a.isTransient() && a.isChangeable() && !"index".equals(a.getName())) {
                out.add(a);
            }
        }
        return out;
    }

    static String text(Object v) {
        return v == null ? "not given" : v.toString();
    }
}
