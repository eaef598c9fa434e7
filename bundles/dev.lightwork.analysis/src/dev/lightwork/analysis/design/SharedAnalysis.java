package dev.lightwork.analysis.design;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/**
 * The one live analysis of an open design, kept on the design as an EMF adapter: the editor pages, the analysis
 * views, the diagram pages and the markers fetch it with {@link #of} and so never analyse the same design twice.
 * It wraps a {@link LiveDesignAnalysis} (incremental) and tells listeners after every model change, on the thread
 * that edited the model; listeners re-read {@link #analysis()} when they like (the UI debounces). The application
 * has one {@link #analyzer()} (and so one reference library).
 */
public final class SharedAnalysis extends EContentAdapter {

    private static volatile DesignAnalyzer analyzer;

    private final TransceiverDesign design;
    private final LiveDesignAnalysis live;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private SharedAnalysis(TransceiverDesign design) {
        this.design = design;
        // added before this adapter, so the incremental analysis has recorded an edit when listeners hear of it
        this.live = new LiveDesignAnalysis(analyzer(), design);
    }

    /** The application's analyzer over the one reference library (both immutable and thread-safe). */
    public static DesignAnalyzer analyzer() {
        DesignAnalyzer a = analyzer;
        if (a == null) {
            synchronized (SharedAnalysis.class) {
                if (analyzer == null) {
                    analyzer = new DesignAnalyzer(ReferenceLibrary.load());
                }
                a = analyzer;
            }
        }
        return a;
    }

    /** The live analysis of {@code design}, created and attached on first use. Call it on the editing thread. */
    public static SharedAnalysis of(TransceiverDesign design) {
        for (Adapter a : design.eAdapters()) {
            if (a instanceof SharedAnalysis shared) {
                return shared;
            }
        }
        SharedAnalysis shared = new SharedAnalysis(design);
        design.eAdapters().add(shared);
        return shared;
    }

    /** The live analysis if one is attached, else null (for callers that must not start one). */
    public static SharedAnalysis existing(TransceiverDesign design) {
        for (Adapter a : design.eAdapters()) {
            if (a instanceof SharedAnalysis shared) {
                return shared;
            }
        }
        return null;
    }

    public TransceiverDesign design() {
        return design;
    }

    /** The analysis of the model as it is now (re-evaluates only what changed since the last call). */
    public DesignAnalysis analysis() {
        return live.analysis();
    }

    /** What the last {@link #analysis()} call recomputed. */
    public LiveDesignAnalysis.Refresh lastRefresh() {
        return live.lastRefresh();
    }

    /** {@code onChange} runs after every model change of the design (not after touches). */
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    public void removeListener(Runnable onChange) {
        listeners.remove(onChange);
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (!n.isTouch() && n.getEventType() != Notification.REMOVING_ADAPTER) {
            for (Runnable l : listeners) {
                l.run();
            }
        }
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == SharedAnalysis.class;
    }
}
