package dev.lightwork.solver;

/**
 * Progress and cancellation for long studies, in the shape of Eclipse's IProgressMonitor but plain Java so the
 * solver runs headless; a UI adapts its own monitor to it. All methods may be called from the solving thread.
 */
public interface ProgressMonitor {

    /** A monitor that reports nothing and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
    };

    /** A new phase of the work ({@code totalWork} units, or -1 when unknown). */
    default void beginTask(String name, int totalWork) {
    }

    /** {@code units} more units of the current phase are done. */
    default void worked(int units) {
    }

    /** A one-line status, e.g. "12 Pareto points so far". */
    default void subTask(String message) {
    }

    /** Polled by the solver; returning true stops it and returns the front found so far, marked partial. */
    default boolean isCanceled() {
        return false;
    }
}
