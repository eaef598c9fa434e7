package dev.lightwork.ui.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.lightwork.solver.ProgressMonitor;

/**
 * The solver's plain-Java {@link ProgressMonitor} on top of an Eclipse job's monitor: phases become task names,
 * counted work advances the bar (a phase of unknown length advances it asymptotically), status lines go to the
 * job's sub-task and to {@code status} (the view's own line), and cancelling the job cancels the search.
 */
final class JobProgress implements ProgressMonitor {

    /** Ticks a phase of unknown length is divided into: each unit of work takes a thousandth of what is left. */
    private static final int UNKNOWN_PHASE_TICKS = 1000;

    private final SubMonitor progress;
    private final Consumer<String> status;
    private boolean unknownLength;

    JobProgress(IProgressMonitor monitor, String name, Consumer<String> status) {
        this.progress = SubMonitor.convert(monitor, name, UNKNOWN_PHASE_TICKS);
        this.status = status;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        unknownLength = totalWork <= 0;
        progress.setTaskName(name);
        progress.setWorkRemaining(unknownLength ? UNKNOWN_PHASE_TICKS : totalWork);
        status.accept(name);
    }

    @Override
    public void worked(int units) {
        if (unknownLength) {
            progress.setWorkRemaining(UNKNOWN_PHASE_TICKS);
        }
        progress.worked(units);
    }

    @Override
    public void subTask(String message) {
        progress.subTask(message);
        status.accept(message);
    }

    @Override
    public boolean isCanceled() {
        return progress.isCanceled();
    }
}
