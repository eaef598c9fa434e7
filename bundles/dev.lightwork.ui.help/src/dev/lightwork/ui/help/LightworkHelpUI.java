package dev.lightwork.ui.help;

import java.net.URL;

import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help UI ({@code org.eclipse.ui.helpSupport}): Help Contents, F1 / Show Contextual Help and links
 * to topics open the {@link HelpView}. Eclipse's own help UI renders topics through its embedded help web
 * application (JSP on Jetty), whose JSP engine is not on Maven Central; this shows the same toc.xml and contexts.xml
 * content inside the workbench.
 */
public final class LightworkHelpUI extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        HelpView view = show(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.showTopic(null);
        }
    }

    @Override
    public void displaySearch() {
        HelpView view = show(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.focusSearch();
        }
    }

    @Override
    public void displayDynamicHelp() {
        IWorkbenchPart part = activePart();
        IContext context = part == null ? null : HelpContexts.forPart(part.getSite().getId());
        // visible, not active: the part asked about keeps the focus (the Help view has its own stack)
        HelpView view = show(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            if (context != null) {
                // the context's own title ("Design editor") rather than the part's (a file name for editors)
                String title = context instanceof IContext2 titled && titled.getTitle() != null ? titled.getTitle() : part.getTitle();
                view.showContext(context, title);
            } else {
                view.showTopic(null);
            }
        }
    }

    @Override
    public void search(String expression) {
        HelpView view = show(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.search(expression);
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        HelpView view = show(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            view.showContext(context, null);
        }
    }

    @Override
    public void displayHelpResource(String href) {
        HelpView view = show(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            view.showTopic(href);
        }
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    @Override
    public URL resolve(String href, boolean documentOnly) {
        return Topics.url(href);
    }

    /** The active part other than the Help view itself. */
    private static IWorkbenchPart activePart() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        IWorkbenchPartReference ref = page.getActivePartReference();
        IWorkbenchPart part = ref == null ? null : ref.getPart(false);
        if (part instanceof HelpView) {
            return page.getActiveEditor();
        }
        return part;
    }

    private static HelpView show(int mode) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            return (HelpView) window.getActivePage().showView(HelpView.ID, null, mode);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(LightworkHelpUI.class).error("The Help view cannot open", e);
            return null;
        }
    }
}
