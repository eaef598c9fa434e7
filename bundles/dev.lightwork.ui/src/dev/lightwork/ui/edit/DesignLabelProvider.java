package dev.lightwork.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.lightwork.model.NamedElement;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.ui.diagram.ElementSeverity;

/**
 * Labels and icons of design elements from their EMF item providers; unnamed elements show their id; elements with
 * errors or warnings (and folders and parents containing them) carry the IDE's error/warning overlay.
 */
public final class DesignLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final DesignImages images = new DesignImages();
    /** Base image and severity -> the image with the IDE's error or warning overlay. */
    private final java.util.Map<Image, Image[]> decorated = new java.util.HashMap<>();
    private ElementSeverity problems = ElementSeverity.none();

    public DesignLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.label();
        }
        if (element instanceof dev.lightwork.model.HostInterface host) {
            return host.getLaneCount() == null ? "Host interface" : "Host interface (" + host.getLaneCount() + " lanes)";
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            // the name, after its kind unless the name says it ("Lane 0", not "Lane Lane 0"); parts of one kind
            // often share a catalogue name (four identical lasers): the id tells them apart
            String kind = ModelLabels.kind(named);
            String name = named.getName().strip();
            String text = name.toLowerCase(java.util.Locale.ROOT).startsWith(kind.toLowerCase(java.util.Locale.ROOT)) ? name : kind + " " + name;
            return named.getId() == null ? text : text + " [" + named.getId() + "]";
        }
        IItemLabelProvider item = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        String text = item != null ? item.getText(element) : ModelLabels.kind(element instanceof org.eclipse.emf.ecore.EObject e ? e : null);
        if (element instanceof NamedElement named && named.getId() != null) {
            text = ModelLabels.kind(named) + " " + named.getId();
        }
        return text;
    }

    /** The problems to overlay (the editor's live analysis); the caller refreshes the viewer. */
    public void setProblems(ElementSeverity next) {
        problems = next == null ? ElementSeverity.none() : next;
    }

    @Override
    public Image getImage(Object element) {
        Image base;
        int severity;
        if (element instanceof FeatureGroup group) {
            base = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
            severity = group.children().stream().mapToInt(problems::within).max().orElse(Diagnostic.OK);
        } else {
            IItemLabelProvider item = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            base = item == null ? null : images.get(item.getImage(element));
            severity = problems.within(element);
        }
        return base == null || severity < Diagnostic.WARNING ? base : overlay(base, severity >= Diagnostic.ERROR ? 1 : 0);
    }

    /** The IDE's decorations: a red cross or yellow triangle at the bottom left, as on Java files with problems. */
    private Image overlay(Image base, int error) {
        Image[] pair = decorated.computeIfAbsent(base, b -> new Image[2]);
        if (pair[error] == null) {
            ImageDescriptor mark = PlatformUI.getWorkbench().getSharedImages()
                    .getImageDescriptor(error == 1 ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING);
            pair[error] = new DecorationOverlayIcon(base, mark, IDecoration.BOTTOM_LEFT).createImage();
        }
        return pair[error];
    }

    @Override
    public void dispose() {
        decorated.values().forEach(pair -> {
            for (Image i : pair) {
                if (i != null) {
                    i.dispose();
                }
            }
        });
        decorated.clear();
        images.dispose();
        super.dispose();
    }
}
