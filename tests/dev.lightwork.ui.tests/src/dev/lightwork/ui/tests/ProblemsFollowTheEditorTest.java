package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Issue 16.7: markers follow the editor's model after in-editor edits and undo (no save needed), and elements with
 * problems carry the IDE's error overlay in the tree and an error badge on their diagram node.
 */
class ProblemsFollowTheEditorTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aWeakLaserMarksTheFileTreeAndDiagramBeforeSaveAndUndoClearsThem() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", "problems-tests", "weak-laser.lightwork");
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitUntilValidated("the saved file checked", () -> !Workbench.markers(file).isEmpty());
        assertTrue(Workbench.markers(file, "link", "lane0").isEmpty(), "the reference design passes");
        TransceiverDesign design = editor.design();
        Laser laser = design.getLanes().get(0).getLaser();
        String before = Workbench.read(file);

        editor.commandStack().execute(SetCommand.create(editor.getEditingDomain(), laser, LightworkPackage.Literals.LASER__OUTPUT_POWER_DBM, -12.0));
        Workbench.waitUntilValidated("a link error on lane0 from the unsaved edit", () -> !Workbench.markers(file, "link", "lane0").isEmpty());
        assertTrue(editor.isDirty());
        assertEquals(before, Workbench.read(file), "markers followed the editor; nothing was written");
        IMarker marker = Workbench.markers(file, "link", "lane0").get(0);
        String location = marker.getAttribute(IMarker.LOCATION, "");
        assertTrue(location.startsWith("Lane "), "location in words, not a class name: " + location);

        // the tree: the Lanes folder and the design carry the error overlay, the Channels folder does not
        editor.pages().showTree();
        Workbench.settle(200);
        TreeItem root = editor.viewer().getTree().getItem(0);
        Image folder = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        TreeItem lanes = Arrays.stream(root.getItems()).filter(i -> i.getText().startsWith("Lanes")).findFirst().orElseThrow();
        TreeItem channels = Arrays.stream(root.getItems()).filter(i -> i.getText().startsWith("Channels")).findFirst().orElseThrow();
        assertNotSame(folder, lanes.getImage(), "Lanes folder decorated");
        assertSame(folder, channels.getImage(), "Channels folder plain");
        editor.viewer().expandToLevel(design.getLanes().get(0), 0);
        editor.viewer().reveal(design.getLanes().get(0));
        Path tree = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "problems-tree-overlay");
        assertTrue(Files.size(tree) > 1000);

        // the architecture diagram badges the failing lane's node
        DiagramViewer architecture = editor.pages().showDiagram(DiagramKind.ARCHITECTURE);
        Workbench.settle(300);
        assertEquals(Diagnostic.ERROR, architecture.problems().within(design.getLanes().get(0)), "lane 0 has an error");
        Path diagram = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "problems-diagram-badges");
        assertTrue(Files.size(diagram) > 1000);

        // undo: the markers go without a save
        editor.commandStack().undo();
        Workbench.waitUntilValidated("lane0's link markers gone after undo", () -> Workbench.markers(file, "link", "lane0").isEmpty());
        Workbench.settle(1000); // the editor's quiet time before overlays follow, with room for a loaded machine
        assertSame(folder, lanes.getImage(), "overlay gone with the problem");
        assertFalse(editor.isDirty());
        assertTrue(Workbench.markers(file).stream().allMatch(m -> !m.getAttribute(IMarker.MESSAGE, "").contains("null")),
                "no marker says null");
        assertTrue(Workbench.markers(file).stream().allMatch(m -> m.getAttribute(DesignMarkers.RULE, "").startsWith("LW-")
                || m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_INFO));
    }
}
