package dev.lightwork.ui.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.DesignValidation;

/** The design files of the workspace, and the one a wizard starts with (the selected file, else the active editor's). */
final class WorkspaceDesigns {

    private WorkspaceDesigns() {
    }

    /** Every accessible {@code *.lightwork} file of the open projects, by path. */
    static List<IFile> all() {
        List<IFile> out = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                if (r instanceof IFile f && DesignValidation.isDesign(f)) {
                    out.add(f);
                }
                return r.getType() != IResource.FILE && r.isAccessible();
            });
        } catch (CoreException e) {
            ILog.of(WorkspaceDesigns.class).warn("Listing the workspace's designs failed", e);
        }
        out.sort(Comparator.comparing(f -> f.getFullPath().toString()));
        return out;
    }

    /** The selected design file, else the design of the active editor; null when there is neither. */
    static IFile initial(IStructuredSelection selection) {
        IFile selected = selectedFile(selection, "lightwork");
        if (selected != null) {
            return selected;
        }
        IWorkbenchWindow window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        return editor instanceof DesignEditor d ? d.file() : null;
    }

    /** The first selected file with {@code extension}, or null. */
    static IFile selectedFile(IStructuredSelection selection, String extension) {
        if (selection == null) {
            return null;
        }
        for (Object o : selection.toList()) {
            IFile f = Adapters.adapt(o, IFile.class);
            if (f != null && extension.equalsIgnoreCase(f.getFileExtension())) {
                return f;
            }
        }
        return null;
    }
}
