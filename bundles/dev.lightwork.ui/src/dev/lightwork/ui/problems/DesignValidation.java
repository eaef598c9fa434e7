package dev.lightwork.ui.problems;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * Keeps the Problems view in step with the design files: whenever a {@code .lightwork} file is added or its
 * content changes (editor save, quick fix on a closed file, an external edit seen by a refresh) a workspace job
 * loads the saved file, runs the analyzer and replaces its markers. While a design editor is open and edited, the
 * editor replaces the markers from its live model instead ({@link #replace(IFile, java.util.List)}). A resource listener rather than a builder, because designs live in any project, with or without a
 * Lightwork nature, and validation of one file never depends on another.
 */
public final class DesignValidation implements IResourceChangeListener {

    /** Job family of validation jobs (tests and callers join it). */
    public static final Object FAMILY = DesignValidation.class;

    private static final DesignValidation LISTENER = new DesignValidation();
    private static final Map<IFile, ValidationJob> JOBS = new ConcurrentHashMap<>();

    private DesignValidation() {
    }

    /** Starts watching the workspace for design changes (once per workbench). */
    public static void install() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(LISTENER, IResourceChangeEvent.POST_CHANGE);
    }

    public static void uninstall() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(LISTENER);
    }

    /** Validates {@code file} soon; repeated requests for the same file before it ran are merged into one. */
    public static void schedule(IFile file) {
        JOBS.computeIfAbsent(file, ValidationJob::new).schedule(50);
    }

    public static boolean isDesign(IResource resource) {
        return resource instanceof IFile && DesignFiles.EXTENSION.equals(resource.getFileExtension());
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (isDesign(resource)) {
                    boolean added = delta.getKind() == IResourceDelta.ADDED;
                    boolean changed = delta.getKind() == IResourceDelta.CHANGED
                            && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
                    if (added || changed) {
                        schedule((IFile) resource);
                    } else if (delta.getKind() == IResourceDelta.REMOVED) {
                        JOBS.remove(resource);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(DesignValidation.class).error("Could not read a workspace change", e);
        }
    }

    /** Runs the analyzer on one file and replaces its markers. */
    public static void validate(IFile file) throws CoreException {
        if (!file.exists() || file.getLocation() == null) {
            return;
        }
        Path path = file.getLocation().toFile().toPath();
        try {
            TransceiverDesign design = DesignFiles.load(path);
            DesignAnalysis analysis = WorkbenchAnalyzer.analyzer().analyze(design);
            DesignMarkers.replace(file, analysis);
        } catch (DesignLoadException e) {
            DesignMarkers.replace(file, e);
        }
    }

    /**
     * Replaces {@code file}'s markers by these (read from an editor's live model on its thread) in a workspace job
     * of this {@link #FAMILY}, ordered with the file's other marker jobs by the marker rule.
     */
    public static void replace(IFile file, java.util.List<java.util.Map<String, Object>> markers) {
        WorkspaceJob job = new WorkspaceJob("Updating problems of " + file.getFullPath()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (file.exists()) {
                    DesignMarkers.replace(file, markers);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
    }

    private static final class ValidationJob extends WorkspaceJob {
        private final IFile file;

        ValidationJob(IFile file) {
            super("Validating " + file.getFullPath());
            this.file = file;
            setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
            setSystem(true);
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            try {
                validate(file);
            } catch (RuntimeException e) {
                // an analyzer failure must not lose the workspace job thread; it is logged with the file
                return new Status(IStatus.ERROR, "dev.lightwork.ui", "Validation of " + file.getFullPath() + " failed", e);
            }
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    }
}
