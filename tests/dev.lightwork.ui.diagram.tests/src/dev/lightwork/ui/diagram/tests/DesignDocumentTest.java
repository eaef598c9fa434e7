package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.LightworkPackage.Literals;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DesignDocument;
import dev.lightwork.ui.diagram.DiagramEditor;
import dev.lightwork.ui.diagram.DiagramPositions;
import dev.lightwork.ui.diagram.LayoutCommand;
import dev.lightwork.ui.editor.DesignEditor;

/**
 * Defect: the design editor and the diagram editor each implemented load, save and dirty state, and only the design
 * editor reloaded a file changed by another program (the diagram editor kept showing, and would save over, the old
 * design). Both now hold a {@link DesignDocument}. Fixture: the 400G DR4 reference design, changed on disk by
 * rewriting it with lane 0's laser at 1.25 dBm.
 */
class DesignDocumentTest {

    @TempDir
    Path dir;

    @Test
    void diagramEditorDidNotReloadAfterAnOutsideChange() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            TransceiverDesign before = editor.design();
            changeOnDisk(file, 1.25);
            editor.setFocus(); // brought to the front: the document looks at the file
            Ui.spin();
            assertNotSame(before, editor.design(), "the changed file was loaded again");
            assertEquals(1.25, editor.design().getLanes().get(0).getLaser().getOutputPowerDbm(), 0.0);
            assertSame(editor.design(), editor.viewer().design(), "the diagram shows the reloaded design");
            assertFalse(editor.isDirty());

            // a dirty editor does not lose its edits: it remembers the outside change and asks before overwriting it
            var laser = editor.design().getLanes().get(1).getLaser();
            editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), laser, Literals.LASER__OUTPUT_POWER_DBM, 2.0));
            changeOnDisk(file, 0.5);
            editor.setFocus();
            Ui.spin();
            assertTrue(editor.document().changedOnDisk());
            assertEquals(2.0, editor.design().getLanes().get(1).getLaser().getOutputPowerDbm(), 0.0, "the edit is kept");
            assertEquals(1.25, editor.design().getLanes().get(0).getLaser().getOutputPowerDbm(), 0.0, "not reloaded under the edit");
            Ui.capture(editor.getSite().getShell(), "diagram-editor-after-outside-change");
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void bothEditorsSaveTheDesignAndItsPositionsThroughOneDocument() throws Exception {
        Path file = dir.resolve("dr4-both.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DesignEditor design = (DesignEditor) page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())), DesignEditor.ID);
        Ui.spin();
        try {
            DesignDocument document = design.document();
            assertSame(document.domain(), design.getEditingDomain());
            design.pages().showDiagram(DiagramKind.THERMAL);
            Ui.spin();
            document.commandStack().execute(LayoutCommand.place(document.positions(), DiagramKind.THERMAL, Map.of("thermal:case", new Rect(10, 20, 80, 40))));
            assertTrue(design.isDirty(), "a move makes the editor dirty");
            design.doSave(null);
            assertFalse(design.isDirty());
            assertEquals(new Rect(10, 20, 80, 40), DiagramPositions.load(file).get(DiagramKind.THERMAL, "thermal:case"), "the sidecar was written");

            // the design editor reloads through the same document when the file changes (outside the workspace too)
            changeOnDisk(file, 1.5);
            design.setFocus();
            Ui.spin();
            assertEquals(1.5, design.design().getLanes().get(0).getLaser().getOutputPowerDbm(), 0.0);
            assertSame(design.design(), design.pages().showDiagram(DiagramKind.ARCHITECTURE).design(), "its diagram pages show the new design");
        } finally {
            page.closeEditor(design, false);
            Ui.spin();
        }
    }

    /** Another program rewrites the file with lane 0's laser at {@code dbm} (and a later modification time). */
    private static void changeOnDisk(Path file, double dbm) throws Exception {
        TransceiverDesign d = DesignFiles.load(file);
        d.getLanes().get(0).getLaser().setOutputPowerDbm(dbm);
        FileTime was = Files.getLastModifiedTime(file);
        DesignFiles.save(d, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(System.currentTimeMillis(), was.toMillis() + 2000)));
    }
}
