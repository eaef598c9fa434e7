package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkPackage.Literals;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DiagramEditor;
import dev.lightwork.ui.diagram.DiagramPositions;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.diagram.EditorScenes;
import dev.lightwork.ui.diagram.SceneCanvas;
import dev.lightwork.ui.diagram.Tool;

/**
 * Edits the 400G DR4 reference design in the real diagram editor with synthesized mouse and key events (SWT events
 * sent to the canvas listeners with notifyListeners), checking the model after every step and undoing through the
 * editor's command stack.
 */
class DiagramEditingTest {

    @TempDir
    Path dir;

    @Test
    void createWireMoveAndUndoOnTheArchitectureDiagram() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            TransceiverDesign design = editor.design();
            CommandStack stack = editor.getEditingDomain().getCommandStack();
            Lane lane0 = design.getLanes().get(0);
            Laser originalLaser = lane0.getLaser();
            Laser lane1Laser = design.getLanes().get(1).getLaser();
            List<Component> before = new ArrayList<>(design.getComponents());
            assertNull(viewer.scene().node(EditorScenes.UNWIRED_ID).orElse(null), "every part of the reference design is wired");

            // 1. laser tool, click on the canvas: a laser from the catalogue, shown among the unwired parts and selected
            Ui.choose(viewer.paletteItem(Tool.LASER));
            assertEquals(Tool.LASER, viewer.tool());
            String[] picked = Ui.answerPicker(null, null); // the create tool asks which catalogue part
            Ui.click(canvas, new dev.lightwork.diagram.scene.Point(5, 5));
            assertEquals(before.size() + 1, design.getComponents().size());
            Component created = design.getComponents().stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();
            assertTrue(created instanceof Laser, "a laser was created: " + created);
            assertNotNull(created.getCatalogPart(), "typical values come from a catalogue part");
            assertEquals(picked[0], created.getCatalogPart(), "the part chosen in the picker");
            assertEquals(Tool.SELECT, viewer.tool(), "back to the selection tool after one creation");
            SceneNode newNode = viewer.scene().node(EditorScenes.UNWIRED_ID + "/part:" + created.getId()).orElseThrow();
            assertEquals(List.of(created), viewer.getSelection().toList(), "the new part is selected (Properties follows)");

            // 2. wire it to lane 0: drag from the new laser to lane 0's row; hovering the host interface is refused
            Ui.choose(viewer.paletteItem(Tool.LANE_WIRING));
            SceneNode row = viewer.scene().nodes().stream().filter(n -> n.target() == lane0 && n.isContainer()).findFirst().orElseThrow();
            SceneNode host = viewer.scene().nodesFor(design.getHostInterface()).get(0);
            var from = canvas.toPixel(Ui.centre(newNode.bounds()));
            var overHost = canvas.toPixel(Ui.centre(host.bounds()));
            var overRow = canvas.toPixel(new dev.lightwork.diagram.scene.Point(row.bounds().x() + 6, row.bounds().y() + 6));
            Ui.press(canvas, Ui.centre(newNode.bounds()));
            Ui.moveTo(canvas, from, overHost);
            assertSame(canvas.control().getDisplay().getSystemCursor(SWT.CURSOR_NO), canvas.control().getCursor(), "red: a laser cannot go on the host");
            Ui.moveTo(canvas, overHost, overRow);
            assertSame(canvas.control().getDisplay().getSystemCursor(SWT.CURSOR_HAND), canvas.control().getCursor(), "green: a lane takes a laser");
            canvas.zoomAt(1.0, overRow.x, overRow.y);
            Ui.capture(editor.getSite().getShell(), "diagram-editor-wiring-feedback");
            canvas.fit();
            Ui.spin();
            overRow = canvas.toPixel(new dev.lightwork.diagram.scene.Point(row.bounds().x() + 6, row.bounds().y() + 6));
            Ui.moveTo(canvas, overRow, overRow);
            Ui.release(canvas, overRow);
            assertSame(created, lane0.getLaser(), "lane 0 now uses the new laser");
            assertSame(lane1Laser, design.getLanes().get(1).getLaser(), "other lanes untouched");
            assertTrue(viewer.scene().nodesFor(created).stream().anyMatch(n -> n.parent() != null && n.parent().target() == lane0),
                    "the laser is drawn in lane 0's row");

