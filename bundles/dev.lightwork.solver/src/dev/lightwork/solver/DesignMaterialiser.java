package dev.lightwork.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.PowerClass;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.FibreType;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.TransceiverDesign;

/**
 * Applies study choices to a copy of the base design, with catalogue rows turned into parts by
 * {@link PartFactory}, so every design the solver returns is an ordinary .lightwork model. Replaced parts keep
 * their id and thermal node; lanes and channels are rewired to them.
 */
public final class DesignMaterialiser {

    private final ReferenceLibrary library;

    public DesignMaterialiser(ReferenceLibrary library) {
        this.library = library;
    }

    /** A copy of {@code base} with variable i set to option {@code choice[i]} (-1 keeps the base design's value). */
    public TransceiverDesign materialise(TransceiverDesign base, List<StudyVariable> variables, int[] choice) {
        TransceiverDesign d = EcoreUtil.copy(base);
        for (int i = 0; i < variables.size(); i++) {
            if (choice[i] >= 0) {
                apply(d, variables.get(i), variables.get(i).option(choice[i]));
            }
        }
        return d;
    }

    /** Sets one variable to one option on {@code design} (in place). */
    public void apply(TransceiverDesign design, StudyVariable v, String option) {
        switch (v.kind()) {
            case REACH -> setReach(design, v, option);
            case FORM_FACTOR -> setFormFactor(design, v, option);
            case CATALOG_CHOICE -> choosePart(design, v, option);
            case LANE_CONFIGURATION -> throw new StudyInputException("design variable " + v.name()
                    + ": LANE_CONFIGURATION is not supported by this solver version (vary parts, reach and form factor; "
                    + "start from a base design with the lane configuration you want)");
        }
    }

    /** The part kind of a model component ({@link PartFactory#kindOf}); a component without one is a programming error. */
    public static PartKind kindOf(Component c) {
        PartKind k = PartFactory.kindOf(c);
        if (k == null) {
            throw new IllegalArgumentException("unknown component type " + c.eClass().getName());
        }
        return k;
    }

    /** The slot's part kind when it names one, else null (then it is a component id). */
    public static PartKind slotKind(String slot) {
        for (PartKind k : PartKind.values()) {
            if (k.name().equalsIgnoreCase(slot)) {
                return k;
            }
        }
        return null;
    }

    /** The components a slot designates in {@code design}. */
    public static List<Component> slotComponents(TransceiverDesign design, String slot) {
        PartKind kind = slotKind(slot);
        return design.getComponents().stream()
                .filter(c -> kind == null ? slot.equals(c.getId()) : kindOf(c) == kind).toList();
    }

    private static void setReach(TransceiverDesign d, StudyVariable v, String option) {
        double metres;
        try {
            metres = Double.parseDouble(option.trim());
        } catch (NumberFormatException e) {
            throw new StudyInputException("design variable " + v.name() + ": reach option '" + option + "' is not a length in metres");
        }
        if (!(metres > 0) || Double.isInfinite(metres)) {
            throw new StudyInputException("design variable " + v.name() + ": reach option " + option + " m must be a positive length");
        }
        if (d.getChannels().isEmpty()) {
            throw new StudyInputException("design " + d.getId() + " has no channel whose length reach option " + option + " could set");
        }
        for (Channel ch : d.getChannels()) {
            ch.setLengthM(metres);
        }
    }

    static FormFactor formFactor(StudyVariable v, String option) {
        for (FormFactor f : FormFactor.VALUES) {
            if (f.getLiteral().equalsIgnoreCase(option) || ReferenceLibrary.formFactorName(f).equalsIgnoreCase(option)) {
                return f;
            }
        }
        throw new StudyInputException("design variable " + v.name() + ": form factor option '" + option + "' is not one of " + FormFactor.VALUES);
    }

    /**
     * Sets the form factor with its largest MSA class: the power constraint of the study is the form factor's
     * envelope; {@link #fitPowerClass} then declares the smallest class the finished design fits.
     */
    private void setFormFactor(TransceiverDesign d, StudyVariable v, String option) {
        FormFactor f = formFactor(v, option);
        d.setFormFactor(f);
        if (f == FormFactor.CPO_ENGINE) {
            return; // no MSA class applies
        }
        PowerClass largest = library.powerClasses(ReferenceLibrary.formFactorName(f)).stream()
                .max(Comparator.comparingDouble(PowerClass::maxPowerW))
                .orElseThrow(() -> new StudyInputException("design variable " + v.name() + ": the reference library has no MSA power class for "
                        + ReferenceLibrary.formFactorName(f)));
        d.setMsaPowerClass(largest.powerClass());
    }

