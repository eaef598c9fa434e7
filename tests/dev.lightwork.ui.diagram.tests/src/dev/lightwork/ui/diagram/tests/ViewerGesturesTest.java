package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DiagramEditor;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.diagram.SceneCanvas;

/** Rubber band, shift-click, resize handles and Ctrl+wheel zoom on the real canvas (synthesized SWT events). */
class ViewerGesturesTest {

    @TempDir
    Path dir;

    @Test
    void rubberBandShiftClickResizeAndZoomAroundTheCursor() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            Lane lane0 = editor.design().getLanes().get(0);
            SceneNode row = viewer.scene().nodes().stream().filter(n -> n.target() == lane0 && n.isContainer()).findFirst().orElseThrow();

            // rubber band around lane 0's row selects the parts inside it (and the row), nothing of lane 1
            Rect band = row.bounds().grow(3);
            Ui.drag(canvas, canvas.toPixel(new Point(band.x(), band.y())), canvas.toPixel(new Point(band.maxX(), band.maxY())));
            Set<Object> expected = new HashSet<>();
            for (SceneNode n : row.selfAndDescendants().toList()) {
                expected.add(n.target());
            }
            assertEquals(expected, new HashSet<>(viewer.getSelection().toList()));
            assertTrue(viewer.getSelection().toList().contains(lane0.getLaser()));

            // shift-click adds lane 1's laser, shift-click again removes it
            SceneNode laser1 = viewer.scene().nodesFor(editor.design().getLanes().get(1).getLaser()).get(0);
            var at = canvas.toPixel(Ui.centre(laser1.bounds()));
            Ui.mouse(canvas.control(), SWT.MouseDown, at.x, at.y, 1, SWT.SHIFT);
            Ui.mouse(canvas.control(), SWT.MouseUp, at.x, at.y, 1, SWT.SHIFT);
            assertTrue(viewer.getSelection().toList().contains(laser1.target()));
            Ui.mouse(canvas.control(), SWT.MouseDown, at.x, at.y, 1, SWT.SHIFT);
            Ui.mouse(canvas.control(), SWT.MouseUp, at.x, at.y, 1, SWT.SHIFT);
            assertTrue(!viewer.getSelection().toList().contains(laser1.target()));

            // click the host interface, drag its bottom-right handle by 40 x 20 px: it grows by 40/zoom x 20/zoom
            SceneNode host = viewer.scene().nodesFor(editor.design().getHostInterface()).get(0);
            Ui.click(canvas, Ui.centre(host.bounds()));
            assertEquals(List.of(editor.design().getHostInterface()), viewer.getSelection().toList());
            Rect before = host.bounds();
            var corner = canvas.toPixel(new Point(before.maxX(), before.maxY()));
            Ui.drag(canvas, corner, new org.eclipse.swt.graphics.Point(corner.x + 40, corner.y + 20));
            Rect after = viewer.scene().node(host.id()).orElseThrow().bounds();
            double z = canvas.zoom();
            assertEquals(before.x(), after.x(), 0.1);
            assertEquals(before.width() + 40 / z, after.width(), 0.1 + 1 / z);
            assertEquals(before.height() + 20 / z, after.height(), 0.1 + 1 / z);
            assertEquals(after, viewer.positions().get(DiagramKind.ARCHITECTURE, host.id()));

            // Ctrl+wheel zooms in around the cursor: the scene point under the cursor stays under it
            Point under = canvas.toScene(300, 100);
            double zoomBefore = canvas.zoom();
            Event wheel = new Event();
            wheel.x = 300;
            wheel.y = 100;
            wheel.count = 3;
            wheel.stateMask = SWT.MOD1;
            for (int i = 0; i < 5; i++) {
                canvas.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
            }
            assertTrue(canvas.zoom() > zoomBefore);
            Point still = canvas.toScene(300, 100);
            assertEquals(under.x(), still.x(), 1 / canvas.zoom());
            assertEquals(under.y(), still.y(), 1 / canvas.zoom());
        } finally {
            Ui.close(editor);
        }
    }
}
