package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.views.AnalysisView;
import dev.lightwork.ui.views.LinkBudgetView;
import dev.lightwork.ui.views.PowerView;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Start-up (issue #16, 4 s to the first window): an analysis view created while the first window is still being built
 * shows its summary line at once and builds its table, charts and analysis once the window shows. It must end up
 * exactly like a view opened later: content built, its selection published to the workbench.
 */
class StartupContentTest {

    @Test
    void linkBudgetViewOfTheFirstWindowIsBuiltOnceTheWindowShowsAndPublishesItsSelection() throws Exception {
        IWorkbenchPage page = Workbench.page();
        IViewReference ref = page.findViewReference(LinkBudgetView.ID);
        assertNotNull(ref, "the design perspective holds the Link Budget view");
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        assertTrue(page.getWorkbenchWindow().getShell().isVisible());
        assertEquals(2, ((Composite) view.control()).getChildren().length, "summary line and content");
        assertNotNull(view.table());
        // the selection provider is the site's from the part's creation on (the workbench hooks it only then)
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Workbench.select(view, dr4);
        view.getSite().getPage().activate(view);
        view.setGroupIdenticalLanes(false); // one row per lane (grouping, on by default, puts the DR4's 4 lanes on one row)
        try {
            view.table().select(2);
            Workbench.spin();
            assertSame(dr4.getLanes().get(2), ((IStructuredSelection) page.getSelection()).getFirstElement());
            Screenshots.capture(view.getSite().getShell(), "startup-link-budget-built");
        } finally {
            view.setGroupIdenticalLanes(true);
        }
    }

    @Test
    void aViewOpenedInAShownWindowIsBuiltAtOnce() throws Exception {
        IWorkbenchPage page = Workbench.page();
        IViewReference power = page.findViewReference(PowerView.ID);
        if (power != null) {
            page.hideView(power);
            Workbench.spin();
        }
        AnalysisView view = (AnalysisView) page.showView(PowerView.ID);
        // no event loop run in between: nothing waits for a Show event of an already shown window
        assertEquals(2, ((Composite) view.control()).getChildren().length, "summary line and content");
    }
}
