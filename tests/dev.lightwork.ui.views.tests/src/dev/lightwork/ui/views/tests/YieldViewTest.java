package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.YieldJob;
import dev.lightwork.ui.views.YieldView;
import dev.lightwork.yield.YieldResult;

/** The Yield view: a study run as a job shows yield and interval, the margin histogram and the contributors. */
class YieldViewTest {

    @Test
    void runShowsYieldHistogramAndContributors() throws Exception {
        YieldView view = Workbench.show(YieldView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        dr4.getYieldStudy().setSamples(4000);
        Workbench.select(view, dr4.getLanes().get(0));
        YieldJob job = view.runStudy();
        Workbench.waitUntil("the yield job", () -> job.getResult() != null && view.result() != null);
        YieldResult r = view.result();
        assertEquals(4000, r.samples());
        assertTrue(view.statusText().startsWith("Yield "), view.statusText());
        assertTrue(view.statusText().contains("95 % CI"), view.statusText());
        long binned = java.util.Arrays.stream(view.histogramChart().chart().counts()).sum();
        assertEquals(r.samples(), binned, "every module with a known margin is in the histogram");
        // the largest contributors, labelled "element attribute" so a narrow slot wraps the label instead of cutting it
        assertEquals(Math.min(YieldView.MAX_CONTRIBUTOR_BARS, r.contributors().size()), view.contributorsChart().chart().bars().size());
        view.contributorsChart().chart().bars().forEach(b -> assertTrue(b.label().contains(" "), b.label()));
        Screenshots.capture(view.getSite().getShell(), "yield-dr4-default-layout");
        Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "yield-dr4");
        Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void cancelledRunSaysSo() throws Exception {
        YieldView view = Workbench.show(YieldView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        dr4.getYieldStudy().setSamples(5_000_000); // minutes of work: the cancel arrives while it runs
        Workbench.select(view, dr4.getLanes().get(0));
        YieldJob job = view.runStudy();
        Workbench.waitUntil("the job to start", () -> job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING);
        job.cancel();
        Workbench.waitUntil("the cancelled job to end", () -> job.getState() == org.eclipse.core.runtime.jobs.Job.NONE);
        assertTrue(job.cancelled());
        Workbench.waitUntil("the status line", () -> view.statusText().contains("cancelled"));
    }
}
