package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Region;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.ui.diagram.SceneCanvas;

/**
 * Measures (logs, does not assert) the paint time per frame of a 2,000-node scene in the real canvas: full frames at
 * several zooms and the strips repainted while panning. Figures go to the test output ("frame ...").
 */
class FrameTimeTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<Double> CPU = new ArrayList<>();
    private static final int COLUMNS = 50;
    private static final int ROWS = 40;

    @Test
    void twoThousandNodesPanAndZoom() throws Exception {
        Scene scene = grid();
        assertEquals(COLUMNS * ROWS, scene.nodes().size());
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        try {
            SceneCanvas canvas = new SceneCanvas(shell);
            shell.open();
            canvas.setScene(scene, null);
            Ui.spin();
            report("fit (all 2000 nodes visible)", fullFrames(canvas, () -> canvas.fit()));
            report("zoom 0.5", fullFrames(canvas, () -> canvas.zoomAt(0.5, 0, 0)));
            report("zoom 1.0", fullFrames(canvas, () -> canvas.zoomAt(1.0, 0, 0)));
            report("zoom 2.0", fullFrames(canvas, () -> canvas.zoomAt(2.0, 0, 0)));
            canvas.zoomAt(1.0, 0, 0);
            Ui.spin();
            List<Double> pans = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // a diagonal pan step: the canvas blits what it has and repaints the uncovered L-shaped strip
                canvas.scrollTo(canvas.originX() + 25, canvas.originY() + 15);
                Rectangle area = canvas.control().getClientArea();
                Region strip = new Region(display);
                strip.add(new Rectangle(area.width - 25, 0, 25, area.height));
                strip.add(new Rectangle(0, area.height - 15, area.width, 15));
                pans.add(frame(canvas, area, strip));
                strip.dispose();
            }
            report("pan step 25x15 px at zoom 1 (strip repaint after blit)", pans);
            List<Double> zooms = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                canvas.zoomAt(canvas.zoom() * (i < 10 ? 1.15 : 1 / 1.15), 640, 400);
                zooms.add(frame(canvas, canvas.control().getClientArea(), null));
            }
            report("ctrl+wheel zoom steps around the cursor", zooms);
            Ui.capture(shell, "diagram-frame-2000-nodes");
            assertTrue(canvas.lastFrameNanos() > 0);
        } finally {
            shell.dispose();
        }
    }

    private static List<Double> fullFrames(SceneCanvas canvas, Runnable setup) {
        setup.run();
        Ui.spin();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            out.add(frame(canvas, canvas.control().getClientArea(), null));
        }
        return out;
    }

    /** Paints one frame exactly as the paint listener does, into an off-screen image the size of the canvas. */
    private static double frame(SceneCanvas canvas, Rectangle area, Region damaged) {
        Image image = new Image(canvas.control().getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        try {
            if (damaged != null) {
                gc.setClipping(damaged);
            }
            Rectangle bounds = damaged != null ? damaged.getBounds() : new Rectangle(0, 0, area.width, area.height);
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            canvas.paintFrame(gc, bounds);
            long wall = System.nanoTime() - start;
            CPU.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
            return wall / 1e6;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void report(String what, List<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] c = CPU.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        CPU.clear();
        System.out.println(String.format(Locale.ROOT,
                "frame %s: wall median %.2f ms, p90 %.2f ms, max %.2f ms; UI-thread CPU median %.2f ms, p90 %.2f ms over %d frames", what,
                v[v.length / 2], v[(int) Math.floor(v.length * 0.9)], v[v.length - 1], c[c.length / 2], c[(int) Math.floor(c.length * 0.9)],
                v.length));
    }

    /** 50 x 40 boxes of three label lines with an edge to the right neighbour: a CPO-sized architecture. */
    private static Scene grid() {
        Scene scene = new Scene("2,000-node frame-time scene", List.of("synthetic: 50 x 40 parts"), List.of());
        SceneNode[][] nodes = new SceneNode[ROWS][COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                SceneNode n = new SceneNode("n" + r + "-" + c, null, null, List.of("Laser", "EML " + r + "." + c, "2.1 dBm · 1311 nm"),
                        (r + c) % 7 == 0 ? Palette.FAIL : Palette.NEUTRAL, null);
                n.setBounds(new Rect(20 + c * 150, 60 + r * 80, 120, 52));
                scene.addRoot(n);
                nodes[r][c] = n;
            }
        }
        for (int r = 0; r < ROWS; r++) {
            for (int c = 1; c < COLUMNS; c++) {
                SceneEdge e = new SceneEdge("e" + r + "-" + c, null, null, nodes[r][c - 1], null, nodes[r][c], null, List.of(), Palette.OPTICAL);
                Rect a = nodes[r][c - 1].bounds();
                Rect b = nodes[r][c].bounds();
                e.setRoute(List.of(new Point(a.maxX(), a.y() + 26), new Point(b.x(), b.y() + 26)));
                scene.addEdge(e);
            }
        }
        scene.setFrame(20 + COLUMNS * 150, 60 + ROWS * 80 + 20, new Rect(16, 16, 300, 30), new Rect(0, 0, 0, 0));
        return scene;
    }
}
