package dev.lightwork.ui.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.lightwork.exchange.WorkbookImport;
import dev.lightwork.exchange.WorkbookImportException;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.fixes.DesignTarget;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * File > Import > Lightwork > Design Workbook (xlsx): the edited Inputs sheet of an exported workbook back into a
 * design, all or nothing. The page lists every change (or every problem, by sheet!cell) before anything is touched.
 * With the design open in an editor the import is one command on its stack (Edit > Undo takes all of it back, the
 * designer saves); otherwise the file is changed and saved atomically.
 */
public final class WorkbookImportWizard extends Wizard implements IImportWizard {

    public static final String ID = "dev.lightwork.ui.importWorkbook";

    private IStructuredSelection selection;
    private ImportPage page;
    private int imported = -1;

    public WorkbookImportWizard() {
        setWindowTitle("Import Design Workbook");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
        this.selection = currentSelection;
    }

    @Override
    public void addPages() {
        IFile workbook = WorkspaceDesigns.selectedFile(selection, "xlsx");
        IFile design = WorkspaceDesigns.selectedFile(selection, "lightwork");
        if (design == null && workbook != null) { // the design the workbook was exported from, beside it
            String stem = workbook.getName().substring(0, workbook.getName().length() - ".xlsx".length());
            IFile sibling = workbook.getParent().getFile(new org.eclipse.core.runtime.Path(stem + "." + DesignFiles.EXTENSION));
            design = sibling.exists() ? sibling : null;
        }
        page = new ImportPage(workbook == null ? null : workbook.getLocation().toFile().toPath(), design != null ? design : WorkspaceDesigns.initial(selection));
        addPage(page);
    }

    /** How many changes the last Finish made; -1 before. */
    public int imported() {
        return imported;
    }

