package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.commands.GenerateReportHandler;
import dev.lightwork.ui.commands.ReviewReports;
import dev.lightwork.ui.commands.RunTradeStudyHandler;
import dev.lightwork.ui.commands.ValidateHandler;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.testsupport.Screenshots;

/** The Lightwork menu commands: review report from the editor, re-validation, the Trade Study view; keys and menus. */
class LightworkCommandsTest {

    private static final String PROJECT = "Commands";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.settle(100);
    }

    private static void execute(String commandId) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(commandId, null);
    }

    @Test
    void reportCommandWritesTheHtmlReportWithTheThreeDiagramsBesideTheDesign() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "review.lightwork");
        TransceiverDesign design = DesignFiles.load(file.getLocation().toFile().toPath());
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file, DesignEditor.ID);
        Workbench.settle(100);
        int shellsBefore = PlatformUI.getWorkbench().getDisplay().getShells().length;

        ExchangeWorkbenchTest.whenDialogOpens("Generate Review Report", shell -> { // HTML, beside the design
            ExchangeWorkbenchTest.chooseFormat(shell, "HTML (");
            ExchangeWorkbenchTest.press(shell, "Generate");
        });
        execute(GenerateReportHandler.COMMAND_ID);
        IFile report = file.getParent().getFile(new org.eclipse.core.runtime.Path("review-report.html"));
        Workbench.waitUntil("the review report", () -> Job.getJobManager().find(ReviewReports.FAMILY).length == 0 && report.exists());
        Workbench.settle(300); // let it be shown

        String html = Workbench.read(report);
        assertTrue(html.contains(design.getName()), "the design's name is in the report");
        assertTrue(html.contains(design.getId()), "the design's id is in the report");
        for (String figure : List.of("Architecture", "Link (worst lane", "Thermal network")) {
            assertTrue(html.contains(figure), "figure " + figure);
        }
        assertTrue(inlineSvgs(html) >= 3, "three inline SVG diagrams, found " + inlineSvgs(html));
        assertTrue(html.contains(file.getFullPath().toString()), "the report names its source file");
        assertTrue(report.isSynchronized(IResource.DEPTH_ZERO), "workspace refreshed");
        // no dialog came up (a browser editor may have opened; a modal shell would be a new top-level shell)
        long dialogs = Arrays.stream(PlatformUI.getWorkbench().getDisplay().getShells())
                .filter(s -> s.isVisible() && (s.getStyle() & SWT.APPLICATION_MODAL) != 0).count();
        assertEquals(0, dialogs, "no modal dialog; shells before " + shellsBefore);
        assertFalse(editor.isDirty());
        System.out.println("Review report shown in: " + Arrays.toString(Arrays.stream(Workbench.page().getEditorReferences()).map(r -> r.getId() + ":" + r.getTitle()).toArray()));
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "review-report-command");
    }

    private static int inlineSvgs(String html) {
        Matcher m = Pattern.compile("<svg[\\s>]").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void validateCommandRestoresTheMarkersOfTheActiveDesign() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "validate.lightwork");
        Path path = file.getLocation().toFile().toPath();
        TransceiverDesign design = DesignFiles.load(path);
        String lane = design.getLanes().get(0).getId();
        design.getLanes().get(0).getLaser().setOutputPowerDbm(-12.0); // far below the PMD's launch minimum
        DesignFiles.save(design, path);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        Workbench.waitUntilValidated("markers of the broken lane", () -> !Workbench.markers(file, "link", lane).isEmpty());
        file.deleteMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(Workbench.markers(file).isEmpty());

        IDE.openEditor(Workbench.page(), file, DesignEditor.ID);
        Workbench.settle(100);
        execute(ValidateHandler.COMMAND_ID);
        Workbench.waitUntilValidated("markers back after Validate", () -> !Workbench.markers(file, "link", lane).isEmpty());
    }

    @Test
    void runTradeStudyCommandOpensTheTradeStudyView() throws Exception {
        IWorkbenchPage page = Workbench.page();
        if (page.findViewReference(RunTradeStudyHandler.VIEW_ID) != null) {
            page.hideView(page.findViewReference(RunTradeStudyHandler.VIEW_ID));
        }
        Workbench.settle(50);
        execute(RunTradeStudyHandler.COMMAND_ID);
        Workbench.settle(50);
        IViewPart view = page.findView(RunTradeStudyHandler.VIEW_ID);
        assertNotNull(view, "Trade Study view open");
        assertEquals("Trade Study", view.getTitle());
    }

    @Test
    void lightworkMenuAndKeyBindings() {
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        MenuItem lightwork = item(shell.getMenuBar(), "Lightwork");
        Menu menu = lightwork.getMenu();
        for (String entry : List.of("Validate", "Generate Review Report", "Run Trade Study")) {
            assertNotNull(item(menu, entry));
        }
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(bound(bindings, GenerateReportHandler.COMMAND_ID, "M1+M3+R"), "Ctrl+Alt+R: " + Arrays.toString(bindings.getActiveBindingsFor(GenerateReportHandler.COMMAND_ID)));
        assertTrue(bound(bindings, ValidateHandler.COMMAND_ID, "M1+M3+V"), "Ctrl+Alt+V");
    }

    @Test
    void designEditorContextMenuOffersTheLightworkCommands() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "menu.lightwork");
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file, DesignEditor.ID);
        Workbench.settle(100);
        Menu popup = editor.viewer().getControl().getMenu();
        assertNotNull(popup);
        for (String entry : List.of("Validate", "Generate Review Report", "Run Trade Study")) {
            assertNotNull(item(popup, entry));
        }
        popup.notifyListeners(SWT.Hide, new Event());
    }

    private static boolean bound(IBindingService bindings, String command, String keys) {
        try {
            KeySequence wanted = KeySequence.getInstance(keys);
            for (TriggerSequence t : bindings.getActiveBindingsFor(command)) {
                if (t.equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            throw new IllegalArgumentException(keys, e);
        }
    }

    private static MenuItem item(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbench.settle(20);
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text + " in " + Arrays.toString(menu.getItems())));
    }
}
