package dev.lightwork.ui.help;

import java.net.URL;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help UI ({@code org.eclipse.ui.helpSupport}): Help Contents, Search, F1 / Show Contextual Help and
 * links to topics. Where SWT can embed a browser (WebKitGTK on Linux) and {@code org.eclipse.help.ui} is installed,
 * each request goes to Eclipse's own help UI: the help window (table of contents, topics rendered by the help web
 * application on Jetty, search) and the Help view (search, context help with the topics of the active editor's or
 * view's context). Otherwise the guide opens in the Forms {@link HelpView}, so help works on machines without a browser
 * engine. The choice is made on the first help request, never at start-up.
 */
public final class LightworkHelpUI extends AbstractHelpUI {

    private final BooleanSupplier browserAvailable;
    private final Supplier<AbstractHelpUI> platformFactory;
    private AbstractHelpUI platform;
    private boolean chosen;

    public LightworkHelpUI() {
        // no browser probe (it loads WebKit) where Eclipse's help UI is not installed anyway
        this(() -> PlatformHelpUI.installed() && EmbeddedBrowser.available(), PlatformHelpUI::create);
    }

    /**
     * With the browser probe and Eclipse's help UI given: the workbench uses {@link #LightworkHelpUI()}; tests show the
     * fallback of a machine without a browser engine.
     */
    public LightworkHelpUI(BooleanSupplier browserAvailable, Supplier<AbstractHelpUI> platformFactory) {
        this.browserAvailable = browserAvailable;
        this.platformFactory = platformFactory;
    }

    /** Eclipse's help UI when it can show topics here, else null (the Help view is used). */
    public AbstractHelpUI platform() {
        if (!chosen) {
            chosen = true;
            platform = browserAvailable.getAsBoolean() ? platformFactory.get() : null;
        }
        return platform;
    }

    @Override
    public void displayHelp() {
        if (platform() != null) {
            // the help window opened on the guide's Getting started (the help system's own home page is a generic
            // Eclipse page)
            platform.displayHelpResource(Topics.HOME);
            return;
        }
        HelpView view = show(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.showTopic(null);
        }
    }

    @Override
    public void displaySearch() {
        if (platform() != null) {
            platform.displaySearch();
            return;
        }
        HelpView view = show(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.focusSearch();
        }
    }

    @Override
    public void displayDynamicHelp() {
        IWorkbenchPart part = activePart();
        IContext context = part == null ? null : HelpContexts.forPart(part.getSite().getId());
        if (platform() != null) {
            // the guide's context of the part (parts carry no help ids of their own): its description and topics
            if (context != null) {
                Point cursor = Display.getCurrent().getCursorLocation();
                platform.displayContext(context, cursor.x, cursor.y);
            } else {
                platform.displayDynamicHelp();
            }
            return;
        }
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
        if (platform() != null) {
            platform.search(expression);
            return;
        }
        HelpView view = show(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.search(expression);
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        if (platform() != null) {
            platform.displayContext(context, x, y);
            return;
        }
        HelpView view = show(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            view.showContext(context, null);
        }
    }

    @Override
    public void displayHelpResource(String href) {
        if (platform() != null) {
            platform.displayHelpResource(href);
            return;
        }
        HelpView view = show(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            view.showTopic(href);
        }
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return platform != null && platform.isContextHelpDisplayed();
    }

    @Override
    public URL resolve(String href, boolean documentOnly) {
        // the help server's URL where Eclipse's help UI shows topics (the choice needs the UI thread); else the bundle entry
        AbstractHelpUI help = chosen || Display.getCurrent() == null ? platform : platform();
        return help != null ? help.resolve(href, documentOnly) : Topics.url(href);
    }

    /**
     * Shows a topic of the guide in a Help view beside the editor area (the first-start welcome, next to the example it
     * opens), not in a window of its own: Eclipse's Help view where its help UI is used, else the Forms view.
     */
    public static void showBeside(String href) {
        if (PlatformHelpUI.installed() && EmbeddedBrowser.available()) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            try {
                IViewPart view = window == null || window.getActivePage() == null ? null
                        : window.getActivePage().showView(PLATFORM_HELP_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
                if (view != null) {
                    // the view's way to show a topic in place is its showHelp(String), which is not API: looked up, and
                    // the help window is used if a later Eclipse drops it
                    view.getClass().getMethod("showHelp", String.class).invoke(view, href);
                    return;
                }
            } catch (PartInitException | ReflectiveOperationException | RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(LightworkHelpUI.class).warn("The Help view cannot show " + href + "; it opens in the help window", e);
            }
            PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(href);
            return;
        }
        HelpView view = show(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            view.showTopic(href);
        }
    }

    /** Eclipse's Help view ({@code org.eclipse.help.ui}): F1 in it asks about the editor, as in our Help view. */
    static final String PLATFORM_HELP_VIEW = "org.eclipse.help.ui.HelpView";

    /** The active part other than a Help view. */
    private static IWorkbenchPart activePart() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        IWorkbenchPartReference ref = page.getActivePartReference();
        IWorkbenchPart part = ref == null ? null : ref.getPart(false);
        if (part instanceof HelpView || part != null && PLATFORM_HELP_VIEW.equals(part.getSite().getId())) {
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