            // 3. move the host interface by dragging it 60 px right and 40 px down
            Ui.choose(viewer.paletteItem(Tool.SELECT));
            host = viewer.scene().nodesFor(design.getHostInterface()).get(0);
            Rect hostBefore = host.bounds();
            var grab = canvas.toPixel(Ui.centre(hostBefore));
            Ui.drag(canvas, grab, new org.eclipse.swt.graphics.Point(grab.x + 60, grab.y + 40));
            double zoom = canvas.zoom();
            SceneNode movedHost = viewer.scene().nodesFor(design.getHostInterface()).get(0);
            assertEquals(hostBefore.x() + 60 / zoom, movedHost.bounds().x(), 1.0 / zoom + 1e-9);
            assertEquals(hostBefore.y() + 40 / zoom, movedHost.bounds().y(), 1.0 / zoom + 1e-9);
            assertEquals(movedHost.bounds(), viewer.positions().get(DiagramKind.ARCHITECTURE, movedHost.id()), "position kept for saving");
            assertSame(created, lane0.getLaser(), "moving changes no model value");
            assertTrue(editor.isDirty());
            Ui.capture(editor.getSite().getShell(), "diagram-editor-after-create-wire-move");

            // 4. undo through the command stack: move, wiring, creation
            stack.undo();
            Ui.spin();
            assertEquals(hostBefore, viewer.scene().nodesFor(design.getHostInterface()).get(0).bounds(), "move undone: ELK's place again");
            assertNull(viewer.positions().get(DiagramKind.ARCHITECTURE, movedHost.id()));
            stack.undo();
            Ui.spin();
            assertSame(originalLaser, lane0.getLaser(), "wiring undone");
            stack.undo();
            Ui.spin();
            assertEquals(before, design.getComponents(), "creation undone");
            assertNull(created.eContainer());
            assertTrue(viewer.scene().nodesFor(created).isEmpty());
            assertFalse(editor.isDirty(), "back at the saved state");
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void directEditDeleteAndLiveConditionalStyle() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            TransceiverDesign design = editor.design();
            CommandStack stack = editor.getEditingDomain().getCommandStack();
            Lane lane0 = design.getLanes().get(0);
            Laser laser = lane0.getLaser();
            Double power = laser.getOutputPowerDbm();

            // double-click lane 0's laser: an inline editor over the node edits outputPowerDbm
            SceneNode laserNode = viewer.scene().nodesFor(laser).get(0);
            var at = canvas.toPixel(Ui.centre(laserNode.bounds()));
            Ui.mouse(canvas.control(), SWT.MouseDoubleClick, at.x, at.y, 1, 0);
            Text text = viewer.directEditor();
            assertNotNull(text, "in-place editor open");
            assertEquals(power.toString(), text.getText());
            text.setText("not a number");
            text.notifyListeners(SWT.DefaultSelection, new Event());
            assertNotNull(viewer.directEditor(), "bad input keeps the editor open");
            assertTrue(text.getToolTipText().contains("'not a number' is not a number"), text.getToolTipText());
            assertEquals(power, laser.getOutputPowerDbm(), "nothing reached the model");
            text.setText("3.5 dBm");
            text.notifyListeners(SWT.DefaultSelection, new Event());
            Ui.spin();
            assertNull(viewer.directEditor());
            assertEquals(3.5, laser.getOutputPowerDbm(), 0.0);
            stack.undo();
            Ui.spin();
            assertEquals(power, laser.getOutputPowerDbm());

