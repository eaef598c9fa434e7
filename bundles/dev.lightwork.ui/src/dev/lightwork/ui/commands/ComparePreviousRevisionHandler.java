package dev.lightwork.ui.commands;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.DesignDiff;
import dev.lightwork.exchange.GitRevisions;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.exchange.RevisionDiffDialog;
import dev.lightwork.ui.fixes.DesignTarget;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * Compare With > Previous Revision on a design: JGit reads the previous committed revision of the file from the
 * repository it lives in ({@link GitRevisions#previous}: the last commit when the working copy is modified, else the
 * one before) and the engineering diff against the saved file opens in a dialog.
 */
public final class ComparePreviousRevisionHandler extends AbstractHandler {

    public static final String COMMAND_ID = "dev.lightwork.ui.comparePreviousRevision";
    static final String TITLE = "Compare With Previous Revision";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IFile design = DesignFileTarget.of(event);
        if (design == null) {
            DesignFileTarget.tell(event, TITLE + ": select a .lightwork file or open a design", true);
            return null;
        }
        Path file = design.getLocation().toFile().toPath();
        DesignDiff[] diff = new DesignDiff[1];
        GitRevisions.Revision[] previous = new GitRevisions.Revision[1];
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask("Comparing " + design.getName() + " with its previous revision", 3);
                try {
                    previous[0] = GitRevisions.previous(file);
                    monitor.worked(1);
                    DesignAnalyzer analyzer = WorkbenchAnalyzer.analyzer();
                    var before = analyzer.analyze(GitRevisions.load(file, previous[0].commit()));
                    monitor.worked(1);
                    var after = analyzer.analyze(DesignFiles.load(file));
                    diff[0] = DesignDiff.of(before, after);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openInformation(shell, TITLE, e.getCause().getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        var editor = DesignTarget.openEditor(design);
        String after = previous[0].against() + (editor != null && editor.isDirty() ? "; the saved file (the editor's unsaved edits are not compared)" : "");
        new RevisionDiffDialog(shell, design.getName() + " \u2014 " + TITLE, previous[0].label(), after, diff[0]).open();
        return null;
    }
}
