package dev.lightwork.ui.edit;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the image objects of EMF item providers (URLs of the generated icons, or a composed image of URLs) into
 * SWT images, created once per URL and disposed together (EMF's edit.ui image registry is not obtainable).
 */
public final class DesignImages {

    private final Map<Object, Image> images = new HashMap<>();

    /** The SWT image for an item provider's image object, or null when it has none. */
    public Image get(Object imageObject) {
        Object key = imageObject instanceof ComposedImage composed ? firstImage(composed) : imageObject;
        if (!(key instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    private static Object firstImage(ComposedImage composed) {
        List<Object> parts = composed.getImages();
        return parts.isEmpty() ? null : parts.get(0);
    }

    public void dispose() {
        images.values().stream().filter(i -> i != null && !i.isDisposed()).forEach(Image::dispose);
        images.clear();
    }
}