            // live re-styling: a 100 km channel makes lane 0's margin negative and its row turns red
            SceneNode row = rowOf(viewer.scene(), lane0);
            assertNotEquals(Palette.FAIL_FILL, row.style().fill(), "the reference lane passes");
            stack.execute(SetCommand.create(editor.getEditingDomain(), lane0.getChannel(), Literals.CHANNEL__LENGTH_M, 100_000.0));
            Ui.spin();
            DesignAnalysis independent = new DesignAnalyzer(ReferenceLibrary.load()).analyze(design);
            assertTrue(independent.linkBudgets().get(lane0).marginDb() < 0, "100 km of SMF at O-band exceeds a DR4 budget");
            assertEquals(Palette.FAIL_FILL, rowOf(viewer.scene(), lane0).style().fill(), "row is red while the margin is negative");
            stack.undo();
            Ui.spin();
            assertNotEquals(Palette.FAIL_FILL, rowOf(viewer.scene(), lane0).style().fill());

            // select lane 0's laser by a click and delete it with Del: gone from the design and from the lane
            laserNode = viewer.scene().nodesFor(laser).get(0);
            Ui.click(canvas, Ui.centre(laserNode.bounds()));
            assertEquals(List.of(laser), viewer.getSelection().toList());
            Ui.key(canvas.control(), SWT.DEL);
            assertNull(laser.eContainer(), "deleted");
            assertNull(lane0.getLaser(), "the lane's reference went with it");
            stack.undo();
            Ui.spin();
            assertSame(laser, lane0.getLaser());

            // selection from outside (e.g. the tree editor) selects the node
            viewer.setSelection(new StructuredSelection(design.getHostInterface()));
            assertEquals(List.of(design.getHostInterface()), viewer.getSelection().toList());
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void thermalPathConnectsTwoNodesAndAsksForItsResistance() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            editor.showKind(DiagramKind.THERMAL);
            Ui.spin();
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            TransceiverDesign design = editor.design();
            List<ThermalNode> nodes = design.getThermalNetwork().getNodes();
            int paths = design.getThermalNetwork().getPaths().size();

            Ui.choose(viewer.paletteItem(Tool.THERMAL_NODE));
            Ui.click(canvas, new dev.lightwork.diagram.scene.Point(5, 5));
            ThermalNode added = nodes.get(nodes.size() - 1);
            assertEquals(List.of(added), viewer.getSelection().toList());
            ThermalNode target = nodes.get(0);

            Ui.choose(viewer.paletteItem(Tool.THERMAL_PATH));
            var from = canvas.toPixel(Ui.centre(viewer.scene().nodesFor(added).get(0).bounds()));
            var to = canvas.toPixel(Ui.centre(viewer.scene().nodesFor(target).get(0).bounds()));
            Ui.press(canvas, Ui.centre(viewer.scene().nodesFor(added).get(0).bounds()));
            Ui.moveTo(canvas, from, to);
            Ui.release(canvas, to);
            assertEquals(paths + 1, design.getThermalNetwork().getPaths().size());
            ThermalPath path = design.getThermalNetwork().getPaths().get(paths);
            assertSame(added, path.getFrom());
            assertSame(target, path.getTo());
            Text text = viewer.directEditor();
            assertNotNull(text, "the new path's resistance is asked for at once");
            text.setText("12.5");
            text.notifyListeners(SWT.DefaultSelection, new Event());
            Ui.spin();
            assertEquals(12.5, path.getResistanceKPerW(), 0.0);

