package dev.lightwork.ui.diagram.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;

import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.ui.diagram.DiagramEditor;
import dev.lightwork.ui.diagram.SceneCanvas;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Synthesized input for the UI tests: SWT events delivered to the widgets' listeners with
 * {@link Control#notifyListeners} (deterministic under Xvfb, independent of window focus and pointer position),
 * event-loop spinning and screenshots.
 */
final class Ui {

    private Ui() {
    }

    /** Runs the event loop until idle (the viewer refreshes asynchronously after model changes). */
    static void spin() {
        Display d = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (d.readAndDispatch()) {
                // drain
            }
        }
    }

    /** Spins for {@code millis} (window-manager round trips such as maximizing take a few event rounds). */
    static void settle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            spin();
            Thread.sleep(20);
        }
    }

    static DiagramEditor open(Path design) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DiagramEditor editor = (DiagramEditor) page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(design.toUri())),
                DiagramEditor.ID);
        spin();
        return editor;
    }

    static void close(DiagramEditor editor) {
        editor.getSite().getPage().closeEditor(editor, false);
        spin();
    }

    static void mouse(Control c, int type, int x, int y, int button, int state) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = state;
        e.count = type == SWT.MouseDoubleClick ? 2 : 1;
        c.notifyListeners(type, e);
    }

    static org.eclipse.swt.graphics.Point pixel(SceneCanvas canvas, Point p) {
        return canvas.toPixel(p);
    }

    static Point centre(Rect r) {
        return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }

    static void click(SceneCanvas canvas, Point at) {
        org.eclipse.swt.graphics.Point p = pixel(canvas, at);
        mouse(canvas.control(), SWT.MouseDown, p.x, p.y, 1, 0);
        mouse(canvas.control(), SWT.MouseUp, p.x, p.y, 1, 0);
        spin();
    }

    static void press(SceneCanvas canvas, Point at) {
        org.eclipse.swt.graphics.Point p = pixel(canvas, at);
        mouse(canvas.control(), SWT.MouseDown, p.x, p.y, 1, 0);
    }

    /** Moves the pressed mouse to {@code to} in a few steps, as a hand would. */
    static void moveTo(SceneCanvas canvas, org.eclipse.swt.graphics.Point from, org.eclipse.swt.graphics.Point to) {
        for (int i = 1; i <= 4; i++) {
            mouse(canvas.control(), SWT.MouseMove, from.x + (to.x - from.x) * i / 4, from.y + (to.y - from.y) * i / 4, 0, SWT.BUTTON1);
        }
    }

    static void release(SceneCanvas canvas, org.eclipse.swt.graphics.Point at) {
        mouse(canvas.control(), SWT.MouseUp, at.x, at.y, 1, 0);
        spin();
    }

    static void drag(SceneCanvas canvas, org.eclipse.swt.graphics.Point from, org.eclipse.swt.graphics.Point to) {
        mouse(canvas.control(), SWT.MouseDown, from.x, from.y, 1, 0);
        moveTo(canvas, from, to);
        release(canvas, to);
    }

    static void key(Control c, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = keyCode == SWT.DEL ? (char) 127 : 0;
        c.notifyListeners(SWT.KeyDown, e);
        spin();
    }

    /** Presses a palette button as a click would (radio selection plus its Selection event). */
    static void choose(ToolItem item) {
        for (ToolItem other : item.getParent().getItems()) {
            other.setSelection(other == item);
        }
        item.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** PNG of the shell as it is on screen (shared with the other UI test bundles). */
    /**
     * Answers the next catalogue picker as a user would: waits for the "Choose ..." dialog a create tool opens, selects
     * the first part shown (after typing {@code filter}, may be null), optionally captures the dialog as {@code screenshot},
     * and presses Use Part. Returns the chosen part's id once answered (read it after the click that opened the dialog).
     */
    static String[] answerPicker(String filter, String screenshot) {
        Display display = Display.getCurrent();
        String[] chosen = new String[1];
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            Shell dialog = java.util.Arrays.stream(display.getShells())
                    .filter(sh -> !sh.isDisposed() && sh.getText() != null && sh.getText().startsWith("Choose ")).findFirst().orElse(null);
            if (dialog == null) {
                display.timerExec(100, answer[0]);
                return;
            }
            if (filter != null) {
                all(dialog, org.eclipse.swt.widgets.Text.class).get(0).setText(filter);
            }
            org.eclipse.swt.widgets.Table table = all(dialog, org.eclipse.swt.widgets.Table.class).get(0);
            table.select(0);
            table.notifyListeners(SWT.Selection, new Event());
            chosen[0] = table.getItem(0).getText(0);
            if (screenshot != null) {
                try {
                    capture(dialog, screenshot);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            all(dialog, org.eclipse.swt.widgets.Button.class).stream().filter(b -> "Use Part".equals(b.getText().replace("&", ""))).findFirst()
                    .orElseThrow().notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(100, answer[0]);
        return chosen;
    }

    private static <T extends Control> java.util.List<T> all(org.eclipse.swt.widgets.Composite root, Class<T> type) {
        java.util.List<T> out = new java.util.ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof org.eclipse.swt.widgets.Composite k) {
                out.addAll(all(k, type));
            }
        }
        return out;
    }

    static Path capture(Shell shell, String name) throws IOException {
        return Screenshots.capture(shell, name);
    }
}
