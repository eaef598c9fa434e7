package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DiagramEditor;

/** Screenshots of every diagram kind at 400G and CPO scale in the workbench, for reviewers to look at. */
class ScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void dr4400G() throws Exception {
        shoot("dr4-400g", ReferenceDesigns::dr4400G);
    }

    @Test
    void cpo51200G() throws Exception {
        shoot("cpo-51p2t", ReferenceDesigns::cpo51200G);
    }

    private void shoot(String name, Supplier<TransceiverDesign> design) throws Exception {
        Path file = dir.resolve(name + ".lightwork");
        DesignFiles.save(design.get(), file);
        DiagramEditor editor = Ui.open(file);
        IWorkbenchPage page = editor.getSite().getPage();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.settle(300);
        try {
            for (DiagramKind kind : DiagramKind.values()) {
                editor.showKind(kind);
                Ui.spin();
                editor.viewer().canvas().fit();
                Ui.spin();
                assertNotNull(editor.viewer().scene(), kind + " drawn");
                // what every model edit costs before the repaint: re-analysis, scene, ELK layout, manual placement
                long start = System.nanoTime();
                editor.viewer().refresh();
                System.out.println(String.format(java.util.Locale.ROOT, "refresh %s %s: %.1f ms for %d nodes", name, kind.cliName(),
                        (System.nanoTime() - start) / 1e6, editor.viewer().scene().nodes().size()));
                Path shot = Ui.capture(editor.getSite().getShell(), "diagram-editor-" + name + "-" + kind.cliName());
                assertTrue(Files.size(shot) > 5000, shot.toString());
                System.out.println("screenshot " + shot + " frame " + editor.viewer().canvas().lastFrameNanos() / 1e6 + " ms");
            }
            // close up of the architecture at 100 %: text and handles legible
            editor.showKind(DiagramKind.ARCHITECTURE);
            Ui.spin();
            editor.viewer().canvas().zoomAt(1.0, 0, 0);
            Ui.spin();
            Ui.capture(editor.getSite().getShell(), "diagram-editor-" + name + "-architecture-100pct");
        } finally {
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
            Ui.close(editor);
        }
    }
}
