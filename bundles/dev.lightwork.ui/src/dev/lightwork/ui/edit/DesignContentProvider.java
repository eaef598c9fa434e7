package dev.lightwork.ui.edit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

import dev.lightwork.model.TransceiverDesign;

/**
 * Tree content of a design from its EMF item providers (the input is the Resource; its roots are shown). Model
 * changes reported by the item providers refresh the viewer on the UI thread.
 */
public final class DesignContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public DesignContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        return getChildren(input);
    }

    /**
     * Children from the item provider; the children of a many-valued containment of the design root are put into
     * a {@link FeatureGroup} folder (components, channels, lanes, trade studies), single ones stay direct.
     */
    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof FeatureGroup group) {
            return group.children().toArray();
        }
        ITreeItemContentProvider item = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        if (item == null) {
            return new Object[0];
        }
        Collection<?> children = item.getChildren(parent);
        if (!(parent instanceof TransceiverDesign)) {
            return children.toArray();
        }
        Set<Object> out = new LinkedHashSet<>();
        for (Object child : children) {
            FeatureGroup group = group(child);
            out.add(group != null ? group : child);
        }
        return out.toArray();
    }

    /** The folder {@code element} is shown in, or null when it hangs directly under its container. */
    private static FeatureGroup group(Object element) {
        if (element instanceof EObject e && e.eContainer() instanceof TransceiverDesign design
                && e.eContainmentFeature() != null && e.eContainmentFeature().isMany()) {
            return new FeatureGroup(design, e.eContainmentFeature());
        }
        return null;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.owner();
        }
        FeatureGroup group = group(element);
        if (group != null) {
            return group;
        }
        ITreeItemContentProvider item = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return item == null ? null : item.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof FeatureGroup group) {
            return !group.children().isEmpty();
        }
        ITreeItemContentProvider item = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return item != null && item.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        this.viewer = (StructuredViewer) viewer;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (!control.isDisposed()) {
                Object notifier = notification.getNotifier();
                // A containment change alters the tree below the notifier; an attribute change only its label.
                if (notification.getFeature() instanceof org.eclipse.emf.ecore.EReference) {
                    target.refresh(notifier, true);
                } else {
                    target.update(notifier, null);
                }
            }
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
