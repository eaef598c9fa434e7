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

/**
 * The Properties view's view of one design element, over its EMF {@link IItemPropertySource}: one property per
 * feature, grouped by the class that declares it (General, Component, Laser, ...), each name carrying its unit.
 * Every change is a {@link SetCommand} on the editor's command stack, so it is undoable and marks the editor dirty.
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
        return out.toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource == null ? null : itemSource.getPropertyDescriptor(object, id);
    }

    /** The feature's current value (null when not given); the descriptor's label provider formats it with its unit. */
    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d == null ? null : object.eGet((EStructuralFeature) d.getFeature(object));
    }

    @Override
    public boolean isPropertySet(Object id) {
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
        String trimmed = stripUnit(text.trim(), Units.of(feature.getName()));
        if (trimmed.isEmpty()) {
            return SetCommand.UNSET_VALUE;
        }
        try {
            return EcoreUtil.createFromString(type, trimmed);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + type.getName() + " for " + feature.getName(), e);
        }
    }

    /** A designer may type "3.5 dBm": the unit of the attribute itself is accepted and removed. */
    private static String stripUnit(String text, String unit) {
        if (unit != null && text.endsWith(unit)) {
            return text.substring(0, text.length() - unit.length()).trim();
        }
        return text;
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
