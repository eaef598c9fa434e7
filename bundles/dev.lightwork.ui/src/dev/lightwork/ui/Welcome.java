package dev.lightwork.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.help.LightworkHelpUI;
import dev.lightwork.ui.examples.ExampleProject;

/**
 * The welcome of a new workspace (and Help > Welcome): opens the 400G-DR4 example in the design editor, selects it in
 * the Project Explorer and shows "Getting started" of the user guide beside it.
 */
public final class Welcome extends AbstractHandler {

    /** The example a newcomer sees first: the smallest complete module. */
    public static final String EXAMPLE = "400g-dr4-qsfpdd";

    /** Topic of the user guide shown with it. */
    public static final String GETTING_STARTED = "/dev.lightwork.ui.help/html/getting-started.html";

    /** {@code -Dlightwork.welcome=false} turns the first-start welcome off (UI test runs, kiosk installs). */
    static boolean enabled() {
        return !"false".equals(System.getProperty("lightwork.welcome"));
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        show(window != null ? window : PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        return null;
    }

    /** Opens the example and the guide in {@code window}; on the UI thread. */
    public static void show(IWorkbenchWindow window) {
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            IFile example = ExampleProject.create(new NullProgressMonitor()).getFile(EXAMPLE + "." + DesignFiles.EXTENSION);
            IDE.openEditor(page, example);
            IViewPart explorer = page.findView(DesignPerspective.PROJECT_EXPLORER);
            if (explorer instanceof ISetSelectionTarget target) {
                target.selectReveal(new StructuredSelection(example));
            }
        } catch (PartInitException e) {
            ILog.of(Welcome.class).error("The welcome example cannot open", e);
        } catch (org.eclipse.core.runtime.CoreException e) {
            ILog.of(Welcome.class).error("The examples project cannot be created", e);
        }
        LightworkHelpUI.showBeside(GETTING_STARTED);
    }
}
