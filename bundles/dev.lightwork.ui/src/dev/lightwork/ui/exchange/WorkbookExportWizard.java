package dev.lightwork.ui.exchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.exchange.GitRevisions;
import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.fixes.DesignTarget;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * File > Export > Lightwork > Design Workbook (xlsx): the same workbook as {@code lightwork export --format xlsx}
 * (live formulas over the Inputs sheet) of the saved design file, written into a folder of the file system.
 */
public final class WorkbookExportWizard extends Wizard implements IExportWizard {

    public static final String ID = "dev.lightwork.ui.exportWorkbook";

    private IStructuredSelection selection;
    private ExportPage page;
    private Path written;

    public WorkbookExportWizard() {
        setWindowTitle("Export Design Workbook");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        this.selection = currentSelection;
    }

    @Override
    public void addPages() {
        page = new ExportPage(WorkspaceDesigns.initial(selection));
        addPage(page);
    }

    /** The workbook the last Finish wrote (for tests and the status line). */
    public Path written() {
        return written;
    }

    public ExportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        IFile design = page.design();
        Path target = page.target();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Exporting " + design.getName(), IProgressMonitor.UNKNOWN);
                try {
                    Path source = design.getLocation().toFile().toPath();
                    DesignAnalysis analysis = WorkbenchAnalyzer.analyzer().analyze(DesignFiles.load(source));
                    WorkbookExport.write(analysis, WorkbenchAnalyzer.library(), GitRevisions.describe(source).orElse(""), target);
                } catch (IOException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ILog.of(getClass()).error("Workbook export of " + design.getFullPath() + " failed", cause);
            page.setErrorMessage(design.getName() + " could not be exported: " + cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        written = target;
        refresh(target);
        return true;
    }

    /** A workbook written into the workspace shows up in the Project Explorer at once. */
    private static void refresh(Path file) {
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
            try {
                f.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                ILog.of(WorkbookExportWizard.class).warn("Refreshing " + f.getFullPath() + " failed", e);
            }
        }
        for (IContainer c : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(file.getParent().toUri())) {
            try {
                c.refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                ILog.of(WorkbookExportWizard.class).warn("Refreshing " + c.getFullPath() + " failed", e);
            }
        }
    }

    /** The design to export and the folder to write {@code <design>.xlsx} into. */
    public static final class ExportPage extends WizardPage {

        private final IFile initial;
        private List<IFile> designs;
        private Combo designCombo;
        private Text folderText;

        ExportPage(IFile initial) {
            super("workbook");
            this.initial = initial;
            setTitle("Export Design Workbook");
            setDescription("Writes the design as an Excel/LibreOffice workbook whose budget cells are formulas over its inputs.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText("&Design:");
            designCombo = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
            designCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            designs = WorkspaceDesigns.all();
            for (IFile f : designs) {
                designCombo.add(f.getFullPath().toString());
            }
            new Label(c, SWT.NONE).setText("To &folder:");
            folderText = new Text(c, SWT.BORDER | SWT.SINGLE);
            folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("B&rowse...");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setText("Export Design Workbook");
                dialog.setMessage("The folder to write the workbook into");
                dialog.setFilterPath(folderText.getText());
                String chosen = dialog.open();
                if (chosen != null) {
                    folderText.setText(chosen);
                }
            });
            Label note = new Label(c, SWT.WRAP);
            note.setText("Sheets: Link budget, Power, Thermal, Inputs (edit the yellow Value column), Limits. "
                    + "Read edited inputs back with File > Import > Design Workbook.");
            GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            noteData.widthHint = 480;
            noteData.verticalIndent = 12;
            note.setLayoutData(noteData);
            int index = initial == null ? (designs.isEmpty() ? -1 : 0) : designs.indexOf(initial);
            if (index >= 0) {
                designCombo.select(index);
                folderText.setText(designs.get(index).getParent().getLocation().toOSString());
            }
            designCombo.addListener(SWT.Selection, e -> {
                IFile d = design();
                if (d != null) {
                    folderText.setText(d.getParent().getLocation().toOSString());
                }
                validate();
            });
            folderText.addListener(SWT.Modify, e -> validate());
            setControl(c);
            validate();
        }

        IFile design() {
            int i = designCombo.getSelectionIndex();
            return i < 0 ? null : designs.get(i);
        }

        Path target() {
            IFile d = design();
            String name = d.getName();
            return Path.of(folderText.getText().trim()).resolve(name.substring(0, name.length() - DesignFiles.EXTENSION.length() - 1) + ".xlsx");
        }

        public Combo designCombo() {
            return designCombo;
        }

        public Text folderText() {
            return folderText;
        }

        private void validate() {
            setMessage(null);
            IFile d = design();
            if (d == null) {
                fail(designs.isEmpty() ? "The workspace has no design (.lightwork) to export" : "Choose the design to export");
                return;
            }
            String folder = folderText.getText().trim();
            if (folder.isEmpty() || !Path.of(folder).isAbsolute()) {
                fail("Enter the folder to write the workbook into (an absolute path)");
                return;
            }
            if (Files.exists(Path.of(folder)) && !Files.isDirectory(Path.of(folder))) {
                fail(folder + " is a file, not a folder");
                return;
            }
            setErrorMessage(null);
            setPageComplete(true);
            Path t = target();
            DesignEditor open = DesignTarget.openEditor(d);
            if (open != null && open.isDirty()) {
                setMessage(d.getName() + " has unsaved edits: the workbook describes the saved file (save first to include them)",
                        IMessageProvider.WARNING);
            } else if (Files.exists(t)) {
                setMessage(t + " exists and will be replaced", IMessageProvider.WARNING);
            } else {
                setMessage("Writes " + t, IMessageProvider.INFORMATION);
            }
        }

        private void fail(String message) {
            setErrorMessage(message);
            setPageComplete(false);
        }
    }
}
