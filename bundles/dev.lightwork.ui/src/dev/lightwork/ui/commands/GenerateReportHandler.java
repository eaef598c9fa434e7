package dev.lightwork.ui.commands;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lightwork.ui.editor.DesignEditor;

/**
 * "Generate Review Report": writes {@code <design>-report.html} beside the design file in a workspace job, then
 * shows it ({@link ReviewReports#show}). The report describes the saved file; when the design's editor has unsaved
 * edits the status line says they are not in it.
 */
public final class GenerateReportHandler extends AbstractHandler {

    public static final String COMMAND_ID = "dev.lightwork.ui.generateReport";

    @Override
    public Object execute(ExecutionEvent event) {
        IFile design = DesignFileTarget.of(event);
        if (design == null) {
            DesignFileTarget.tell(event, "Generate Review Report: select a .lightwork file or open a design", true);
            return null;
        }
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        boolean unsaved = active instanceof DesignEditor editor && design.equals(editor.file()) && editor.isDirty();
        Display display = HandlerUtil.getActiveShell(event) != null ? HandlerUtil.getActiveShell(event).getDisplay() : Display.getDefault();
        IFile report = ReviewReports.reportFileOf(design);
        WorkspaceJob job = new WorkspaceJob("Generating the review report of " + design.getFullPath()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                try {
                    ReviewReports.write(design, monitor);
                } catch (IOException | RuntimeException e) {
                    ILog.of(GenerateReportHandler.class).error("Review report of " + design.getFullPath() + " failed", e);
                    display.asyncExec(() -> DesignFileTarget.tell(event, "Review report of " + design.getName() + " failed: " + e.getMessage(), true));
                    return Status.OK_STATUS; // said in the status line and the log; no error dialog
                }
                display.asyncExec(() -> {
                    ReviewReports.Shown shown = ReviewReports.show(report);
                    String where = switch (shown) {
                        case INTERNAL_BROWSER -> "opened in the browser editor";
                        case SYSTEM_BROWSER -> "opened in the system browser";
                        case NOT_SHOWN -> "no browser available to show it";
                    };
                    DesignFileTarget.tell(event, "Review report written to " + report.getFullPath() + " (" + where + ")"
                            + (unsaved ? "; it describes the saved file, not the unsaved edits" : ""), false);
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ReviewReports.FAMILY;
            }
        };
        job.setRule(report.getParent()); // writes and refreshes one file of that folder
        job.schedule();
        return null;
    }
}
