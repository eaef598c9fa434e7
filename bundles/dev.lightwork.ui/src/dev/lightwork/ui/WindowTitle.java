package dev.lightwork.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The window title as in the Eclipse IDE: the workspace, the active design and the product name, e.g.
 * "lightwork-workspace - 400g-dr4-qsfpdd.lightwork - Lightwork", so several windows and workspaces are told apart.
 */
public final class WindowTitle {

    private WindowTitle() {
    }

    /** Keeps {@code window}'s title on its active editor. */
    public static void follow(IWorkbenchWindow window) {
        IPartListener2 listener = new IPartListener2() {
            @Override
            public void partActivated(IWorkbenchPartReference ref) {
                update(window);
            }

            @Override
            public void partBroughtToTop(IWorkbenchPartReference ref) {
                update(window);
            }

            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                update(window);
            }
        };
        window.getPartService().addPartListener(listener);
        update(window);
    }

    static void update(IWorkbenchWindow window) {
        Shell shell = window.getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        String title = of(workspaceName(), editor == null ? null : editor.getTitle());
        if (!title.equals(shell.getText())) {
            shell.setText(title);
        }
    }

    /** "workspace - design - Lightwork", leaving out what is not there. */
    public static String of(String workspace, String design) {
        StringBuilder b = new StringBuilder();
        if (workspace != null && !workspace.isEmpty()) {
            b.append(workspace).append(" - ");
        }
        if (design != null && !design.isEmpty()) {
            b.append(design).append(" - ");
        }
        return b.append(LightworkApplication.WINDOW_TITLE).toString();
    }

    static String workspaceName() {
        IPath location = ResourcesPlugin.getWorkspace().getRoot().getLocation();
        return location == null ? null : location.lastSegment();
    }
}