    /** Declares the smallest MSA class of the design's form factor whose limit covers {@code moduleW}. */
    public void fitPowerClass(TransceiverDesign d, double moduleW) {
        if (d.getFormFactor() == FormFactor.CPO_ENGINE) {
            return;
        }
        library.powerClasses(ReferenceLibrary.formFactorName(d.getFormFactor())).stream()
                .filter(c -> c.maxPowerW() >= moduleW)
                .min(Comparator.comparingDouble(PowerClass::maxPowerW))
                .ifPresent(c -> d.setMsaPowerClass(c.powerClass()));
    }

    private void choosePart(TransceiverDesign d, StudyVariable v, String option) {
        PartKind kind = slotKind(v.slot());
        List<Component> targets = slotComponents(d, v.slot());
        if (kind == null && targets.isEmpty()) {
            throw new StudyInputException("design variable " + v.name() + ": slot '" + v.slot()
                    + "' is neither a part kind " + List.of(PartKind.values()) + " nor a component id of design " + d.getId());
        }
        PartKind slotKind = kind != null ? kind : kindOf(targets.get(0));
        if (StudyVariable.NONE.equalsIgnoreCase(option)) {
            if (slotKind != PartKind.MODULATOR && slotKind != PartKind.DSP) {
                throw new StudyInputException("design variable " + v.name() + ": option NONE only removes modulators or DSPs, not " + slotKind);
            }
            remove(d, targets);
            return;
        }
        CatalogPart part = library.part(option).orElseThrow(() -> new StudyInputException(
                "design variable " + v.name() + ": option '" + option + "' is not a catalogue part id"));
        if (part.kind() != slotKind) {
            throw new StudyInputException("design variable " + v.name() + ": option " + option + " is a " + part.kind()
                    + " but slot " + v.slot() + " holds " + slotKind + " parts");
        }
        switch (slotKind) {
            case FIBRE -> setFibre(d, part);
            case LASER -> chooseLasers(d, v, part, targets, kind != null);
            case MODULATOR -> chooseModulators(d, v, part, targets, kind != null);
            default -> {
                if (targets.isEmpty()) {
                    throw new StudyInputException("design variable " + v.name() + ": design " + d.getId() + " has no " + slotKind
                            + " part to replace with " + option + " (start from a design that has one; the thermal node of a new part is unknown)");
                }
                replaceInPlace(d, part, targets);
            }
        }
    }

    private static void setFibre(TransceiverDesign d, CatalogPart fibre) {
        for (Channel ch : d.getChannels()) {
            ch.setAttenuationDbPerKm(fibre.require("attenuation_db_per_km"));
            FibreType type = FibreType.get(fibre.text("type"));
            if (type != null) {
                ch.setFibreType(type);
            }
        }
    }

    private void replaceInPlace(TransceiverDesign d, CatalogPart part, List<Component> targets) {
        Map<Component, Component> replacement = new IdentityHashMap<>();
        for (Component old : targets) {
            Component c = PartFactory.create(part, old.getId());
            c.setThermalNode(old.getThermalNode());
            replacement.put(old, c);
        }
        EList<Component> components = d.getComponents();
        for (int i = 0; i < components.size(); i++) {
            Component n = replacement.get(components.get(i));
            if (n != null) {
                components.set(i, n);
            }
        }
        rewire(d, replacement);
    }

