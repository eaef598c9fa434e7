package dev.lightwork.ui.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * Designs loaded from {@code *.lightwork} files selected in the Project Explorer, kept while the file is unchanged
 * (same modification stamp), so re-selecting a file does not reload it and every view sees the same instance;
 * only the {@value #KEPT} most recently used files are kept.
 */
public final class DesignFileCache {

    private static final DesignFileCache SHARED = new DesignFileCache();

    private record Loaded(long stamp, TransceiverDesign design) {
    }

    /** Designs kept: the last few files looked at (a design of 512 lanes holds a few MB). */
    static final int KEPT = 8;

    private final Map<IFile, Loaded> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<IFile, Loaded> eldest) {
            return size() > KEPT;
        }
    };

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
