package dev.lightwork.ui.views;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.design.LiveDesignAnalysis;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/**
 * Keeps the analysis of one design current: analyses it when followed, watches every object of the design with
 * an {@link EContentAdapter} and re-analyses {@value #DEBOUNCE_MS} ms after the last edit (a burst of edits, e.g.
 * one compound command or typing in a property, costs one analysis). Results are delivered on the UI thread.
 */
public final class LiveAnalysis {

    /** Quiet time after an edit before re-analysing. */
    public static final int DEBOUNCE_MS = 150;

    private static DesignAnalyzer analyzer;

    private final Display display;
    private final Consumer<DesignAnalysis> onResult;
    private final Consumer<RuntimeException> onError;
    private final Runnable reanalyse = this::analyseNow;
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                schedule();
            }
        }
    };
    private TransceiverDesign design;
    /** Re-evaluates only what an edit touched (the lanes of an edited part, power, thermal). */
    private LiveDesignAnalysis incremental;
    private DesignAnalysis current;

    /** {@code onError} gets a failure of the analysis itself (a bug, or reference data that cannot be read). */
    public LiveAnalysis(Display display, Consumer<DesignAnalysis> onResult, Consumer<RuntimeException> onError) {
        this.display = display;
        this.onResult = onResult;
        this.onError = onError;
    }

    /** One analyzer for all views: it is stateless, and the reference library is loaded once. */
    public static synchronized DesignAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        }
        return analyzer;
    }

    public TransceiverDesign design() {
        return design;
    }

    public DesignAnalysis current() {
        return current;
    }

    /** Follows {@code next} (analysing it at once); following the same design again does nothing. */
    public void follow(TransceiverDesign next) {
        if (next == design) {
            return;
        }
        stopWatching();
        design = next;
        if (design != null) {
            incremental = new LiveDesignAnalysis(analyzer(), design);
            design.eAdapters().add(watcher);
        }
        analyseNow();
    }

    private void schedule() {
        if (display.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == display) {
            display.timerExec(DEBOUNCE_MS, reanalyse); // the same runnable again restarts the timer
        } else {
            display.asyncExec(() -> display.timerExec(DEBOUNCE_MS, reanalyse));
        }
    }

    private void analyseNow() {
        if (display.isDisposed()) {
            return;
        }
        display.timerExec(-1, reanalyse);
        try {
            current = incremental == null ? null : incremental.analysis();
        } catch (RuntimeException e) {
            current = null;
            onError.accept(e);
            return;
        }
        onResult.accept(current);
    }

    private void stopWatching() {
        if (design != null) {
            design.eAdapters().remove(watcher);
        }
        if (incremental != null) {
            incremental.close();
            incremental = null;
        }
    }

    public void dispose() {
        stopWatching();
        if (!display.isDisposed()) {
            display.timerExec(-1, reanalyse);
        }
        design = null;
        current = null;
    }
}
