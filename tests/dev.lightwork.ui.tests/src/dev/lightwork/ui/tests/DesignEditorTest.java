package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.edit.DesignPropertySource;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.examples.ExampleProject;
import dev.lightwork.ui.examples.NewDesignWizard;
import dev.lightwork.ui.fixes.DesignQuickFixes;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * The designer's loop in the real workbench: open an example, change a value through the Properties view's
 * property source, save, see the Problems marker, repair it with a quick fix or undo, see it go.
 */
class DesignEditorTest {

    private static final String TEST_PROJECT = "editor-tests";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void firstStartCreatesTheFiveExamplesAndTheyHaveNoLinkErrors() {
        for (String id : ReferenceDesigns.TEMPLATES.keySet()) {
            IFile file = Workbench.exampleFile(id);
            Workbench.waitUntil(id + " in " + ExampleProject.NAME, file::exists);
        }
        IFile dr4 = Workbench.exampleFile("400g-dr4-qsfpdd");
        Workbench.waitUntil("validation of the DR4 example", () -> !Workbench.markers(dr4).isEmpty());
        assertTrue(Workbench.markers(dr4).stream().noneMatch(m -> "link".equals(m.getAttribute(DesignMarkers.CATEGORY, ""))),
                "the reference DR4 design closes its link budget");
    }

