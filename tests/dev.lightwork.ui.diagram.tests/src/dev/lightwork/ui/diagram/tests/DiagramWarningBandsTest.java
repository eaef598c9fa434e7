package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DiagramEditor;
import dev.lightwork.ui.diagram.WarningBands;

/**
 * Defect: the diagram pages coloured lanes with the default 1 dB warning band while the Link Budget table used the
 * user's preference, so a lane could be amber in the table and green on the diagram. Fixture: the 400G DR4 reference
 * design (every lane passes with a few dB of margin) and a 20 dB margin band in the preferences.
 */
class DiagramWarningBandsTest {

    @TempDir
    Path dir;

    @Test
    void diagramPagesIgnoredTheUsersWarningBands() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(WarningBands.QUALIFIER);
        DiagramEditor editor = Ui.open(file);
        try {
            editor.showKind(DiagramKind.ARCHITECTURE);
            Ui.spin();
            List<Lane> lanes = editor.design().getLanes();
            for (Lane lane : lanes) {
                assertEquals(Palette.PASS_FILL, rowFill(editor, lane), "with the default band " + lane.getId() + " is green");
            }
            // the user widens the band: the open diagram recolours at once, as the table does
            prefs.putDouble(WarningBands.MARGIN_KEY, 20);
            Ui.settle(200);
            for (Lane lane : lanes) {
                assertEquals(Palette.WARN_FILL, rowFill(editor, lane), lane.getId() + " is within 20 dB of the required margin: amber");
            }
            // thermal: a 200 K band puts every node with a limit in the amber band
            prefs.putDouble(WarningBands.THERMAL_KEY, 200);
            editor.showKind(DiagramKind.THERMAL);
            Ui.settle(200);
            List<SceneNode> limited = editor.viewer().scene().nodes().stream()
                    .filter(n -> n.target() instanceof dev.lightwork.model.ThermalNode t && !t.isBoundary()
                            && editor.viewer().analysis().thermal().limitC().get(t.getId()) != null)
                    .toList();
            assertFalse(limited.isEmpty(), "the DR4 thermal network has nodes with limits");
            for (SceneNode n : limited) {
                assertEquals(Palette.WARN_FILL, n.style().fill(), n.id() + " is within 200 K of its limit");
            }
            Ui.capture(editor.getSite().getShell(), "diagram-warning-bands-20dB-200K");
        } finally {
            prefs.remove(WarningBands.MARGIN_KEY);
            prefs.remove(WarningBands.THERMAL_KEY);
            Ui.close(editor);
        }
    }

    private static Rgb rowFill(DiagramEditor editor, Lane lane) {
        return editor.viewer().scene().nodes().stream().filter(n -> n.target() == lane && n.isContainer()).findFirst().orElseThrow().style().fill();
    }
}
