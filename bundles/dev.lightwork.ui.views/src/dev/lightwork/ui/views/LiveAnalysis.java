package dev.lightwork.ui.views;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.model.TransceiverDesign;

/**
 * Keeps a view's analysis of one design current: follows the design's one {@link SharedAnalysis} (shared with the
 * editor pages, the diagrams and the other views) and re-reads it {@value #DEBOUNCE_MS} ms after the last edit (a
 * burst of edits, e.g. one compound command or typing in a property, costs one refresh). Results are delivered on
 * the UI thread.
 */
public final class LiveAnalysis {

    /** Quiet time after an edit before re-analysing. */
    public static final int DEBOUNCE_MS = 150;

    private final Display display;
    private final Consumer<DesignAnalysis> onResult;
    private final Consumer<RuntimeException> onError;
    private final Runnable reanalyse = this::analyseNow;
    private final Runnable changed = this::schedule;
    private TransceiverDesign design;
    private SharedAnalysis shared;
    private DesignAnalysis current;

    /** {@code onError} gets a failure of the analysis itself (a bug, or reference data that cannot be read). */
    public LiveAnalysis(Display display, Consumer<DesignAnalysis> onResult, Consumer<RuntimeException> onError) {
        this.display = display;
        this.onResult = onResult;
        this.onError = onError;
    }

    /** The application's one analyzer (see {@link SharedAnalysis#analyzer()}). */
    public static DesignAnalyzer analyzer() {
        return SharedAnalysis.analyzer();
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
            shared = SharedAnalysis.of(design);
            shared.addListener(changed);
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
            current = shared == null ? null : shared.analysis();
        } catch (RuntimeException e) {
            current = null;
            onError.accept(e);
            return;
        }
        onResult.accept(current);
    }

    private void stopWatching() {
        if (shared != null) {
            shared.removeListener(changed);
            shared = null;
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
