package dev.lightwork.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * Designs loaded from {@code *.lightwork} files selected in the Project Explorer, kept while the file is unchanged
 * (same modification stamp), so re-selecting a file does not reload it and every view sees the same instance.
 */
public final class DesignFileCache {

    private static final DesignFileCache SHARED = new DesignFileCache();

    private record Loaded(long stamp, TransceiverDesign design) {
    }

    private final Map<IFile, Loaded> loaded = new HashMap<>();

    public static DesignFileCache shared() {
        return SHARED;
    }

    public synchronized TransceiverDesign load(IFile file) throws DesignLoadException {
        long stamp = file.getModificationStamp();
        Loaded cached = loaded.get(file);
        if (cached != null && cached.stamp() == stamp) {
            return cached.design();
        }
        if (file.getLocation() == null) {
            throw new DesignLoadException(java.nio.file.Path.of(file.getFullPath().toString()), "the file is not on the local file system", null);
        }
        TransceiverDesign design = DesignFiles.load(file.getLocation().toFile().toPath());
        loaded.put(file, new Loaded(stamp, design));
        return design;
    }
}