    public ImportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        IFile design = page.design();
        Path workbook = page.workbook();
        try {
            DesignTarget target = DesignTarget.of(design);
            List<WorkbookImport.Change> changes = WorkbookImport.changes(workbook, target.design(), WorkbenchAnalyzer.library());
            if (changes.isEmpty()) {
                imported = 0;
                return true;
            }
            target.execute(command(target.domain(), workbook, changes));
            imported = changes.size();
            return true;
        } catch (WorkbookImportException e) { // the workbook changed since the page checked it
            page.show(e.problems(), List.of());
            page.setErrorMessage(e.problems().size() + " problem(s) in the workbook; " + design.getName() + " is unchanged");
        } catch (IOException | CoreException | RuntimeException e) {
            ILog.of(getClass()).error("Importing " + workbook + " into " + design.getFullPath() + " failed", e);
            page.setErrorMessage("Nothing imported: " + e.getMessage());
        }
        return false;
    }

    /** Every change as one compound command: one entry in Edit > Undo ("Undo Import design.xlsx"). */
    static CompoundCommand command(EditingDomain domain, Path workbook, List<WorkbookImport.Change> changes) {
        CompoundCommand all = new CompoundCommand("Import " + workbook.getFileName());
        for (WorkbookImport.Change c : changes) {
            all.append(SetCommand.create(domain, c.owner(), c.attribute(), c.newValue() == null ? SetCommand.UNSET_VALUE : c.newValue()));
        }
        return all;
    }

    /** Workbook and design, and the preview: the changes, or the problems that stop the import. */
    public static final class ImportPage extends WizardPage {

        private static final Pattern CELL = Pattern.compile("^([^!:]+![A-Z]+[0-9]+): (.*)$", Pattern.DOTALL);

        private final Path initialWorkbook;
        private final IFile initialDesign;
        private List<IFile> designs;
        private Text workbookText;
        private Combo designCombo;
        private Table preview;

        ImportPage(Path workbook, IFile design) {
            super("workbook");
            this.initialWorkbook = workbook;
            this.initialDesign = design;
            setTitle("Import Design Workbook");
            setDescription("Reads the edited Inputs sheet of a workbook exported by Lightwork back into a design.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText("&Workbook:");
            workbookText = new Text(c, SWT.BORDER | SWT.SINGLE);
            workbookText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("B&rowse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setText("Import Design Workbook");
                dialog.setFilterExtensions(new String[] {"*.xlsx", "*"});
                dialog.setFilterNames(new String[] {"Excel workbooks (*.xlsx)", "All files"});
                String chosen = dialog.open();
                if (chosen != null) {
                    workbookText.setText(chosen);
                }
            });
            new Label(c, SWT.NONE).setText("Into &design:");
            designCombo = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
            designCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            designs = WorkspaceDesigns.all();
            designs.forEach(f -> designCombo.add(f.getFullPath().toString()));
            Label what = new Label(c, SWT.NONE);
            what.setText("Changes:");
            what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            preview = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            preview.setHeaderVisible(true);
            preview.setLinesVisible(true);
            GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            tableData.heightHint = 220;
            tableData.widthHint = 620;
            preview.setLayoutData(tableData);
            TableColumn cell = new TableColumn(preview, SWT.LEFT);
            cell.setText("Cell");
            cell.setWidth(110);
            TableColumn change = new TableColumn(preview, SWT.LEFT);
            change.setText("Change or problem");
            change.setWidth(500);
            if (initialWorkbook != null) {
                workbookText.setText(initialWorkbook.toString());
            }
            int index = initialDesign == null ? -1 : designs.indexOf(initialDesign);
            if (index >= 0) {
                designCombo.select(index);
            }
            workbookText.addListener(SWT.Modify, e -> validate());
            designCombo.addListener(SWT.Selection, e -> validate());
            setControl(c);
            validate();
        }

        Path workbook() {
            return Path.of(workbookText.getText().trim());
        }

        IFile design() {
            int i = designCombo.getSelectionIndex();
            return i < 0 ? null : designs.get(i);
        }

        public Text workbookText() {
            return workbookText;
        }

        public Combo designCombo() {
            return designCombo;
        }

        public Table preview() {
            return preview;
        }

        /** Checks the inputs and previews the import against the design as it is now (its editor's model when open). */
        void validate() {
            setMessage(null);
            preview.removeAll();
            String wb = workbookText.getText().trim();
            if (wb.isEmpty()) {
                fail("Choose the workbook to import (exported with File > Export > Design Workbook or 'lightwork export')");
                return;
            }
            if (!Files.isRegularFile(Path.of(wb))) {
                fail(wb + ": no such workbook");
                return;
            }
            IFile d = design();
            if (d == null) {
                fail(designs.isEmpty() ? "The workspace has no design (.lightwork) to import into" : "Choose the design to import into");
                return;
            }
            DesignEditor editor = DesignTarget.openEditor(d);
            TransceiverDesign model;
            try {
                model = editor != null && editor.design() != null ? editor.design() : DesignFiles.load(d.getLocation().toFile().toPath());
            } catch (DesignLoadException e) {
                fail(e.getMessage());
                return;
            }
            List<WorkbookImport.Change> changes;
            try {
                changes = WorkbookImport.changes(workbook(), model, WorkbenchAnalyzer.library());
            } catch (WorkbookImportException e) {
                show(e.problems(), List.of());
                fail(e.problems().size() + " problem(s) in the workbook (listed below); nothing will be changed");
                return;
            } catch (IOException e) {
                fail("Cannot read " + wb + ": " + e.getMessage());
                return;
            }
            show(List.of(), changes);
            if (changes.isEmpty()) {
                setErrorMessage(null);
                setMessage("The workbook's inputs equal " + d.getName() + "'s: nothing to import", IMessageProvider.INFORMATION);
                setPageComplete(false);
                return;
            }
            setErrorMessage(null);
            setPageComplete(true);
            setMessage(changes.size() + " change(s) to " + d.getName() + (editor != null
                    ? ", applied in its open editor as one edit (Edit > Undo takes it back; save to keep it)"
                    : ", saved to the file at once"), IMessageProvider.INFORMATION);
        }

        void show(List<String> problems, List<WorkbookImport.Change> changes) {
            preview.removeAll();
            var error = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            for (String p : problems) {
                Matcher m = CELL.matcher(p);
                TableItem item = new TableItem(preview, SWT.NONE);
                item.setText(new String[] {m.matches() ? m.group(1) : "", m.matches() ? m.group(2) : p});
                item.setImage(0, error);
            }
            for (WorkbookImport.Change ch : changes) {
                new TableItem(preview, SWT.NONE).setText(new String[] {ch.cell(), ch.describe()});
            }
        }

        private void fail(String message) {
            setErrorMessage(message);
            setPageComplete(false);
        }
    }
}
