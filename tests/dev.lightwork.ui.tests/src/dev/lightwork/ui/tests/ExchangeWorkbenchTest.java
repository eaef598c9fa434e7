package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.exchange.WorkbookImport;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.commands.ComparePreviousRevisionHandler;
import dev.lightwork.ui.commands.GenerateReportHandler;
import dev.lightwork.ui.commands.ReviewReports;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.exchange.WorkbookExportWizard;
import dev.lightwork.ui.exchange.WorkbookImportWizard;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Issue 18 in the workbench: File > Export / Import of the design workbook (import = one undoable command in an open
 * editor, an atomic save otherwise, nothing changed on a bad cell), Compare With > Previous Revision (JGit), and
 * Generate Review Report's HTML/PDF and folder dialog. Real widgets, screenshots in target/screenshots.
 */
class ExchangeWorkbenchTest {

    private static final String PROJECT = "Exchange";

    @AfterEach
    void closeEditors() {
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != Workbench.page().getWorkbenchWindow().getShell() && s.isVisible() && (s.getStyle() & SWT.APPLICATION_MODAL) != 0) {
                s.close();
            }
        }
        Workbench.page().closeAllEditors(false);
        Workbench.settle(100);
    }

    @Test
    void fileMenuOffersImportAndExportWithTheWorkbookWizards() {
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        Menu file = item(shell.getMenuBar(), "File").getMenu();
        assertNotNull(item(file, "Import..."));
        assertNotNull(item(file, "Export..."));
        IWizardDescriptor export = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(WorkbookExportWizard.ID);
        IWizardDescriptor imp = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(WorkbookImportWizard.ID);
        assertEquals("Design Workbook (xlsx)", export.getLabel());
        assertEquals("Design Workbook (xlsx)", imp.getLabel());
        file.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void exportWizardWritesTheWorkbookOfTheSelectedDesign() throws Exception {
        IFile design = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "export-me.lightwork");
        Path folder = design.getProject().getLocation().toFile().toPath().resolve("sheets");
        WorkbookExportWizard wizard = new WorkbookExportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(design));
        WizardDialog dialog = open(wizard);
        assertEquals(design.getFullPath().toString(), wizard.page().designCombo().getText(), "the selected design is pre-filled");
        assertEquals(design.getParent().getLocation().toOSString(), wizard.page().folderText().getText(), "beside the design by default");
        wizard.page().folderText().setText(folder.toString());
        Workbench.settle(50);
        assertTrue(wizard.page().getMessage().contains("export-me.xlsx"), wizard.page().getMessage());
        Screenshots.capture(dialog.getShell(), "export-workbook-wizard");
        press(dialog.getShell(), "Finish");
        Workbench.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        Path xlsx = folder.resolve("export-me.xlsx");
        assertEquals(xlsx, wizard.written());
        TransceiverDesign model = DesignFiles.load(design.getLocation().toFile().toPath());
        assertTrue(WorkbookImport.changes(xlsx, model, WorkbenchAnalyzer.library()).isEmpty(), "the workbook holds the design's inputs");
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Row lane = wb.getSheet("Link budget").getRow(1);
            assertTrue(lane.getPhysicalNumberOfCells() > 0);
            assertTrue(anyFormula(wb.getSheet("Link budget")), "budget cells are formulas");
        }
        assertTrue(design.getProject().getFile("sheets/export-me.xlsx").exists(), "the workspace sees the workbook");
    }

    @Test
    void importWizardIntoAnOpenEditorIsOneUndoableCommand() throws Exception {
        IFile design = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "import-open.lightwork");
        TransceiverDesign onDisk = DesignFiles.load(design.getLocation().toFile().toPath());
        Laser laser = onDisk.getLanes().get(0).getLaser();
        double before = laser.getOutputPowerDbm();
        IFile xlsx = editedWorkbook(design, onDisk, wb -> {
            setInput(wb, laser.getId(), "outputPowerDbm", before - 1.5);
            setInput(wb, onDisk.getLanes().get(0).getChannel().getId(), "lengthM", 250.0);
        });
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), design, DesignEditor.ID);
        Workbench.settle(100);

        WorkbookImportWizard wizard = new WorkbookImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(xlsx));
        WizardDialog dialog = open(wizard);
        assertEquals(design.getFullPath().toString(), wizard.page().designCombo().getText(), "the design beside the workbook is pre-filled");
        Table preview = wizard.page().preview();
        assertEquals(2, preview.getItemCount(), rows(preview).toString());
        assertTrue(rows(preview).stream().anyMatch(r -> r.startsWith("Inputs!E") && r.contains(laser.getId() + ".outputPowerDbm: ")
                && r.contains(" dBm")), rows(preview).toString());
        assertTrue(wizard.page().getMessage().contains("one edit"), wizard.page().getMessage());
        Screenshots.capture(dialog.getShell(), "import-workbook-wizard");
        press(dialog.getShell(), "Finish");
        Workbench.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        assertEquals(2, wizard.imported());
        Laser live = (Laser) editor.design().eResource().getEObject(laser.getId());
        assertEquals(before - 1.5, live.getOutputPowerDbm(), 1e-12);
        assertTrue(editor.isDirty(), "the editor holds the import until it is saved");
        assertEquals(before, DesignFiles.load(design.getLocation().toFile().toPath()).getLanes().get(0).getLaser().getOutputPowerDbm(),
                "the file is not written behind the editor");
        assertEquals("Import import-open.xlsx", editor.commandStack().getUndoCommand().getLabel());
        editor.commandStack().undo();
        assertEquals(before, live.getOutputPowerDbm(), 1e-12, "one undo takes the whole import back");
        assertEquals(250.0 != onDisk.getLanes().get(0).getChannel().getLengthM(), true);
        assertEquals(onDisk.getLanes().get(0).getChannel().getLengthM(),
                ((dev.lightwork.model.Channel) editor.design().eResource().getEObject(onDisk.getLanes().get(0).getChannel().getId())).getLengthM());
        assertFalse(editor.isDirty());
    }

    @Test
    void importWizardWithoutAnEditorSavesTheFileAtomically() throws Exception {
        IFile design = Workbench.copyOfExample("800g-dr8-osfp", PROJECT, "import-closed.lightwork");
        TransceiverDesign onDisk = DesignFiles.load(design.getLocation().toFile().toPath());
        Laser laser = onDisk.getLanes().get(0).getLaser();
        IFile xlsx = editedWorkbook(design, onDisk, wb -> setInput(wb, laser.getId(), "outputPowerDbm", laser.getOutputPowerDbm() + 0.5));
        WorkbookImportWizard wizard = new WorkbookImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(xlsx));
        WizardDialog dialog = open(wizard);
        assertTrue(wizard.page().getMessage().contains("saved to the file"), wizard.page().getMessage());
        press(dialog.getShell(), "Finish");
        Workbench.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        TransceiverDesign after = DesignFiles.load(design.getLocation().toFile().toPath());
        assertEquals(laser.getOutputPowerDbm() + 0.5, after.getLanes().get(0).getLaser().getOutputPowerDbm(), 1e-12);
        assertTrue(design.isSynchronized(IResource.DEPTH_ZERO));
    }

    /** Regression: a bad cell must name sheet!cell, keep Finish disabled and leave both editor and file unchanged. */
    @Test
    void importWizardReportsABadCellBySheetAndCellAndChangesNothing() throws Exception {
        IFile design = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "import-bad.lightwork");
        byte[] original = Files.readAllBytes(design.getLocation().toFile().toPath());
        TransceiverDesign onDisk = DesignFiles.load(design.getLocation().toFile().toPath());
        Laser laser = onDisk.getLanes().get(0).getLaser();
        IFile xlsx = editedWorkbook(design, onDisk, wb -> {
            setInput(wb, laser.getId(), "outputPowerDbm", laser.getOutputPowerDbm() - 1.0); // a good change ...
            Row row = input(wb, laser.getId(), "extinctionRatioDb");
            row.getCell(4).setCellValue("about four"); // ... and a bad one: nothing of either may land
        });
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), design, DesignEditor.ID);
        Workbench.settle(100);
        WorkbookImportWizard wizard = new WorkbookImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(xlsx));
        WizardDialog dialog = open(wizard);
        List<String> rows = rows(wizard.page().preview());
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).matches("Inputs!E\\d+ \\| " + laser.getId() + "\\.extinctionRatioDb = 'about four' is not a number.*"), rows.get(0));
        assertNotNull(wizard.page().getErrorMessage());
        assertTrue(wizard.page().getErrorMessage().contains("nothing will be changed"), wizard.page().getErrorMessage());
        assertFalse(wizard.canFinish(), "Finish is disabled");
        Screenshots.capture(dialog.getShell(), "import-workbook-bad-cell");
        dialog.close();
        assertFalse(editor.isDirty());
        assertTrue(Arrays.equals(original, Files.readAllBytes(design.getLocation().toFile().toPath())), "the file is unchanged");
    }

    @Test
    void compareWithPreviousRevisionShowsTheElementChangesAndResultsFromGit() throws Exception {
        IFile design = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT + "Git", "dr4.lightwork");
        Path dir = design.getProject().getLocation().toFile().toPath();
        Path file = design.getLocation().toFile().toPath();
        String laserId;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("dr4.lightwork").call();
            git.commit().setMessage("Design review 1").setAuthor("T", "t@example.org").setCommitter("T", "t@example.org").setSign(false).call();
            TransceiverDesign d = DesignFiles.load(file);
            laserId = d.getLanes().get(0).getLaser().getId();
            d.getLanes().get(0).getLaser().setOutputPowerDbm(d.getLanes().get(0).getLaser().getOutputPowerDbm() - 2.0);
            DesignFiles.save(d, file);
            git.add().addFilepattern("dr4.lightwork").call();
            git.commit().setMessage("Cheaper laser").setAuthor("T", "t@example.org").setCommitter("T", "t@example.org").setSign(false).call();
        }
        design.refreshLocal(IResource.DEPTH_ZERO, null);
        IDE.openEditor(Workbench.page(), design, DesignEditor.ID);
        Workbench.settle(100);

        List<String> changes = new ArrayList<>();
        List<String> results = new ArrayList<>();
        String[] title = new String[1];
        whenDialogOpens("Compare With Previous Revision", shell -> {
            title[0] = shell.getText();
            List<Table> tables = tables(shell);
            changes.addAll(rows(tables.get(0)));
            results.addAll(rows(tables.get(1)));
            capture(shell, "compare-previous-revision");
            press(shell, "Close");
        });
        execute(ComparePreviousRevisionHandler.COMMAND_ID);
        Workbench.waitUntil("the comparison dialog", () -> title[0] != null);
        assertTrue(title[0].startsWith("dr4.lightwork"), title[0]);
        assertTrue(changes.stream().anyMatch(c -> c.startsWith(laserId + " (Laser) Output power [outputPowerDbm]: ") && c.contains(" dBm -> ")),
                changes.toString());
        assertTrue(results.stream().anyMatch(r -> r.startsWith("Worst lane margin | ") && r.endsWith("-2.00 dB")), results.toString());
        assertTrue(results.stream().anyMatch(r -> r.startsWith("Module power | ")), results.toString());
    }

    @Test
    void compareWithOutsideARepositorySaysSo() throws Exception {
        IFile design = Workbench.copyOfExample("800g-lpo-osfp", PROJECT, "no-git.lightwork");
        IDE.openEditor(Workbench.page(), design, DesignEditor.ID);
        Workbench.settle(100);
        String[] message = new String[1];
        whenDialogOpens("Compare With Previous Revision", shell -> {
            message[0] = Arrays.stream(labels(shell)).reduce("", (a, b) -> a + "\n" + b);
            press(shell, "OK");
        });
        execute(ComparePreviousRevisionHandler.COMMAND_ID);
        Workbench.waitUntil("the message", () -> message[0] != null);
        assertTrue(message[0].contains("no-git.lightwork") && (message[0].contains("not in a Git repository") || message[0].contains("no committed revision")),
                message[0]);
    }

    @Test
    void designContextMenusOfferCompareWithPreviousRevision() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "menu.lightwork");
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file, DesignEditor.ID);
        Workbench.settle(100);
        Menu popup = editor.viewer().getControl().getMenu();
        MenuItem compare = item(popup, "Compare With");
        assertNotNull(item(compare.getMenu(), "Previous Revision"));
        popup.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void generateReviewReportOffersHtmlOrPdfAndAnOutputFolder() throws Exception {
        IFile design = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "reviewed.lightwork");
        IDE.openEditor(Workbench.page(), design, DesignEditor.ID);
        Workbench.settle(100);
        boolean[] shown = new boolean[1];
        whenDialogOpens("Generate Review Report", shell -> {
            chooseFormat(shell, "PDF");
            org.eclipse.swt.widgets.Text folder = texts(shell).get(0);
            assertEquals("/" + PROJECT, folder.getText(), "beside the design by default");
            folder.setText("/" + PROJECT + "/review/pdf");
            capture(shell, "review-report-dialog");
            shown[0] = true;
            press(shell, "Generate");
        });
        execute(GenerateReportHandler.COMMAND_ID);
        Workbench.waitUntil("the dialog", () -> shown[0]);
        IFile pdf = design.getProject().getFile("review/pdf/reviewed-report.pdf");
        Workbench.waitUntil("the PDF report", () -> Job.getJobManager().find(ReviewReports.FAMILY).length == 0 && pdf.exists());
        byte[] bytes = Files.readAllBytes(pdf.getLocation().toFile().toPath());
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertFalse(design.getProject().getFile("review/pdf/reviewed-report.html").exists(), "PDF only");
    }

    // --- helpers

    private static void execute(String commandId) throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    private static WizardDialog open(org.eclipse.jface.wizard.Wizard wizard) {
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.settle(100);
        return dialog;
    }

    /** Runs {@code action} on the first visible shell whose title contains {@code title}, once it is open (polls the event loop). */
    static void whenDialogOpens(String title, Consumer<Shell> action) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            boolean busy = Arrays.stream(display.getShells()).anyMatch(s -> s.isVisible() && s.getText().startsWith("Progress"));
            for (Shell s : display.getShells()) {
                if (!busy && s.isVisible() && s.getText().contains(title)) {
                    Workbench.settle(300); // let the dialog map and paint before it is read or photographed
                    action.accept(s);
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static void capture(Shell shell, String name) {
        try {
            Screenshots.capture(shell, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IFile editedWorkbook(IFile design, TransceiverDesign model, Consumer<Workbook> edit) throws Exception {
        String stem = design.getName().replace(".lightwork", "");
        Path xlsx = design.getParent().getLocation().toFile().toPath().resolve(stem + ".xlsx");
        WorkbookExport.write(WorkbenchAnalyzer.analyzer().analyze(model), WorkbenchAnalyzer.library(), "", xlsx);
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        edit.accept(wb);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
        IFile file = design.getParent().getFile(new org.eclipse.core.runtime.Path(stem + ".xlsx"));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    private static Row input(Workbook wb, String element, String attribute) {
        Sheet s = wb.getSheet("Inputs");
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && element.equals(text(row.getCell(0))) && attribute.equals(text(row.getCell(3)))) {
                return row;
            }
        }
        throw new AssertionError("no Inputs row for " + element + "." + attribute);
    }

    private static void setInput(Workbook wb, String element, String attribute, double value) {
        input(wb, element, attribute).getCell(4).setCellValue(value);
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static boolean anyFormula(Sheet s) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.FORMULA) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (TableItem i : t.getItems()) {
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < t.getColumnCount(); c++) {
                s.append(c == 0 ? "" : " | ").append(i.getText(c));
            }
            out.add(s.toString());
        }
        return out;
    }

    private static List<Table> tables(Composite root) {
        List<Table> out = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof Table t) {
                out.add(t);
            }
        });
        return out;
    }

    private static List<org.eclipse.swt.widgets.Text> texts(Composite root) {
        List<org.eclipse.swt.widgets.Text> out = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof org.eclipse.swt.widgets.Text t) {
                out.add(t);
            }
        });
        return out;
    }

    private static Button[] buttons(Composite root) {
        List<Button> out = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof Button b) {
                out.add(b);
            }
        });
        return out.toArray(Button[]::new);
    }

    private static String[] labels(Composite root) {
        List<String> out = new ArrayList<>();
        walk(root, c -> {
            if (c instanceof org.eclipse.swt.widgets.Label l) {
                out.add(l.getText());
            }
        });
        return out.toArray(String[]::new);
    }

    private static void walk(Control c, Consumer<Control> visit) {
        visit.accept(c);
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                walk(child, visit);
            }
        }
    }

    /** Selects the report format radio button whose label starts with {@code prefix}, as a click does. */
    static void chooseFormat(Shell shell, String prefix) {
        Button chosen = Arrays.stream(buttons(shell)).filter(b -> (b.getStyle() & SWT.RADIO) != 0 && b.getText().startsWith(prefix)).findFirst().orElseThrow();
        for (Button b : buttons(shell)) {
            if ((b.getStyle() & SWT.RADIO) != 0) {
                b.setSelection(b == chosen);
            }
        }
        chosen.notifyListeners(SWT.Selection, new Event());
    }

    static void press(Shell shell, String text) {
        Button b = Arrays.stream(buttons(shell)).filter(x -> x.getText().replace("&", "").equals(text) && x.isEnabled()).findFirst()
                .orElseThrow(() -> new AssertionError("no enabled button " + text + " in " + shell.getText()));
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static MenuItem item(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbench.settle(20);
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text + " in " + Arrays.toString(menu.getItems())));
    }
}
