package dev.lightwork.ui.help;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Whether SWT can embed a web browser here (on Linux: WebKitGTK installed). Eclipse's help window and the Help view's
 * topic pane need one; without it the guide is shown in the Forms {@link HelpView}. Asked once per session, on the
 * first help request (creating a browser loads WebKit, so never at start-up).
 */
final class EmbeddedBrowser {

    private static Boolean available;

    private EmbeddedBrowser() {
    }

    /** True when an SWT {@link Browser} can be created; on the UI thread. */
    static synchronized boolean available() {
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        Display display = Display.getCurrent();
        if (display == null) {
            return false;
        }
        Shell shell = new Shell(display);
        try {
            new Browser(shell, SWT.NONE).dispose();
            return true;
        } catch (SWTError | LinkageError e) {
            // SWT reports a missing WebKitGTK as "No more handles" (SWTError), a broken install as a LinkageError
            org.eclipse.core.runtime.ILog.of(EmbeddedBrowser.class)
                    .info("No embedded browser (" + e.getMessage() + "): the user guide opens in the Help view");
            return false;
        } finally {
            shell.dispose();
        }
    }
}
