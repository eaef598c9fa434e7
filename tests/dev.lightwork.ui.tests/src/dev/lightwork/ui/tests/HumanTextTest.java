package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.ui.edit.DesignPropertySource;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Issue 16.9: the tree and Properties speak the designer's language: no "null", no Java/Ecore class or feature
 * names ("Tia", "Msa Power Class", "outputPowerDbm"), no kind said twice ("Lane Lane 0").
 */
class HumanTextTest {

    /** Words that only appear when a generated or Java name leaks into the UI. */
    private static final Pattern LEAK = Pattern.compile("\\bnull\\b|\\b(Tia|Dsp|Msa|Pmd|Fec|Ber|Mcu)\\b|[a-z][A-Z][a-z]+Db|Impl\\b|EDouble|Exception");

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void treeLabelsAndPropertyNamesOfEveryElementAreHumanText() throws Exception {
        IFile file = Workbench.copyOfExample("800g-dr8-osfp", "human-text-tests", "human.lightwork");
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        TransceiverDesign design = editor.design();
        ILabelProvider labels = (ILabelProvider) editor.viewer().getLabelProvider();
        List<String> leaks = new ArrayList<>();
        List<EObject> all = new ArrayList<>(List.of(design));
        design.eAllContents().forEachRemaining(all::add);
        for (EObject e : all) {
            String label = labels.getText(e);
            if (LEAK.matcher(label).find() || label.matches("(\\w+) \\1\\b.*")) {
                leaks.add("tree: " + label);
            }
            DesignPropertySource source = editor.propertySource(e);
            for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
                String name = d.getDisplayName();
                String value = d.getLabelProvider().getText(source.getPropertyValue(d.getId()));
                if (LEAK.matcher(name).find() || (value != null && LEAK.matcher(value).find())) {
                    leaks.add(ModelLabels.kind(e) + " property: " + name + " = " + value);
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertEquals("MSA power class", ModelLabels.feature(LightworkPackage.Literals.TRANSCEIVER_DESIGN__MSA_POWER_CLASS));
        assertEquals("TIA", ModelLabels.kind(LightworkPackage.Literals.TIA));
        String lane = labels.getText(design.getLanes().get(0));
        assertTrue(lane.startsWith("Lane ") && !lane.startsWith("Lane Lane") && lane.endsWith("[" + design.getLanes().get(0).getId() + "]"), lane);

        // the design's own properties, as the designer sees them
        editor.viewer().setSelection(new StructuredSelection(design), true);
        Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.settle(300);
        String names = String.join("|", java.util.Arrays.stream(editor.propertySource(design).getPropertyDescriptors())
                .map(IPropertyDescriptor::getDisplayName).toList());
        assertTrue(names.contains("MSA Power Class"), names);
        assertFalse(names.contains("Msa"), names);
        Path shot = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "human-text-properties");
        assertTrue(Files.size(shot) > 1000);
    }
}
