package dev.lightwork.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.DesignValidation;

/**
 * The design file a Lightwork command acts on: the {@code *.lightwork} file of a context menu (Project Explorer),
 * else the file of the active design editor, else a design file selected in the active part.
 */
final class DesignFileTarget {

    private DesignFileTarget() {
    }

    static IFile of(ExecutionEvent event) {
        IFile fromMenu = designFile(HandlerUtil.getActiveMenuSelection(event));
        if (fromMenu != null) {
            return fromMenu;
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof DesignEditor editor && editor.file() != null) {
            return editor.file();
        }
        IFile selected = designFile(HandlerUtil.getCurrentSelection(event));
        if (selected != null) {
            return selected;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor instanceof DesignEditor design ? design.file() : null;
    }

    private static IFile designFile(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return null;
        }
        IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
        return file != null && DesignValidation.isDesign(file) ? file : null;
    }

    /** A message in the status line of the active part's window (no dialog: commands may run from key bindings). */
    static void tell(ExecutionEvent event, String message, boolean error) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IStatusLineManager line = null;
        if (part != null && part.getSite() instanceof IViewSite view) {
            line = view.getActionBars().getStatusLineManager();
        } else if (part != null && part.getSite() instanceof IEditorSite editor) {
            line = editor.getActionBars().getStatusLineManager();
        }
        if (line == null) {
            return;
        }
        if (error) {
            line.setErrorMessage(message);
        } else {
            line.setErrorMessage(null);
            line.setMessage(message);
        }
    }
}