    @Test
    void editorShowsTheDesignTreeAndPropertiesWithUnitsAndGroups() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "tree.lightwork");
        DesignEditor editor = open(file);
        TransceiverDesign design = editor.design();
        Tree tree = editor.viewer().getTree();
        assertEquals(1, tree.getItemCount(), "one root: the design");
        // the root shows its host interface and thermal network directly, components/channels/lanes in folders
        List<String> top = Arrays.stream(tree.getItem(0).getItems()).map(i -> i.getText()).toList();
        assertTrue(top.contains("Components (" + design.getComponents().size() + ")"), top.toString());
        assertTrue(top.contains("Lanes (" + design.getLanes().size() + ")"), top.toString());
        assertTrue(top.contains("Channels (" + design.getChannels().size() + ")"), top.toString());
        assertTrue(top.stream().anyMatch(t -> t.startsWith("Thermal Network")), top.toString());
        assertNotNull(tree.getItem(0).getImage(), "the design has an icon");

        Laser laser = design.getLanes().get(0).getLaser();
        DesignPropertySource source = editor.propertySource(laser);
        IPropertyDescriptor power = descriptor(source, "Output Power [dBm]");
        assertEquals("Laser", power.getCategory());
        assertEquals("General", descriptor(source, "Name").getCategory());
        assertEquals("Component", descriptor(source, "Power [mW]").getCategory());
        String shown = power.getLabelProvider().getText(source.getPropertyValue(power.getId()));
        assertTrue(shown.endsWith(" dBm"), shown);
        assertEquals(laser.getOutputPowerDbm(), Double.parseDouble(shown.replace(" dBm", "")), 1e-5);

        // selection of the editor is an EObject selection (what analysis views follow)
        editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(laser), true);
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(laser, selection.getFirstElement());

        // the Properties view shows the editor's property sheet page with the laser's values and units
        Workbench.page().activate(editor);
        PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.settle(300);
        Tree properties = (Tree) sheet.getCurrentPage().getControl();
        List<String> rows = Arrays.stream(properties.getItems()).flatMap(category -> Arrays.stream(category.getItems()))
                .map(i -> i.getText(0) + " = " + i.getText(1)).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Output Power [dBm] = ") && r.endsWith(" dBm")), rows.toString());
        assertTrue(Arrays.stream(properties.getItems()).map(i -> i.getText(0)).toList().containsAll(List.of("General", "Component", "Laser")));
        Path shot = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "editor-properties");
        assertTrue(Files.size(shot) > 1000);
    }

    @Test
    void lowerLaserPowerFailsTheLinkAndTheQuickFixRestoresIt() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "quickfix.lightwork");
        DesignEditor editor = open(file);
        TransceiverDesign design = editor.design();
        Lane lane = design.getLanes().get(0);
        Laser laser = lane.getLaser();
        double required = design.getRequiredMarginDb() == null ? 0 : design.getRequiredMarginDb();
        double margin = WorkbenchAnalyzer.analyzer().analyze(design).linkBudget(lane).marginDb();
        double original = laser.getOutputPowerDbm();
        // 1.5 dB more than the margin: the lane then misses its required margin by about 1.5 dB
        double lowered = Math.round((original - (margin - required) - 1.5) * 100) / 100.0;

        DesignPropertySource source = editor.propertySource(laser);
        source.setPropertyValue(descriptor(source, "Output Power [dBm]").getId(), lowered + " dBm");
        assertEquals(lowered, laser.getOutputPowerDbm(), 1e-9);
        assertTrue(editor.isDirty(), "a property change makes the editor dirty");

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty(), "saved");
        assertEquals(lowered, DesignFiles.load(file.getLocation().toFile().toPath()).getLanes().get(0).getLaser().getOutputPowerDbm(), 1e-9);
        IMarker marker = Workbench.waitFor("the link marker of lane " + lane.getId(),
                () -> Workbench.markers(file, "link", lane.getId()).stream().filter(m -> DesignRule.LINK_MARGIN.id().equals(m.getAttribute(DesignMarkers.RULE, null)))
                        .findFirst().orElse(null));
        LinkBudget failing = WorkbenchAnalyzer.analyzer().analyze(design).linkBudget(lane);
        assertEquals(failing.marginDb(), DesignMarkers.number(marker, DesignMarkers.VALUE), 1e-9);
        assertEquals(required, DesignMarkers.number(marker, DesignMarkers.LIMIT), 1e-9);
        assertNotNull(marker.getAttribute(DesignMarkers.SOURCE, null), "the PMD source is on the marker");

        screenshotWithProblems("editor-with-link-problem");

        // double-click on the marker: the editor selects the lane
        editor.viewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        assertTrue(IDE.openEditor(Workbench.page(), marker) == editor);
        assertEquals(lane, editor.viewer().getStructuredSelection().getFirstElement());

        IMarkerResolution raise = Arrays.stream(new DesignQuickFixes().getResolutions(marker))
                .filter(r -> r.getLabel().startsWith("Raise laser")).findFirst().orElseThrow();
        // the DR4 channel is 500 m at 0.5 dB/km (0.25 dB): shortening it cannot recover a 1.5 dB shortfall, so no such fix
        assertTrue(design.getLanes().get(0).getChannel().getLengthM() * design.getLanes().get(0).getChannel().getAttenuationDbPerKm() / 1000
                < required - failing.marginDb());
        assertTrue(Arrays.stream(new DesignQuickFixes().getResolutions(marker)).noneMatch(r -> r.getLabel().startsWith("Shorten channel")));
        raise.run(marker);
        // expected raise: what the lane lacks, rounded up to 0.1 dB: the margin shortfall or (larger here) a deficit
        // against a clause-124 minimum the laser raises dB for dB (launch, OMAouter, OMAouter - TDECQ, receive power);
        // the launch stays far below the PMD maximum
        PmdSpec pmd = WorkbenchAnalyzer.library().pmd(design.getOpticalPmd()).orElseThrow();
        double lacking = Math.max(Math.max(required - failing.marginDb(), pmd.value("avg_launch_min_dbm").getAsDouble() - failing.averageLaunchDbm()),
                Math.max(Math.max(pmd.value("oma_min_dbm").getAsDouble() - failing.txOmaDbm(),
                        pmd.value("oma_minus_tdecq_min_dbm").getAsDouble() - (failing.txOmaDbm() - failing.tdecqDb())),
                        pmd.value("avg_rx_min_dbm").getAsDouble() - failing.rxAverageDbm()));
        double shortfall = Math.ceil(lacking * 10 - 1e-9) / 10;
        assertTrue(failing.averageLaunchDbm() + shortfall < pmd.value("avg_launch_max_dbm").getAsDouble());
        assertEquals(lowered + shortfall, laser.getOutputPowerDbm(), 1e-9);
        assertTrue(editor.isDirty(), "the fix went through the editor's command stack");
        assertTrue(WorkbenchAnalyzer.analyzer().analyze(design).linkBudget(lane).passes(required));

        editor.doSave(new NullProgressMonitor());
        Workbench.waitUntilValidated("the link marker to go", () -> Workbench.markers(file, "link", lane.getId()).isEmpty());

        // the fix is undoable like any edit
        editor.commandStack().undo();
        assertEquals(lowered, laser.getOutputPowerDbm(), 1e-9);
        assertTrue(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        Workbench.waitUntilValidated("the link marker to come back", () -> !Workbench.markers(file, "link", lane.getId()).isEmpty());
        editor.commandStack().undo(); // back to the original power
        assertEquals(original, laser.getOutputPowerDbm(), 1e-9);
        editor.doSave(new NullProgressMonitor());
        Workbench.waitUntilValidated("the link marker to go after undo", () -> Workbench.markers(file, "link", lane.getId()).isEmpty());
    }

    @Test
    void undoRedoAndDirtyState() throws Exception {
        IFile file = Workbench.copyOfExample("800g-dr8-osfp", TEST_PROJECT, "undo.lightwork");
        String before = Workbench.read(file);
        DesignEditor editor = open(file);
        assertFalse(editor.isDirty());
        Laser laser = editor.design().getLanes().get(0).getLaser();
        double original = laser.getOutputPowerDbm();
        DesignPropertySource source = editor.propertySource(laser);
        String id = (String) descriptor(source, "Output Power [dBm]").getId().toString();
        source.setPropertyValue(descriptor(source, "Output Power [dBm]").getId(), "0.5");
        assertTrue(editor.isDirty());
        // Edit > Undo and Ctrl+Z go through the workbench's undo command to the editor's handler
        Workbench.page().activate(editor);
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_UNDO))
                .anyMatch(k -> k.format().equals("Ctrl+Z")), "Ctrl+Z is bound to Undo");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(original, laser.getOutputPowerDbm(), 1e-12);
        assertFalse(editor.isDirty(), "undo back to the saved state is clean");
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO))
                .anyMatch(k -> k.format().equals("Ctrl+Y")), "Ctrl+Y is bound to Redo: "
                + Arrays.toString(bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO)));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals(0.5, laser.getOutputPowerDbm(), 1e-12);
        assertTrue(editor.isDirty());
        // empty text means "not given"
        source.setPropertyValue(descriptor(source, "Output Power [dBm]").getId(), "");
        assertNull(laser.getOutputPowerDbm());
        assertEquals(before, Workbench.read(file), "nothing written before save: " + id);
        Workbench.page().closeAllEditors(false);
        assertEquals(before, Workbench.read(file), "closing without saving keeps the file");
    }

    /**
     * The diagram pages edit through the editor's own command stack: an edit in the tree restyles the diagram
     * (the lane turns red), undo restyles it back; the editor's selection is the active page's; the link page shows
     * the lane selected in the tree.
     */
    @Test
    void diagramPagesShareTheCommandStackAndTheSelection() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "pages.lightwork");
        DesignEditor editor = open(file);
        Lane lane = editor.design().getLanes().get(1);
        DiagramViewer architecture = editor.pages().showDiagram(DiagramKind.ARCHITECTURE);
        assertFalse(architecture.scene().nodesFor(lane.getLaser()).isEmpty(), "the lane's laser is drawn");
        assertEquals(0, failing(architecture), "every lane of the example passes");

        DesignPropertySource source = editor.propertySource(lane.getLaser());
        source.setPropertyValue(descriptor(source, "Output Power [dBm]").getId(), "-8");
        Workbench.waitUntil("the lane row to turn red", () -> failing(architecture) == 1);
        assertTrue(editor.isDirty());
        editor.commandStack().undo();
        Workbench.waitUntil("the lane row to pass again", () -> failing(architecture) == 0);
        assertFalse(editor.isDirty(), "one stack: undo in the editor undoes what the diagram shows");

        architecture.setSelection(new StructuredSelection(lane.getLaser()));
        assertSame(lane.getLaser(), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement(),
                "the editor's selection is the diagram page's");

        editor.pages().showTree();
        editor.viewer().setSelection(new StructuredSelection(lane), true);
        DiagramViewer link = editor.pages().showDiagram(DiagramKind.LINK);
        assertEquals(lane.getId(), link.lane());
        editor.pages().showDiagram(DiagramKind.ARCHITECTURE);
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "editor-architecture-page");
        Workbench.page().closeAllEditors(false);
    }

    private static long failing(DiagramViewer viewer) {
        return viewer.scene().nodes().stream().filter(n -> Palette.FAIL_FILL.equals(n.style().fill())).count();
    }

    @Test
    void malformedFileOpensAnErrorPageAndIsNotTouched() throws Exception {
        IFile file = Workbench.project(TEST_PROJECT).getFile("broken.lightwork");
        String broken = "<?xml version=\"1.0\"?>\n<lightwork:TransceiverDesign xmlns:lightwork=\"http://lightwork.dev/model/1.0\" id=\"x\">\n<lanes id=\"L1\"\n";
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, null);
        DesignEditor editor = open(file);
        assertNotNull(editor.loadError());
        assertNull(editor.design());
        Workbench.awaitValidation();
        Workbench.settle(2500); // let the Problems view show the load error too
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "editor-load-error");
        assertFalse(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        assertEquals(broken, Workbench.read(file), "the broken file is never overwritten");
        IMarker marker = Workbench.waitFor("the load marker", () -> Workbench.markers(file).stream()
                .filter(m -> "load".equals(m.getAttribute(DesignMarkers.CATEGORY, ""))).findFirst().orElse(null));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("broken.lightwork"), marker.getAttribute(IMarker.MESSAGE, ""));
    }

    @Test
    void quickFixOnAClosedFileEditsTheFile() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "closed.lightwork");
        Path path = file.getLocation().toFile().toPath();
        TransceiverDesign design = DesignFiles.load(path);
        design.setMsaPowerClass(1); // 1.5 W in QSFP-DD: far below any DR4 module
        DesignFiles.save(design, path);
        file.refreshLocal(0, null);
        String designId = design.getId();
        IMarker marker = Workbench.waitFor("the power marker", () -> Workbench.markers(file, "power", designId).stream().findFirst().orElse(null));
        double totalW = DesignMarkers.number(marker, DesignMarkers.VALUE);
        IMarkerResolution fix = Arrays.stream(new DesignQuickFixes().getResolutions(marker))
                .filter(r -> r.getLabel().startsWith("Declare MSA power class")).findFirst().orElseThrow();
        fix.run(marker);
        TransceiverDesign fixed = DesignFiles.load(path);
        // the lowest QSFP-DD class holding the module power, from the library's class table
        int expected = WorkbenchAnalyzer.library().powerClasses("QSFP-DD").stream().filter(pc -> pc.maxPowerW() >= totalW)
                .mapToInt(pc -> pc.powerClass()).min().orElseThrow();
        assertEquals(expected, fixed.getMsaPowerClass());
        Workbench.waitUntilValidated("the power marker to go", () -> Workbench.markers(file, "power", designId).isEmpty());
        List<IMarker> left = Workbench.markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
        assertTrue(left.isEmpty(), "no errors left: " + left);
    }

    @Test
    void deleteCopyPasteAndNewChildAreUndoableCommands() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "edit.lightwork");
        DesignEditor editor = open(file);
        TransceiverDesign design = editor.design();
        IActionBars bars = editor.getEditorSite().getActionBars();
        int paths = design.getThermalNetwork().getPaths().size();
        ThermalPath path = design.getThermalNetwork().getPaths().get(0);

        editor.viewer().setSelection(new StructuredSelection(path), true);
        IAction delete = bars.getGlobalActionHandler(ActionFactory.DELETE.getId());
        assertTrue(delete.isEnabled());
        delete.run();
        assertEquals(paths - 1, design.getThermalNetwork().getPaths().size());
        assertFalse(design.getThermalNetwork().getPaths().contains(path));
        bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals(paths, design.getThermalNetwork().getPaths().size());
        assertTrue(design.getThermalNetwork().getPaths().contains(path));
        bars.getGlobalActionHandler(ActionFactory.REDO.getId()).run();
        assertEquals(paths - 1, design.getThermalNetwork().getPaths().size());
        bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).run();

        // copy a connector and paste it onto the design: a new connector with a fresh copy of its values
        Connector connector = (Connector) design.getComponents().stream().filter(c -> c instanceof Connector).findFirst().orElseThrow();
        int components = design.getComponents().size();
        editor.viewer().setSelection(new StructuredSelection(connector), true);
        bars.getGlobalActionHandler(ActionFactory.COPY.getId()).run();
        editor.viewer().setSelection(new StructuredSelection(design), true);
        IAction paste = bars.getGlobalActionHandler(ActionFactory.PASTE.getId());
        assertTrue(paste.isEnabled());
        paste.run();
        assertEquals(components + 1, design.getComponents().size());
        Connector pasted = (Connector) design.getComponents().get(components);
        assertEquals(connector.getInsertionLossDb(), pasted.getInsertionLossDb());
        assertTrue(pasted != connector);

        // new child as the context menu offers it: the item providers' descriptors of the thermal network
        EditingDomain domain = editor.getEditingDomain();
        Object nodeDescriptor = domain.getNewChildDescriptors(design.getThermalNetwork(), null).stream()
                .filter(d -> d instanceof CommandParameter p && p.getValue() instanceof ThermalNode).findFirst().orElseThrow();
        int nodes = design.getThermalNetwork().getNodes().size();
        editor.commandStack().execute(CreateChildCommand.create(domain, design.getThermalNetwork(), nodeDescriptor, List.of(design.getThermalNetwork())));
        assertEquals(nodes + 1, design.getThermalNetwork().getNodes().size());
        editor.commandStack().undo();
        editor.commandStack().undo();
        assertEquals(nodes, design.getThermalNetwork().getNodes().size());
        assertEquals(components, design.getComponents().size());
        assertFalse(editor.isDirty(), "everything undone: back to the saved state");
    }

    @Test
    void aCleanEditorReloadsAnOutsideChangeADirtyOneKeepsItsEdits() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "outside.lightwork");
        Path path = file.getLocation().toFile().toPath();
        DesignEditor editor = open(file);
        TransceiverDesign onDisk = DesignFiles.load(path);
        onDisk.getLanes().get(1).getLaser().setOutputPowerDbm(1.25);
        DesignFiles.save(onDisk, path);
        file.refreshLocal(0, null);
        Workbench.waitUntil("the editor to reload", () -> editor.design().getLanes().get(1).getLaser().getOutputPowerDbm() == 1.25);
        assertFalse(editor.isDirty());

        DesignPropertySource source = editor.propertySource(editor.design().getLanes().get(1).getLaser());
        source.setPropertyValue(descriptor(source, "Output Power [dBm]").getId(), "0.75");
        onDisk.getLanes().get(1).getLaser().setOutputPowerDbm(2.5);
        DesignFiles.save(onDisk, path);
        file.refreshLocal(0, null);
        Workbench.settle(500);
        assertEquals(0.75, editor.design().getLanes().get(1).getLaser().getOutputPowerDbm(), "unsaved edits are never replaced");
        assertTrue(editor.isDirty());
    }

    @Test
    void theCpoEngineWith512LanesOpensWithFoldersAndValidates() throws Exception {
        IFile file = Workbench.copyOfExample("51p2t-cpo-engine", TEST_PROJECT, "cpo.lightwork");
        DesignEditor editor = open(file);
        TransceiverDesign design = editor.design();
        assertEquals(512, design.getLanes().size());
        List<String> top = Arrays.stream(editor.viewer().getTree().getItem(0).getItems()).map(i -> i.getText()).toList();
        assertTrue(top.contains("Lanes (512)"), top.toString());
        Lane last = design.getLanes().get(511);
        editor.viewer().setSelection(new StructuredSelection(last), true);
        assertEquals(last, editor.viewer().getStructuredSelection().getFirstElement(), "a lane deep in its folder can be revealed");
        Workbench.waitUntil("the CPO engine's power information marker", () -> Workbench.markers(file).stream()
                .anyMatch(m -> "power".equals(m.getAttribute(DesignMarkers.CATEGORY, ""))));
    }

    @Test
    void newDesignWizardCreatesAFileFromATemplate() throws Exception {
        org.eclipse.core.resources.IProject project = Workbench.project(TEST_PROJECT);
        IFile file = project.getFile("from-template.lightwork");
        if (file.exists()) {
            file.delete(true, null);
        }
        NewDesignWizard wizard = new NewDesignWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            WizardNewFileCreationPage page = (WizardNewFileCreationPage) wizard.getPages()[0];
            page.setContainerFullPath(project.getFullPath());
            page.setFileName("from-template.lightwork");
            Combo template = find(dialog.getShell(), Combo.class);
            template.select(NewDesignWizard.TEMPLATE_LABELS.indexOf("800G-DR8 OSFP"));
            Screenshots.capture(dialog.getShell(), "new-design-wizard");
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        assertTrue(file.exists());
        TransceiverDesign created = DesignFiles.load(file.getLocation().toFile().toPath());
        TransceiverDesign template = ReferenceDesigns.dr8800G();
        assertEquals("from-template", created.getId());
        assertEquals(template.getLanes().size(), created.getLanes().size());
        assertEquals(template.getOpticalPmd(), created.getOpticalPmd());
        assertTrue(Workbench.page().getActiveEditor() instanceof DesignEditor, "the new design opens in the editor");
    }

    private static List<Tree> trees(org.eclipse.swt.widgets.Control control) {
        List<Tree> out = new java.util.ArrayList<>();
        if (control instanceof Tree t) {
            out.add(t);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                out.addAll(trees(child));
            }
        }
        return out;
    }

    private static <T> T find(org.eclipse.swt.widgets.Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static DesignEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(Workbench.page(), file, DesignEditor.ID, true);
        return assertInstanceOf(DesignEditor.class, part);
    }

    private static IPropertyDescriptor descriptor(DesignPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no property '" + displayName + "' in " + Arrays.stream(source.getPropertyDescriptors())
                        .map(IPropertyDescriptor::getDisplayName).toList()));
    }

    private static void screenshotWithProblems(String name) throws Exception {
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.settle(2500); // the Problems view refreshes on its own delayed job
        // open the groups (Errors, or the root-cause categories) so the message is readable in the picture
        for (Tree tree : trees(Workbench.page().getWorkbenchWindow().getShell())) {
            if (tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())) {
                for (org.eclipse.swt.widgets.TreeItem group : tree.getItems()) {
                    if (!group.getText().startsWith("Warnings") && !group.getText().startsWith("Infos")) {
                        Event expand = new Event();
                        expand.item = group;
                        tree.notifyListeners(SWT.Expand, expand);
                        group.setExpanded(true);
                    }
                }
            }
        }
        Workbench.settle(300);
        Path shot = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), name);
        assertTrue(Files.size(shot) > 1000);
    }
}
