package dev.lightwork.ui.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * The "Lightwork Examples" project with the five reference designs, created on the first start of a workspace.
 * Existing files are never overwritten, and a project the designer deleted is not brought back (the workspace
 * remembers that the examples were created once).
 */
public final class ExampleProject {

    public static final String NAME = "Lightwork Examples";
    private static final String CREATED = "examplesCreated";

    private ExampleProject() {
    }

    /** Schedules the creation when this workspace never had the examples. */
    public static void createOnFirstStart() {
        createOnFirstStart(null);
    }

    /** As {@link #createOnFirstStart()}, then runs {@code welcome} (in the job) once the examples exist. */
    public static void createOnFirstStart(Runnable welcome) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("dev.lightwork.ui");
        if (prefs.getBoolean(CREATED, false)) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Creating " + NAME) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ExampleProject.create(monitor);
                prefs.putBoolean(CREATED, true);
                if (welcome != null) {
                    welcome.run();
                }
                try {
                    prefs.flush();
                } catch (BackingStoreException e) {
                    return Status.warning("Could not remember that the examples were created", e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }

    /** Creates (or opens) the project and adds each reference design whose file does not exist yet. */
    public static IProject create(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        for (Map.Entry<String, Supplier<TransceiverDesign>> e : ReferenceDesigns.TEMPLATES.entrySet()) {
            IFile file = project.getFile(e.getKey() + "." + DesignFiles.EXTENSION);
            if (file.exists()) {
                continue;
            }
            try {
                file.create(new ByteArrayInputStream(DesignBytes.of(e.getValue().get())), false, monitor);
            } catch (IOException ex) {
                throw new CoreException(Status.error("Could not write the example " + file.getName(), ex));
            }
        }
        return project;
    }
}
