package dev.lightwork.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.ui.diagram.Units;

/**
 * The Properties view's view of one design element, over its EMF {@link IItemPropertySource}: one property per
 * feature, grouped by the class that declares it (General, Component, Laser, ...), each name carrying its unit.
 * Every change is a {@link SetCommand} on the editor's command stack, so it is undoable and marks the editor dirty;
 * choosing a catalogue part is one compound command ({@link CatalogPartCommand}). A lane also shows its computed margin,
 * verdict and BER, read-only, from the design's one live analysis.
 */
public final class DesignPropertySource implements IPropertySource {

    private final EObject object;
    private final IItemPropertySource itemSource;
    private final EditingDomain domain;
    private final DesignLabelProvider labels;

    public DesignPropertySource(EObject object, AdapterFactory adapterFactory, EditingDomain domain) {
        this.object = object;
        this.itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        this.domain = domain;
        this.labels = new DesignLabelProvider(adapterFactory);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        if (itemSource == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : itemSource.getPropertyDescriptors(object)) {
            out.add(new DesignPropertyDescriptor(object, d, labels));
        }
        if (object instanceof Lane) {
            for (LaneResult r : LaneResult.values()) {
                PropertyDescriptor computed = new PropertyDescriptor(r, r.label);
                computed.setCategory(LaneResult.CATEGORY);
                computed.setDescription(r.description);
                computed.setAlwaysIncompatible(true);
                out.add(computed);
            }
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    /**
     * A lane's results, read-only in Properties from the design's one live analysis ({@link SharedAnalysis}): what the
     * Link Budget view shows for the lane, formatted by the analysis's {@link QuantityFormat}.
     */
    enum LaneResult {
        MARGIN("Link Margin [dB]", "Rx OMA at TP3 less what the receiver needs there; negative fails"),
        VERDICT("Verdict", "Pass, indicative (limits not all sourced) or fail, against the design's required margin"),
        PRE_FEC_BER("Pre-FEC BER", "Bit error ratio before the design's FEC at this lane's Rx OMA"),
        POST_FEC_BER("Post-FEC BER", "Bit error ratio after the design's FEC chain");

        static final String CATEGORY = "Computed (live analysis, read-only)";
        final String label;
        final String description;

        LaneResult(String label, String description) {
            this.label = label;
            this.description = description;
        }

        String value(TransceiverDesign design, Lane lane) {
            LinkBudget b = SharedAnalysis.of(design).analysis().linkBudget(lane);
            if (b == null) {
                return "(not computed)";
            }
            return switch (this) {
                case MARGIN -> Double.isNaN(b.marginDb()) ? "(not computed: " + String.join("; ", b.problems().isEmpty() ? List.of("inputs missing") : b.problems()) + ")"
                        : QuantityFormat.withUnit(b.marginDb(), 2, "dB");
                case VERDICT -> ModelLabels.words(b.verdict(DesignRules.requiredMarginDb(design)).name().toLowerCase(java.util.Locale.ROOT), true);
                case PRE_FEC_BER -> Double.isNaN(b.preFecBer()) ? "(not estimated)" : QuantityFormat.ber(b.preFecBer(), b.preFecBerIsBound());
                case POST_FEC_BER -> Double.isNaN(b.postFecBer()) ? "(not estimated)" : QuantityFormat.ber(b.postFecBer(), b.postFecBerIsBound());
            };
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource == null ? null : itemSource.getPropertyDescriptor(object, id);
    }

    /** The feature's current value (null when not given); the descriptor's label provider formats it with its unit. */
    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof LaneResult r && object instanceof Lane lane && lane.eContainer() instanceof TransceiverDesign design) {
            return r.value(design, lane);
        }
        IItemPropertyDescriptor d = descriptor(id);
        return d == null ? null : object.eGet((EStructuralFeature) d.getFeature(object));
    }

    @Override
    public boolean isPropertySet(Object id) {
        if (id instanceof LaneResult) {
            return false;
        }
        IItemPropertyDescriptor d = descriptor(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            execute(SetCommand.create(domain, object, d.getFeature(object), SetCommand.UNSET_VALUE));
        }
    }

    /**
     * Sets the feature from what the cell editor returned: text for data types (converted with the model's
     * factory; empty text means "not given" and unsets the value), the chosen object for enums and references.
     *
     * @throws IllegalArgumentException when text cannot be read as the attribute's type (the message names both)
     */
    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d == null || !d.canSetProperty(object)) {
            return;
        }
        EStructuralFeature feature = (EStructuralFeature) d.getFeature(object);
        if (value instanceof CatalogPart part && object instanceof Component component) {
            String previous = library().part(component.getCatalogPart()).map(CatalogPart::name).orElse(null);
            execute(CatalogPartCommand.create(domain, component, part, previous));
            return;
        }
        Object newValue = toFeatureValue(feature, value);
        if (newValue == SetCommand.UNSET_VALUE && !object.eIsSet(feature)) {
            return;
        }
        if (newValue != SetCommand.UNSET_VALUE && java.util.Objects.equals(newValue, object.eGet(feature))) {
            return;
        }
        execute(SetCommand.create(domain, object, feature, newValue));
    }

    static Object toFeatureValue(EStructuralFeature feature, Object value) {
        if (!(feature instanceof EAttribute attribute) || !(value instanceof String text)) {
            return value == null ? SetCommand.UNSET_VALUE : value;
        }
        EDataType type = attribute.getEAttributeType();
        if (type.getInstanceClass() == String.class) {
            return text.isEmpty() ? SetCommand.UNSET_VALUE : text;
        }
        String unit = Units.of(feature.getName());
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return SetCommand.UNSET_VALUE;
        }
        Class<?> instance = type.getInstanceClass();
        if (instance == Double.class || instance == double.class) {
            return Units.parse(trimmed, unit, Units.attributeLabel(feature.getName()));
        }
        String number = Units.stripUnit(trimmed, unit);
        try {
            return EcoreUtil.createFromString(type, number);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + (instance == Integer.class || instance == int.class
                    ? "a whole number" : "a valid value") + " for " + Units.attributeLabel(feature.getName()));
        }
    }

    private static dev.lightwork.library.ReferenceLibrary library() {
        return SharedAnalysis.analyzer().library();
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Values of a multi-valued or reference property offered to choose from (null entries allowed for "none"). */
    static Collection<?> choices(IItemPropertyDescriptor d, Object object) {
        Collection<?> c = d.getChoiceOfValues(object);
        return c == null ? List.of() : c;
    }
}
