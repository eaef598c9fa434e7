package dev.lightwork.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.lightwork.model.NamedElement;

/** Labels and icons of design elements from their EMF item providers; unnamed elements show their id. */
public final class DesignLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final DesignImages images = new DesignImages();

    public DesignLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.label();
        }
        IItemLabelProvider item = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        String text = item != null ? item.getText(element) : String.valueOf(element);
        if (element instanceof NamedElement named && named.getId() != null) {
            // parts of one kind often share a catalogue name (four identical lasers): the id tells them apart
            text = named.getName() == null || named.getName().isEmpty() ? text + " " + named.getId() : text + " [" + named.getId() + "]";
        }
        return text;
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof FeatureGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        IItemLabelProvider item = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return item == null ? null : images.get(item.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
