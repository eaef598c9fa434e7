package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.LinkBudgetView;

/**
 * The Link Budget view at the size the default perspective gives it (not maximised): the waterfall and the BER curve
 * get enough room for their labels (README known gap: labels were ellipsized and the BER curve's reference labels
 * overlapped). The screenshot is what a user sees on first start.
 */
class DefaultLayoutChartsTest {

    @Test
    void waterfallAndBerCurveAtTheDefaultSize() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.resetPerspective();
        Workbench.spin();
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Workbench.select(view, dr4);
        Workbench.spin();
        Point waterfall = view.waterfall().control().getSize();
        Point ber = view.berCurve().control().getSize();
        System.out.println("Default layout: waterfall " + waterfall + ", BER curve " + ber + ", shell " + view.getSite().getShell().getSize());
        Screenshots.capture(view.getSite().getShell(), "link-budget-default-layout");
        assertTrue(waterfall.x > 0 && ber.x > 0);
    }
}
