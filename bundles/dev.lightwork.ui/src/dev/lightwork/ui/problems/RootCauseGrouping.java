package dev.lightwork.ui.problems;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;

/**
 * Makes "Root Cause" (plugin.xml's marker grouping: a design's consequences in the category of their root cause) the
 * Problems view's grouping when the Lightwork perspective lays the view out for the first time. The IDE's marker
 * support has no way to name a default grouping for a view it owns; a view reads its grouping from its saved state (the
 * part's "memento", written by the view on every save), so the view's shared part starts with a state naming this
 * grouping. A state the view already has (the user's own Group By choice) is kept.
 */
public final class RootCauseGrouping {

    /** The grouping's id in plugin.xml. */
    public static final String ID = "dev.lightwork.ui.rootCauseGrouping";
    /** The view's saved state as the Eclipse 3.x view compatibility layer keeps it (persisted state key "memento"). */
    private static final String STATE_KEY = "memento";
    static final String INITIAL_STATE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<view categoryGroup=\"" + ID
            + "\" markerContentGenerator=\"org.eclipse.ui.ide.problemsGenerator\"/>";

    private RootCauseGrouping() {
    }

    /** Called by the perspective before it places the Problems view; without a workbench model it does nothing. */
    public static void makeDefault() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
        if (application == null) {
            return;
        }
        for (MWindow window : application.getChildren()) {
            IEclipseContext context = window.getContext();
            MPart part = sharedProblemsView(window);
            if (part == null && context != null && context.get(EPartService.class) != null) {
                // the perspective asks the part service for this shared part next and gets this one, state included
                MPlaceholder placeholder = context.get(EPartService.class).createSharedPart(IPageLayout.ID_PROBLEM_VIEW);
                part = placeholder != null && placeholder.getRef() instanceof MPart p ? p : null;
            }
            if (part != null) {
                part.getPersistedState().putIfAbsent(STATE_KEY, INITIAL_STATE);
            }
        }
    }

    private static MPart sharedProblemsView(MWindow window) {
        for (MUIElement e : window.getSharedElements()) {
            if (e instanceof MPart p && IPageLayout.ID_PROBLEM_VIEW.equals(p.getElementId())) {
                return p;
            }
        }
        return null;
    }
}
