package dev.lightwork.ui.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.StudyCancelledException;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.TradeStudySolver;
import dev.lightwork.yield.FrontYield;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;

/**
 * One solver run of a trade study as an Eclipse job (progress in the Progress view and the status line, cancel
 * from there or from the Trade Study view). The solver works on a copy of the design taken on the UI thread when
 * the job is made, so the user may keep editing the design while it runs. Failures never escape as an error
 * dialog: the outcome ({@link #result()}, {@link #failure()}, {@link #cancelled()}) is shown by the view.
 */
public final class TradeStudyJob extends Job {

    /** Job family of all trade-study runs (tests and shutdown wait on it). */
    public static final Object FAMILY = TradeStudyJob.class;

    private final TransceiverDesign design;
    private final TradeStudy study;
    private final double timeLimitS;
    private final Consumer<String> status;
    private volatile StudyResult result;
    private volatile java.util.List<FrontYield.PointYield> yields = java.util.List.of();
    private volatile RuntimeException failure;
    private volatile boolean cancelled;

    /** Must be called on the thread that owns the design (the UI thread): it copies the design. */
    TradeStudyJob(TransceiverDesign design, TradeStudy study, double timeLimitS, Consumer<String> status) {
        super("Trade study " + label(study) + " of " + design.getId());
        this.design = EcoreUtil.copy(design);
        this.study = this.design.getTradeStudies().get(design.getTradeStudies().indexOf(study));
        this.timeLimitS = timeLimitS;
        this.status = status;
    }

    static String label(TradeStudy study) {
        return study.getId() != null ? study.getId() : study.getName() != null ? study.getName() : "(unnamed)";
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            result = new TradeStudySolver(LiveAnalysis.analyzer()).explore(design, study, timeLimitS, new JobProgress(monitor, getName(), status));
            if (result.feasible() && design.getYieldStudy() != null && !monitor.isCanceled()) {
                // issue 17: the front re-ranked by Monte Carlo yield and cost per good module (FrontYield), as lightwork explore --yield-samples
                status.accept("Yield of the " + result.front().size() + " front designs (" + FRONT_YIELD_SAMPLES + " modules each) ...");
                long seed = design.getYieldStudy().getSeed() != null ? design.getYieldStudy().getSeed() : 1L;
                yields = FrontYield.of(result.front().stream().map(dev.lightwork.solver.ParetoPoint::design).toList(), LiveAnalysis.analyzer(),
                        ToleranceDefaults.load(), null, FRONT_YIELD_SAMPLES, seed, Runtime.getRuntime().availableProcessors(), null,
                        new YieldEngine.Monitor() {
                            @Override
                            public boolean isCancelled() {
                                return monitor.isCanceled();
                            }
                        });
            }
            return Status.OK_STATUS;
        } catch (java.util.concurrent.CancellationException e) {
            return Status.OK_STATUS; // the front stands; its yields were cancelled
        } catch (StudyCancelledException e) {
            cancelled = true;
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // StudyInputException (a study the solver cannot read) or a solver fault: the view says which
            failure = e;
            ILog.of(getClass()).warn("Trade study " + label(study) + " failed: " + e.getMessage(), e);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The front (exact, or partial when stopped); null when the run failed or was cancelled before the search. */
    public StudyResult result() {
        return result;
    }

    public RuntimeException failure() {
        return failure;
    }

    /** Cancelled before the search found anything (a cancel during the search gives a partial result instead). */
    public boolean cancelled() {
        return cancelled;
    }

    /** Per front point (same order), its Monte Carlo yield; empty without a yield study or when cancelled. */
    public java.util.List<FrontYield.PointYield> yields() {
        return yields;
    }

    /** Modules per front design for the view's yield columns (the command line's --yield-samples sets its own). */
    static final int FRONT_YIELD_SAMPLES = 1000;

    public String studyId() {
        return label(study);
    }
}