            // a second path between the same nodes is refused
            from = canvas.toPixel(Ui.centre(viewer.scene().nodesFor(added).get(0).bounds()));
            to = canvas.toPixel(Ui.centre(viewer.scene().nodesFor(target).get(0).bounds()));
            Ui.press(canvas, Ui.centre(viewer.scene().nodesFor(added).get(0).bounds()));
            Ui.moveTo(canvas, from, to);
            assertSame(canvas.control().getDisplay().getSystemCursor(SWT.CURSOR_NO), canvas.control().getCursor());
            Ui.release(canvas, to);
            assertEquals(paths + 1, design.getThermalNetwork().getPaths().size());
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void manualPositionsSurviveSaveAndReopenAndExportIsTheHeadlessOutput() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        Rect moved;
        String id;
        try {
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            SceneNode host = viewer.scene().nodesFor(editor.design().getHostInterface()).get(0);
            id = host.id();
            var grab = canvas.toPixel(Ui.centre(host.bounds()));
            Ui.drag(canvas, grab, new org.eclipse.swt.graphics.Point(grab.x + 30, grab.y + 80));
            moved = viewer.scene().node(id).orElseThrow().bounds();
            editor.doSave(null);
            assertFalse(editor.isDirty());
            assertTrue(Files.readString(DiagramPositions.sidecar(file)).contains("architecture."), "sidecar written");

            // export writes what the headless exporter makes of this scene
            Path svg = dir.resolve("a.svg");
            viewer.export(svg);
            assertEquals(DiagramImages.svg(viewer.scene()), Files.readString(svg));
            assertTrue(Files.readString(svg).contains(id), "the moved node is in the SVG");
        } finally {
            Ui.close(editor);
        }
        DiagramEditor again = Ui.open(file);
        try {
            assertEquals(moved, again.viewer().scene().node(id).orElseThrow().bounds(), "manual position restored from the sidecar");
            again.viewer().arrangeAll();
            Ui.spin();
            assertNotEquals(moved, again.viewer().scene().node(id).orElseThrow().bounds(), "arrange all gives the node back to ELK");
            // without manual positions the editor shows exactly the headless diagram (same scene, same renderer)
            DesignAnalysis analysis = new DesignAnalyzer(ReferenceLibrary.load()).analyze(again.design());
            assertEquals(Diagrams.svg(DiagramKind.ARCHITECTURE, analysis), again.viewer().svg());
        } finally {
            Ui.close(again);
        }
    }

    @Test
    void linkDiagramFollowsTheLaneChooser() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            editor.showKind(DiagramKind.LINK);
            Ui.spin();
            assertTrue(editor.laneChooser().isEnabled());
            assertEquals(Tool.on(DiagramKind.LINK).size(), 1, "the link diagram is read-only apart from values");
            Lane lane2 = editor.design().getLanes().get(2);
            editor.laneChooser().select(3);
            editor.laneChooser().notifyListeners(SWT.Selection, new Event());
            Ui.spin();
            assertEquals(lane2.getId(), editor.viewer().lane());
            assertTrue(editor.viewer().scene().title().contains(lane2.getName() != null ? lane2.getName() : lane2.getId()),
                    editor.viewer().scene().title());
            assertTrue(editor.viewer().scene().nodes().stream().anyMatch(n -> n.target() == lane2), "the receiver stage stands for lane 2");
            // double-click the laser stage: its output power is edited like on the architecture diagram
            SceneNode laser = editor.viewer().scene().nodesFor(lane2.getLaser()).get(0);
            var at = editor.viewer().canvas().toPixel(Ui.centre(laser.bounds()));
            Ui.mouse(editor.viewer().canvas().control(), SWT.MouseDoubleClick, at.x, at.y, 1, 0);
            Text text = editor.viewer().directEditor();
            assertNotNull(text);
            text.setText("1.25");
            text.notifyListeners(SWT.DefaultSelection, new Event());
            Ui.spin();
            assertEquals(1.25, lane2.getLaser().getOutputPowerDbm(), 0.0);
        } finally {
            Ui.close(editor);
        }
    }

    private static SceneNode rowOf(Scene scene, Lane lane) {
        return scene.nodes().stream().filter(n -> n.target() == lane && n.isContainer()).findFirst().orElseThrow();
    }
}
