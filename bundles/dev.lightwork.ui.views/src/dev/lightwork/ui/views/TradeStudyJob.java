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
            return Status.OK_STATUS;
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

    public String studyId() {
        return label(study);
    }
}
