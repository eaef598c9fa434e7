package dev.lightwork.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * One open design file, as both editors (the design editor and the diagram editor) hold it: the editing domain with
 * its command stack (undo, dirty state), the loaded resource or why it could not be loaded, the diagram positions
 * sidecar, atomic save of both, and reload after an outside change. Editors only present it.
 *
 * <p>Outside changes: a workspace file is watched through resource deltas; any file is also compared with its
 * last-known modification time when the editor asks ({@link #checkOnDisk()}, e.g. on activation). A clean document
 * reloads at once (the undo history of the old content goes); a dirty one remembers the change so the editor asks
 * before its save overwrites it.
 */
public final class DesignDocument {

    private final Path file;
    private final IFile workspaceFile;
    private final AdapterFactoryEditingDomain domain;
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = e -> dirtyListeners.forEach(Runnable::run);
    private final IResourceChangeListener watcher = this::resourcesChanged;
    private Resource resource;
    private DesignLoadException loadError;
    private DiagramPositions positions;
    /** False when the sidecar exists but cannot be read: it is then left untouched on save. */
    private boolean positionsWritable = true;
    private Stamp knownModified;
    private boolean changedOnDisk;
    private boolean disposed;

    /**
     * Loads {@code file} (the workspace's {@code workspaceFile}, or null for a file outside the workspace) with
     * {@code adapterFactory} for the editing domain's item providers. A file that cannot be loaded gives a document
     * with {@link #loadError()} and no design, which is never saved.
     */
    public DesignDocument(Path file, IFile workspaceFile, AdapterFactory adapterFactory) {
        this.file = file;
        this.workspaceFile = workspaceFile;
        ResourceSet set = DesignFiles.newResourceSet();
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), set);
        domain.setResourceToReadOnlyMap(new HashMap<>());
        domain.getCommandStack().addCommandStackListener(stackListener);
        try {
            resource = DesignFiles.loadResource(file, set);
            if (design() == null) {
                loadError = new DesignLoadException(file, "the file holds no transceiver design", null);
            }
        } catch (DesignLoadException e) {
            loadError = e;
        }
        loadPositions();
        knownModified = modified();
        if (workspaceFile != null) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
        }
    }

    public Path file() {
        return file;
    }

    /** The workspace file, or null for a file outside the workspace. */
    public IFile workspaceFile() {
        return workspaceFile;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public Resource resource() {
        return resource;
    }

    /** The design root, or null when the file could not be loaded. */
    public TransceiverDesign design() {
        return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransceiverDesign d ? d : null;
    }

    /** Why the file could not be loaded, or null. */
    public DesignLoadException loadError() {
        return loadError;
    }

    /** Manual diagram positions (the sidecar), changed through {@link LayoutCommand}s on this document's stack. */
    public DiagramPositions positions() {
        return positions;
    }

    public boolean isDirty() {
        return commandStack().isSaveNeeded();
    }

    /** True when another program changed the file since this document loaded or saved it and it was not reloaded. */
    public boolean changedOnDisk() {
        return changedOnDisk;
    }

    /** {@code listener} runs (on the UI thread) after the document loaded the file again: editors show the new design. */
    public void addReloadListener(Runnable listener) {
        reloadListeners.add(listener);
    }

    /** {@code listener} runs after every command stack change (execute, undo, redo, save, flush). */
    public void addDirtyListener(Runnable listener) {
        dirtyListeners.add(listener);
    }

    /**
     * Writes the design atomically and then the positions sidecar; the stack's save point moves and the workspace
     * sees the new file. On failure the file on disk is the previous one and the edits stay open.
     */
    public void save(IProgressMonitor monitor) throws IOException {
        if (loadError != null || resource == null) {
            throw new IOException(file + " could not be loaded, so it is not written");
        }
        DesignFiles.save(resource, file);
        if (positionsWritable) {
            try {
                positions.save(file);
            } catch (IOException e) {
                // the design is saved; only manual placement is lost, and the user is told in the log
                ILog.of(getClass()).error("Could not save the diagram positions of " + file, e);
            }
        }
        commandStack().saveIsDone();
        changedOnDisk = false;
        knownModified = modified();
        dirtyListeners.forEach(Runnable::run);
        if (workspaceFile != null) {
            try {
                workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
            } catch (CoreException e) {
                // saved; only the workspace's view of the folder is stale until the next refresh
            }
        }
        knownModified = modified();
    }

    /**
     * Save as an editor offers it: asks first when another program changed the file since it was loaded here, and
     * says so in a dialog when the save fails (the previous file stays, the edits stay open). Returns whether the
     * document was saved; a refused or failed save cancels {@code monitor}.
     */
    public boolean saveAsking(Shell shell, IProgressMonitor monitor) {
        boolean saved = false;
        if (!changedOnDisk || MessageDialog.openQuestion(shell, "File changed on disk",
                file.getFileName() + " was changed by another program since it was opened here. Overwrite that change with this editor's design?")) {
            try {
                save(monitor);
                saved = true;
            } catch (IOException | RuntimeException e) {
                ILog.of(getClass()).error("Could not save " + file, e);
                MessageDialog.openError(shell, "Save failed", "The design could not be saved to " + file + ":\n" + e.getMessage()
                        + "\nThe previous file is unchanged; your edits are still open.");
            }
        }
        if (!saved && monitor != null) {
            monitor.setCanceled(true);
        }
        return saved;
    }

    /**
     * Compares the file with what this document last loaded or saved: an outside change reloads a clean document and
     * is remembered by a dirty one. Returns true when the document was reloaded.
     */
    public boolean checkOnDisk() {
        if (disposed || !Files.exists(file) || java.util.Objects.equals(modified(), knownModified)) {
            return false;
        }
        if (isDirty()) {
            changedOnDisk = true;
            return false;
        }
        return reload();
    }

    /**
     * Loads the file again into the same editing domain (the undo history belongs to the old content and goes) and
     * the positions sidecar with it. A file that no longer loads keeps the last good content (and counts as changed
     * on disk); returns whether the reload happened.
     */
    public boolean reload() {
        ResourceSet set = domain.getResourceSet();
        Resource fresh;
        try {
            fresh = DesignFiles.loadResource(file, set);
        } catch (DesignLoadException e) {
            changedOnDisk = true;
            return false;
        }
        if (resource != null) {
            set.getResources().remove(resource);
            resource.unload();
        }
        resource = fresh;
        loadError = null;
        loadPositions();
        knownModified = modified();
        changedOnDisk = false;
        domain.getCommandStack().flush();
        reloadListeners.forEach(Runnable::run);
        return true;
    }

    private void loadPositions() {
        try {
            positions = DiagramPositions.load(file);
            positionsWritable = true;
        } catch (IOException e) {
            // a broken sidecar costs only manual placement; it is kept as it is for the user to repair
            ILog.of(getClass()).warn(e.getMessage() + " - diagrams use the automatic layout and the file is not overwritten");
            positions = DiagramPositions.empty();
            positionsWritable = false;
        }
    }

    /** What identifies the file's content on disk without reading it: modification time and size. */
    private record Stamp(long modifiedMillis, long size) {
    }

    private Stamp modified() {
        try {
            return new Stamp(Files.getLastModifiedTime(file).toMillis(), Files.size(file));
        } catch (IOException e) {
            return null;
        }
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(workspaceFile.getFullPath());
        if (delta == null || delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
            return;
        }
        Display display = Display.getDefault();
        display.asyncExec(this::checkOnDisk);
    }

    /** Stops watching the file; the editing domain is the editor's to drop. */
    public void dispose() {
        disposed = true;
        if (workspaceFile != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
        }
        domain.getCommandStack().removeCommandStackListener(stackListener);
    }
}