    /**
     * Lasers: a kind-wide choice rebuilds the laser set when the part serves a different number of lanes
     * (catalogue column shared_lanes, e.g. one CW source for 4 SiPh lanes), so power is counted per physical laser.
     */
    private void chooseLasers(TransceiverDesign d, StudyVariable v, CatalogPart part, List<Component> targets, boolean kindWide) {
        int share = (int) part.number("shared_lanes").orElse(1);
        if (!kindWide || lanesPerPart(d, targets) == share) {
            if (targets.isEmpty()) {
                throw new StudyInputException("design variable " + v.name() + ": design " + d.getId() + " has no laser to replace");
            }
            replaceInPlace(d, part, targets);
            return;
        }
        if (targets.isEmpty()) {
            throw new StudyInputException("design variable " + v.name() + ": design " + d.getId() + " has no laser (its thermal node is unknown)");
        }
        var node = targets.get(0).getThermalNode();
        int at = d.getComponents().indexOf(targets.get(0));
        remove(d, targets);
        Set<String> ids = ids(d);
        List<Lane> lanes = d.getLanes();
        List<Component> created = new ArrayList<>();
        for (int first = 0; first < lanes.size(); first += share) {
            Laser l = (Laser) PartFactory.create(part, unique(ids, "las" + first / share));
            l.setThermalNode(node);
            created.add(l);
            for (int k = first; k < Math.min(lanes.size(), first + share); k++) {
                lanes.get(k).setLaser(l);
            }
        }
        d.getComponents().addAll(Math.min(at, d.getComponents().size()), created);
    }

    /** How many lanes each of {@code parts} serves (0 when they differ or nothing is shared). */
    private static int lanesPerPart(TransceiverDesign d, List<Component> parts) {
        Map<Component, Integer> users = new IdentityHashMap<>();
        for (Lane lane : d.getLanes()) {
            if (lane.getLaser() != null) {
                users.merge(lane.getLaser(), 1, Integer::sum);
            }
        }
        Set<Integer> counts = new HashSet<>();
        for (Component c : parts) {
            counts.add(users.getOrDefault(c, 0));
        }
        return counts.size() == 1 ? counts.iterator().next() : 0;
    }

    /** Modulators: replaced in place; a kind-wide choice on lanes without one adds one per lane on the laser's node. */
    private void chooseModulators(TransceiverDesign d, StudyVariable v, CatalogPart part, List<Component> targets, boolean kindWide) {
        if (!targets.isEmpty()) {
            replaceInPlace(d, part, targets);
        }
        if (!kindWide) {
            return;
        }
        Set<String> ids = ids(d);
        for (Lane lane : d.getLanes()) {
            if (lane.getModulator() == null) {
                if (lane.getLaser() == null || lane.getLaser().getThermalNode() == null) {
                    throw new StudyInputException("design variable " + v.name() + ": lane " + lane.getId()
                            + " has no laser with a thermal node to place a new modulator on");
                }
                Modulator m = (Modulator) PartFactory.create(part, unique(ids, "mod" + lane.getIndex()));
                m.setThermalNode(lane.getLaser().getThermalNode());
                d.getComponents().add(m);
                lane.setModulator(m);
            }
        }
    }

    private static void remove(TransceiverDesign d, List<Component> parts) {
        Map<Component, Component> gone = new IdentityHashMap<>();
        parts.forEach(p -> gone.put(p, null));
        d.getComponents().removeAll(parts);
        rewire(d, gone);
    }

    /** Points every lane and channel reference at the replacement (null: removed). */
    private static void rewire(TransceiverDesign d, Map<Component, Component> replacement) {
        List<EObject> holders = new ArrayList<>(d.getLanes());
        holders.addAll(d.getChannels());
        for (EObject holder : holders) {
            for (EReference ref : holder.eClass().getEAllReferences()) {
                if (ref.isContainment() || !Component.class.isAssignableFrom(ref.getEReferenceType().getInstanceClass())) {
                    continue;
                }
                if (ref.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<Component> list = (EList<Component>) holder.eGet(ref);
                    for (int i = list.size() - 1; i >= 0; i--) {
                        if (replacement.containsKey(list.get(i))) {
                            Component n = replacement.get(list.get(i));
                            if (n == null) {
                                list.remove(i);
                            } else {
                                list.set(i, n);
                            }
                        }
                    }
                } else {
                    Object value = holder.eGet(ref);
                    if (value != null && replacement.containsKey(value)) {
                        holder.eSet(ref, replacement.get(value));
                    }
                }
            }
        }
    }

    private static Set<String> ids(TransceiverDesign d) {
        Set<String> ids = new HashSet<>();
        d.eAllContents().forEachRemaining(o -> {
            var attr = o.eClass().getEIDAttribute();
            if (attr != null && o.eGet(attr) != null) {
                ids.add(o.eGet(attr).toString());
            }
        });
        return ids;
    }

    private static String unique(Set<String> ids, String wanted) {
        String id = wanted;
        for (int i = 2; !ids.add(id); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }
}
