package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartKind;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.CatalogPartDialog;
import dev.lightwork.ui.edit.DesignPropertySource;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.examples.NewDesignWizard;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Issue 16.4 and 16.12: catalogue pickers in Properties (one undoable command), drop-downs for known ids, units converted
 * on input, a lane's computed margin and BER; the New Design wizard's skeleton opens without errors.
 */
class CatalogPickerTest {

    private static final String PROJECT = "catalog-picker-tests";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void choosingACataloguePartAppliesItsValuesAsOneUndoableCommand() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "picker.lightwork");
        DesignEditor editor = open(file);
        TransceiverDesign design = editor.design();
        Laser laser = design.getLanes().get(0).getLaser();
        double power = laser.getOutputPowerDbm();
        DesignPropertySource source = editor.propertySource(laser);
        IPropertyDescriptor catalogPart = descriptor(source, "Catalog Part");
        assertEquals("LAS-EML-1311-53 (EML 1311 nm 53 GBd (typical))", catalogPart.getLabelProvider().getText(source.getPropertyValue(catalogPart.getId())));

        // the picker lists the lasers with their key values and confidence; the designer filters and picks a DML
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        List<CatalogPart> lasers = SharedAnalysis.analyzer().library().parts(PartKind.LASER);
        CatalogPartDialog dialog = new CatalogPartDialog(shell, PartKind.LASER, lasers, laser.getCatalogPart());
        dialog.setBlockOnOpen(false);
        dialog.open();
        CatalogPart chosen;
        try {
            List<String> headers = Arrays.stream(dialog.table().getColumns()).map(c -> c.getText()).toList();
            assertTrue(headers.containsAll(List.of("Part", "Name", "Output power [dBm]", "Wavelength [nm]", "Confidence")), headers.toString());
            assertEquals(lasers.size(), dialog.table().getItemCount());
            assertEquals("LAS-EML-1311-53", dialog.table().getItem(dialog.table().getSelectionIndex()).getText(0), "the current part is selected");
            dialog.filter().setText("DML");
            Workbench.settle(100);
            assertEquals(1, dialog.table().getItemCount());
            dialog.table().select(0);
            dialog.table().notifyListeners(SWT.Selection, null);
            Screenshots.capture(dialog.getShell(), "catalog-part-dialog");
            find(dialog.getShell(), Button.class, b -> "Use Part".equals(b.getText())).notifyListeners(SWT.Selection, null);
            chosen = dialog.chosen();
        } finally {
            dialog.close();
        }
        assertEquals("LAS-DML-1311-53", chosen.id());

        // applying it: id, values and name in one command; one Undo restores the EML
        source.setPropertyValue(catalogPart.getId(), chosen);
        assertEquals("LAS-DML-1311-53", laser.getCatalogPart());
        assertEquals(chosen.number("output_power_dbm").getAsDouble(), laser.getOutputPowerDbm(), 1e-12);
        assertEquals(chosen.number("extinction_ratio_db").getAsDouble(), laser.getExtinctionRatioDb(), 1e-12);
        assertEquals(chosen.name(), laser.getName());
        assertEquals("Use Catalogue Part LAS-DML-1311-53", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(), "one command");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("LAS-EML-1311-53", laser.getCatalogPart());
        assertEquals(power, laser.getOutputPowerDbm(), 1e-12);

        // the property's cell editor is the picker (a dialog button), the PMD a drop-down of the reference library's PMDs
        Composite parent = new Composite(shell, SWT.NONE);
        try {
            CellEditor picker = ((org.eclipse.ui.views.properties.PropertyDescriptor) catalogPart).createPropertyEditor(parent);
            assertTrue(picker instanceof DialogCellEditor, String.valueOf(picker));
            DesignPropertySource designSource = editor.propertySource(design);
            CellEditor pmd = ((org.eclipse.ui.views.properties.PropertyDescriptor) descriptor(designSource, "Optical PMD")).createPropertyEditor(parent);
            assertTrue(pmd instanceof ComboBoxCellEditor, String.valueOf(pmd));
            List<String> items = Arrays.asList(((ComboBoxCellEditor) pmd).getItems());
            assertTrue(items.containsAll(List.of("400GBASE-DR4", "800GBASE-DR8", "1.6TBASE-DR8")), items.toString());
            CellEditor formFactor = ((org.eclipse.ui.views.properties.PropertyDescriptor) descriptor(designSource, "Form Factor")).createPropertyEditor(parent);
            List<String> formFactors = Arrays.asList(((ComboBoxCellEditor) formFactor).getItems());
            assertTrue(formFactors.containsAll(List.of("QSFP-DD", "OSFP", "CPO engine")), formFactors.toString());
            IPropertyDescriptor fec = descriptor(designSource, "FEC");
            assertEquals("RS(544,514)", fec.getLabelProvider().getText(designSource.getPropertyValue(fec.getId())));
        } finally {
            parent.dispose();
        }
    }

    /** The diagram palette's create tools ask the same picker (wired by the editor's diagram pages). */
    @Test
    void thePalettesCreateToolPlacesThePartChosenInThePicker() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "palette.lightwork");
        DesignEditor editor = open(file);
        int before = editor.design().getComponents().size();
        dev.lightwork.ui.diagram.DiagramViewer viewer = editor.pages().showDiagram(dev.lightwork.diagram.DiagramKind.ARCHITECTURE);
        Workbench.settle(300);
        viewer.setTool(dev.lightwork.ui.diagram.Tool.LASER);
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        boolean[] picked = new boolean[1];
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(sh -> !sh.isDisposed() && "Choose Laser".equals(sh.getText())).findFirst().orElse(null);
            if (dialog == null) {
                display.timerExec(100, answer[0]);
                return;
            }
            try {
                org.eclipse.swt.widgets.Text filter = all(dialog, org.eclipse.swt.widgets.Text.class).get(0);
                filter.setText("DML");
                org.eclipse.swt.widgets.Table table = all(dialog, org.eclipse.swt.widgets.Table.class).get(0);
                table.select(0);
                table.notifyListeners(SWT.Selection, null);
                Screenshots.capture(dialog, "palette-catalog-picker");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            find(dialog, Button.class, b -> "Use Part".equals(b.getText())).notifyListeners(SWT.Selection, null);
            picked[0] = true;
        };
        display.timerExec(200, answer[0]);
        org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
        down.button = 1;
        down.x = 40;
        down.y = 40;
        viewer.canvas().control().notifyListeners(SWT.MouseDown, down);
        assertTrue(picked[0], "the create tool opened the catalogue picker");
        assertEquals(before + 1, editor.design().getComponents().size());
        dev.lightwork.model.Component added = editor.design().getComponents().get(before);
        assertEquals("LAS-DML-1311-53", added.getCatalogPart());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, editor.design().getComponents().size(), "one undo removes the placed part");
    }

    @Test
    void unitsConvertOnInputAndUnsetReadsNotGiven() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "units.lightwork");
        DesignEditor editor = open(file);
        TransceiverDesign design = editor.design();
        Laser laser = design.getLanes().get(0).getLaser();
        DesignPropertySource source = editor.propertySource(laser);
        Object power = descriptor(source, "Output Power [dBm]").getId();
        source.setPropertyValue(power, "1 mW");
        assertEquals(0.0, laser.getOutputPowerDbm(), 1e-12);
        source.setPropertyValue(power, "2 mW");
        assertEquals(10 * Math.log10(2), laser.getOutputPowerDbm(), 1e-12);
        source.setPropertyValue(power, "1.5 dBm");
        assertEquals(1.5, laser.getOutputPowerDbm(), 1e-12);
        Object partPower = descriptor(source, "Power [mW]").getId();
        source.setPropertyValue(partPower, "0.3 W");
        assertEquals(300.0, laser.getPowerMw(), 1e-9);
        IllegalArgumentException e = null;
        try {
            source.setPropertyValue(power, "3 furlongs");
        } catch (IllegalArgumentException expected) {
            e = expected;
        }
        assertNotNull(e, "an unknown unit is refused");
        assertEquals("'3 furlongs': furlongs is not a unit for Output power (units accepted: dBm, mW, W, µW, uW)", e.getMessage());
        Object length = descriptor(editor.propertySource(design.getChannels().get(0)), "Length [m]").getId();
        editor.propertySource(design.getChannels().get(0)).setPropertyValue(length, "0.4 km");
        assertEquals(400.0, design.getChannels().get(0).getLengthM(), 1e-9);

        source.setPropertyValue(descriptor(source, "Bandwidth [GHz]").getId(), "");
        IPropertyDescriptor bandwidth = descriptor(source, "Bandwidth [GHz]");
        assertEquals("(not given)", bandwidth.getLabelProvider().getText(source.getPropertyValue(bandwidth.getId())));
    }

    @Test
    void aLaneShowsItsComputedMarginAndBerReadOnly() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "lane-results.lightwork");
        DesignEditor editor = open(file);
        Lane lane = editor.design().getLanes().get(0);
        DesignPropertySource source = editor.propertySource(lane);
        IPropertyDescriptor margin = descriptor(source, "Link Margin [dB]");
        String shown = String.valueOf(source.getPropertyValue(margin.getId()));
        double expected = SharedAnalysis.of(editor.design()).analysis().linkBudget(lane).marginDb();
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f dB", expected), shown);
        assertTrue(String.valueOf(source.getPropertyValue(descriptor(source, "Post-FEC BER").getId())).matches("<? ?\\d\\.\\d\\de-\\d+"));
        assertEquals(null, ((org.eclipse.ui.views.properties.PropertyDescriptor) margin).createPropertyEditor(
                Workbench.page().getWorkbenchWindow().getShell()), "read-only");

        // an edit moves the computed margin (the design's one live analysis)
        source.setPropertyValue(descriptor(source, "TDECQ [dB]").getId(), String.valueOf(lane.getTdecqDb() + 0.5));
        Workbench.waitUntil("the margin to follow the edit", () -> !String.valueOf(source.getPropertyValue(margin.getId())).equals(shown));

        editor.viewer().setSelection(new StructuredSelection(lane), true);
        PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.settle(400);
        Tree properties = (Tree) sheet.getCurrentPage().getControl();
        List<String> rows = new ArrayList<>();
        for (TreeItem category : properties.getItems()) {
            for (TreeItem i : category.getItems()) {
                rows.add(i.getText(0) + " = " + i.getText(1));
            }
        }
        assertTrue(properties.getItem(0).getText(0).startsWith("Computed"), "the results come first");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Link Margin [dB] = ") && r.endsWith(" dB")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("null") || r.contains("RS_544")), rows.toString());
        Path shot = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "lane-properties-computed");
        assertTrue(Files.size(shot) > 1000);
    }

    @Test
    void anUnknownCatalogueIdIsAWarningMarker() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "unknown-part.lightwork");
        String xml = Workbench.read(file).replaceFirst("catalogPart=\"LAS-EML-1311-53\"", "catalogPart=\"LAS-NOT-IN-CATALOGUE\"");
        file.setContents(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
        IMarker marker = Workbench.waitFor("the unknown catalogue part's warning", () -> Workbench.markers(file).stream()
                .filter(m -> "LW-INPUT-CATALOG-PART".equals(m.getAttribute(DesignMarkers.RULE, ""))).findFirst().orElse(null));
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("LAS-NOT-IN-CATALOGUE"));
    }

    @Test
    void newDesignWizardBuildsAValidSkeletonInTheSelectedFolder() throws Exception {
        IProject project = Workbench.project(PROJECT);
        IFile selected = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "selected.lightwork");
        IFile file = project.getFile("skeleton-dr8.lightwork");
        if (file.exists()) {
            file.delete(true, null);
        }
        NewDesignWizard wizard = new NewDesignWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            WizardNewFileCreationPage page = (WizardNewFileCreationPage) wizard.getPages()[0];
            assertEquals(project.getFullPath(), page.getContainerFullPath(), "the folder comes from the selected file");
            page.setFileName("skeleton-dr8.lightwork");
            List<Combo> combos = all(dialog.getShell(), Combo.class);
            Combo template = combos.get(0);
            Combo pmd = combos.get(1);
            assertEquals(0, template.getSelectionIndex(), "a new design is the default");
            int dr8 = Arrays.asList(pmd.getItems()).stream().filter(i -> i.startsWith("800GBASE-DR8:")).findFirst().map(i -> pmd.indexOf(i)).orElseThrow();
            pmd.select(dr8);
            pmd.notifyListeners(SWT.Selection, null);
            Combo formFactor = combos.get(2);
            assertTrue(Arrays.asList(formFactor.getItems()).containsAll(List.of("QSFP-DD", "OSFP", "CPO engine")), Arrays.toString(formFactor.getItems()));
            formFactor.select(Arrays.asList(formFactor.getItems()).indexOf("OSFP"));
            formFactor.notifyListeners(SWT.Selection, null);
            assertEquals("8 x 106.25 Gb/s (8 x 100G)", combos.get(3).getText());
            assertEquals("RS(544,514)", combos.get(4).getText());
            for (Combo c : combos) {
                for (String item : c.getItems()) {
                    assertFalse(item.contains("null") || item.contains("_"), item);
                }
            }
            // an FR4 is listed, but the catalogue has no laser that meets its launch after the mux: said, no Finish
            int fr4 = Arrays.asList(pmd.getItems()).stream().filter(i -> i.startsWith("400GBASE-FR4:")).findFirst().map(i -> pmd.indexOf(i)).orElseThrow();
            pmd.select(fr4);
            pmd.notifyListeners(SWT.Selection, null);
            assertFalse(wizard.canFinish());
            assertTrue(page.getErrorMessage() != null && page.getErrorMessage().contains("400GBASE-FR4"), page.getErrorMessage());
            Workbench.settle(500);
            Screenshots.capture(dialog.getShell(), "new-design-wizard-unavailable-pmd");
            pmd.select(dr8);
            pmd.notifyListeners(SWT.Selection, null);
            formFactor.select(Arrays.asList(formFactor.getItems()).indexOf("OSFP"));
            formFactor.notifyListeners(SWT.Selection, null);
            assertTrue(wizard.canFinish(), String.valueOf(page.getErrorMessage()));
            Screenshots.capture(dialog.getShell(), "new-design-wizard-skeleton");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        TransceiverDesign created = DesignFiles.load(file.getLocation().toFile().toPath());
        assertEquals("800GBASE-DR8", created.getOpticalPmd());
        assertEquals(8, created.getLanes().size());
        assertEquals(dev.lightwork.model.FormFactor.OSFP, created.getFormFactor());
        assertNotNull(created.getThermalNetwork());
        Workbench.awaitValidation();
        Workbench.waitUntil("validation of the new design", () -> !Workbench.markers(file).isEmpty());
        assertEquals(List.of(), Workbench.markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(), "no errors on creation");
        assertTrue(Workbench.page().getActiveEditor() instanceof DesignEditor);
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "new-design-skeleton-opened");
    }

    private static IPropertyDescriptor descriptor(DesignPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no property '" + displayName + "' in " + Arrays.stream(source.getPropertyDescriptors())
                        .map(IPropertyDescriptor::getDisplayName).toList()));
    }

    private static DesignEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(Workbench.page(), file, DesignEditor.ID, true);
        Workbench.settle(200);
        return (DesignEditor) part;
    }

    private static <T> List<T> all(Control control, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(control)) {
            out.add(type.cast(control));
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                out.addAll(all(child, type));
            }
        }
        return out;
    }

    private static <T> T find(Control control, Class<T> type, java.util.function.Predicate<T> test) {
        return all(control, type).stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }
}
