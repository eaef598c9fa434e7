package dev.lightwork.ui.commands;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lightwork.ui.editor.DesignEditor;

/**
 * "Generate Review Report": asks for the format (HTML, PDF or both) and the output folder ({@link ReviewReportDialog}),
 * writes {@code <design>-report.html/.pdf} in a workspace job, then shows the HTML (or the PDF alone) with
 * {@link ReviewReports#show}. The report describes the saved file; when the design's editor has unsaved edits the
 * status line says they are not in it.
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
        Shell shell = HandlerUtil.getActiveShell(event);
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        ReviewReportDialog dialog = new ReviewReportDialog(shell, design);
        if (dialog.open() != Window.OK) {
            return null;
        }
        ReviewReports.Format format = dialog.format();
        IContainer folder = dialog.folder();
        IFile report = ReviewReports.reportFileOf(design, folder, format == ReviewReports.Format.PDF ? "pdf" : "html");
        WorkspaceJob job = new WorkspaceJob("Generating the review report of " + design.getFullPath()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                List<IFile> written;
                try {
                    written = ReviewReports.write(design, folder, format, monitor);
                } catch (IOException | RuntimeException e) {
                    ILog.of(GenerateReportHandler.class).error("Review report of " + design.getFullPath() + " failed", e);
                    display.asyncExec(() -> DesignFileTarget.tell(event, "Review report of " + design.getName() + " failed: " + e.getMessage(), true));
                    return Status.OK_STATUS; // said in the status line and the log; no error dialog
                }
                display.asyncExec(() -> {
                    ReviewReports.Shown shown = ReviewReports.show(report);
                    String where = switch (shown) {
                        case INTERNAL_BROWSER -> "opened in the browser editor";
                        case SYSTEM_BROWSER -> format == ReviewReports.Format.PDF ? "opened in the system viewer" : "opened in the system browser";
                        case NOT_SHOWN -> "no program available to show it";
                    };
                    String files = String.join(", ", written.stream().map(f -> f.getFullPath().toString()).toList());
                    DesignFileTarget.tell(event, "Review report written to " + files + " (" + where + ")"
                            + (unsaved ? "; it describes the saved file, not the unsaved edits" : ""), false);
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ReviewReports.FAMILY;
            }
        };
        job.setRule(folder.getProject()); // may create the folder, writes and refreshes its files
        job.schedule();
        return null;
    }
}
