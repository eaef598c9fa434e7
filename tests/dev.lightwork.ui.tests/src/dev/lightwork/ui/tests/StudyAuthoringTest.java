package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.library.PartKind;
import dev.lightwork.model.DesignVariable;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.VariableKind;
import dev.lightwork.ui.edit.DesignPropertySource;
import dev.lightwork.ui.edit.StudyEditors;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Trade studies authored in the workbench (issue 16 item 5): the shipped 400G-DR4 example has its parts study; a
 * variable's slot is a drop-down of part kinds and the design's components, its options a multi-select of the
 * catalogue entries of the slot's kind (key values, confidence), applied as one undoable command; reaches are typed
 * as a list of lengths; kind, metric, sense and operator are drop-downs.
 */
class StudyAuthoringTest {

    private static final String TEST_PROJECT = "study-tests";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aVariablesSlotAndOptionsAreChosenFromTheCatalogue() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "study.lightwork");
        IEditorPart part = IDE.openEditor(Workbench.page(), file, DesignEditor.ID, true);
        DesignEditor editor = assertInstanceOf(DesignEditor.class, part);
        TradeStudy study = editor.design().getTradeStudies().stream().filter(s -> "dr4-parts".equals(s.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("the 400G-DR4 example ships with its parts study"));
        DesignVariable laser = study.getVariables().stream().filter(v -> "laser".equals(v.getName())).findFirst().orElseThrow();
        DesignPropertySource source = editor.propertySource(laser);
        Composite parent = editor.viewer().getTree();

        // kind: an enumeration drop-down
        CellEditor kind = descriptor(source, "Kind").createPropertyEditor(parent);
        assertInstanceOf(ComboBoxCellEditor.class, kind);
        assertTrue(Arrays.asList(((ComboBoxCellEditor) kind).getItems()).contains("CATALOG_CHOICE") 
                || Arrays.stream(((ComboBoxCellEditor) kind).getItems()).anyMatch(i -> i.toLowerCase().contains("catalog")),
                Arrays.toString(((ComboBoxCellEditor) kind).getItems()));
        kind.dispose();

        // slot: part kinds, then the design's components
        CellEditor slot = descriptor(source, "Slot").createPropertyEditor(parent);
        List<String> slots = Arrays.asList(assertInstanceOf(ComboBoxCellEditor.class, slot).getItems());
        assertEquals(PartKind.values().length + editor.design().getComponents().size(), slots.size(), slots.toString());
        assertTrue(slots.contains("LASER (every laser of the design)"), slots.toString());
        assertTrue(slots.contains("las0 (only this laser)"), slots.toString());
        slot.setValue("LASER");
        assertEquals("LASER", slot.getValue());
        slot.dispose();

        // options: a dialog cell editor; the dialog lists the catalogue's lasers with key values and confidence
        assertInstanceOf(DialogCellEditor.class, descriptor(source, "Options").createPropertyEditor(parent)).dispose();
        List<StudyEditors.Choice> offered = StudyEditors.offered(laser, WorkbenchAnalyzer.library());
        assertEquals(WorkbenchAnalyzer.library().parts(PartKind.LASER).size(), offered.size(), offered.toString());
        ListSelectionDialog dialog = StudyEditors.optionsDialog(editor.getSite().getShell(), laser, WorkbenchAnalyzer.library());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.settle(200);
        Table table = find(dialog.getShell(), Table.class);
        assertNotNull(table);
        assertEquals(offered.size(), table.getItemCount());
        List<String> checked = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            assertTrue(item.getText().contains("; confidence "), item.getText());
            if (item.getChecked()) {
                checked.add(item.getText().substring(0, item.getText().indexOf(' ')));
            }
        }
        assertEquals(java.util.Set.copyOf(laser.getOptions()), java.util.Set.copyOf(checked), "the variable's options are preselected");
        String dml = "LAS-EML-1311-113";
        TableItem add = Arrays.stream(table.getItems()).filter(i -> i.getText().startsWith(dml + " ")).findFirst().orElseThrow();
        add.setChecked(true);
        Screenshots.capture(dialog.getShell(), "study-variable-options");
        press(dialog.getShell(), "OK");
        List<String> chosen = StudyEditors.chosen(dialog, laser);
        List<String> expected = new ArrayList<>(laser.getOptions());
        expected.add(dml);
        assertEquals(expected, chosen, "kept options in their order, the new one last");

        int before = laser.getOptions().size();
        IPropertyDescriptor options = descriptor(source, "Options");
        source.setPropertyValue(options.getId(), chosen);
        assertEquals(before + 1, laser.getOptions().size());
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, laser.getOptions().size(), "one undoable command");

        // reaches are a list of lengths
        assertEquals(List.of("500", "2000"), StudyEditors.reaches("500, 2 km"));
        assertEquals(List.of("100", "500"), StudyEditors.reaches("100 m; 500m"));
        try {
            StudyEditors.reaches("500, far");
            throw new AssertionError("'far' accepted as a reach");
        } catch (IllegalArgumentException bad) {
            assertEquals("'far' is not a length in metres", bad.getMessage());
        }
        DesignVariable reach = dev.lightwork.model.LightworkFactory.eINSTANCE.createDesignVariable();
        reach.setName("reach");
        reach.setKind(VariableKind.REACH);
        reach.getOptions().addAll(List.of("500", "2000"));
        InputDialog reachDialog = StudyEditors.reachDialog(editor.getSite().getShell(), reach);
        reachDialog.setBlockOnOpen(false);
        reachDialog.open();
        assertEquals("500, 2000", reachDialog.getValue());
        reachDialog.close();

        // the Properties view on the variable
        editor.viewer().setSelection(new StructuredSelection(laser), true);
        Workbench.page().activate(editor);
        PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.settle(300);
        Tree properties = (Tree) sheet.getCurrentPage().getControl();
        List<String> rows = new ArrayList<>();
        for (TreeItem category : properties.getItems()) {
            for (TreeItem row : category.getItems()) {
                rows.add(row.getText(0) + " = " + row.getText(1));
            }
        }
        assertTrue(rows.contains("Slot = LASER"), rows.toString());
        assertTrue(rows.contains("Options = " + String.join(", ", laser.getOptions())), rows.toString());
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "study-variable-properties");
    }

    /**
     * Regression (README known gap): an ATTRIBUTE objective or constraint named its attribute as free text
     * ({@code TIA.bandwidthGhz}, a typo found only when the solver ran). It is now a drop-down of the design's numeric part
     * attributes by display name; the value stays the solver's path, and Properties shows the display name.
     */
    @Test
    void attributeObjectiveWasFreeTextTiaBandwidthGhz() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", TEST_PROJECT, "attribute.lightwork");
        DesignEditor editor = assertInstanceOf(DesignEditor.class, IDE.openEditor(Workbench.page(), file, DesignEditor.ID, true));
        TradeStudy study = editor.design().getTradeStudies().get(0);
        dev.lightwork.model.Objective objective = dev.lightwork.model.LightworkFactory.eINSTANCE.createObjective();
        objective.setMetric(dev.lightwork.model.Metric.ATTRIBUTE);
        objective.setSense(dev.lightwork.model.OptimisationSense.MAXIMIZE);
        objective.setAttribute("TIA.bandwidthGhz"); // the failing input: typed as free text before
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(editor.getEditingDomain(), study,
                dev.lightwork.model.LightworkPackage.Literals.TRADE_STUDY__OBJECTIVES, objective));

        List<StudyEditors.Choice> offered = StudyEditors.attributes(editor.design(), objective.getAttribute());
        List<String> labels = offered.stream().map(StudyEditors.Choice::label).toList();
        assertTrue(labels.contains("TIA (every TIA) \u203a Bandwidth [GHz]"), labels.toString());
        assertTrue(labels.contains("LASER (every laser) \u203a Output power [dBm]"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("las0 \u203a Output power [dBm]")), "each part by id too");
        assertTrue(offered.stream().noneMatch(c -> c.label().contains("not an attribute")), "TIA.bandwidthGhz is one of them");
        assertTrue(offered.stream().allMatch(c -> c.value().matches("[A-Za-z0-9_-]+\\.[a-zA-Z]+")), "values are slot.attribute paths");
        assertTrue(offered.stream().noneMatch(c -> c.value().endsWith(".id") || c.value().endsWith(".name") || c.value().endsWith(".catalogPart")),
                "numeric attributes only");
        // a path the design does not have stays listed (never silently replaced)
        assertTrue(StudyEditors.attributes(editor.design(), "TIA.bandwithGhz").stream().anyMatch(c -> c.label().contains("not an attribute")));

        DesignPropertySource source = editor.propertySource(objective);
        CellEditor attribute = descriptor(source, "Attribute").createPropertyEditor(editor.viewer().getTree());
        ComboBoxCellEditor combo = assertInstanceOf(ComboBoxCellEditor.class, attribute, "a drop-down, not a text field");
        assertEquals(offered.size(), combo.getItems().length);
        combo.setValue("LASER.outputPowerDbm");
        assertEquals("LASER.outputPowerDbm", combo.getValue());
        attribute.dispose();
        source.setPropertyValue(descriptor(source, "Attribute").getId(), "LASER.outputPowerDbm");
        assertEquals("LASER.outputPowerDbm", objective.getAttribute());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("TIA.bandwidthGhz", objective.getAttribute(), "one undoable command");

        // in the Properties view: the display name, and the drop-down open on the row
        editor.viewer().setSelection(new StructuredSelection(objective), true);
        Workbench.page().activate(editor);
        PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.settle(300);
        Tree properties = (Tree) sheet.getCurrentPage().getControl();
        TreeItem row = null;
        for (TreeItem category : properties.getItems()) {
            for (TreeItem r : category.getItems()) {
                if (r.getText(0).equals("Attribute")) {
                    row = r;
                }
            }
        }
        assertNotNull(row, "Attribute row");
        assertEquals("TIA (every TIA) \u203a Bandwidth [GHz]", row.getText(1));
        Workbench.page().activate(sheet);
        properties.showItem(row); // its category open and the row on screen: a click can hit it
        Workbench.settle(100);
        org.eclipse.swt.custom.CCombo open = null;
        List<String> items = List.of();
        boolean listShown = false;
        // a click on the value cell, as a user's; the sheet may drop its editor when focus moves (marker jobs), so again
        for (int attempt = 0; attempt < 5 && !listShown; attempt++) {
            if (open == null || open.isDisposed()) {
                open = clickValueCell(properties, row);
            }
            if (open != null && !open.isDisposed()) {
                items = Arrays.asList(open.getItems());
                try {
                    open.setListVisible(true);
                    Workbench.settle(300);
                    listShown = !open.isDisposed();
                } catch (org.eclipse.swt.SWTException disposed) {
                    open = null;
                }
            }
        }
        assertTrue(items.contains("TIA (every TIA) \u203a Bandwidth [GHz]"), "the row's editor is the drop-down: " + items);
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "study-objective-attribute-dropdown");
        if (open != null && !open.isDisposed()) {
            open.setListVisible(false);
        }
        editor.doSave(null);
    }

    /** Presses on a property row's value cell (the sheet then activates its cell editor); the drop-down it shows, or null. */
    private static org.eclipse.swt.custom.CCombo clickValueCell(Tree properties, TreeItem row) {
        org.eclipse.swt.graphics.Rectangle cell = row.getBounds(1);
        org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
        down.x = cell.x + 4;
        down.y = cell.y + cell.height / 2;
        down.button = 1;
        properties.notifyListeners(SWT.MouseDown, down);
        Workbench.settle(200);
        return find(properties, org.eclipse.swt.custom.CCombo.class);
    }

    private static IPropertyDescriptor descriptor(DesignPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no property '" + displayName + "' in "
                        + Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
    }

    private static void press(Composite root, String label) {
        Button b = find(root, Button.class, label);
        assertNotNull(b, "button " + label);
        b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.settle(100);
    }

    private static <T extends Control> T find(Composite root, Class<T> type) {
        return find(root, type, null);
    }

    private static <T extends Control> T find(Composite root, Class<T> type, String buttonText) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && (buttonText == null || buttonText.equals(((Button) child).getText().replace("&", "")))) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                T found = find(c, type, buttonText);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
