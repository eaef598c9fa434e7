package dev.lightwork.ui.views;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.yield.CompiledModule;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;

/**
 * One yield study as an Eclipse job (progress in the Progress view and status line; cancel there or from the Yield
 * view). Works on a copy of the design taken on the UI thread, so editing may go on; the outcome is shown by the view.
 */
public final class YieldJob extends Job {

    public static final Object FAMILY = YieldJob.class;

    private final TransceiverDesign design;
    private final Path baseDir;
    private final Consumer<YieldJob> done;
    private volatile YieldResult result;
    private volatile String failure;
    private volatile boolean cancelled;

    /** Must be called on the thread that owns the design (the UI thread): it copies the design. */
    YieldJob(TransceiverDesign design, Path baseDir, Consumer<YieldJob> done) {
        super("Yield study of " + design.getId());
        this.design = EcoreUtil.copy(design);
        this.baseDir = baseDir;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            CompiledModule module = CompiledModule.compile(design, LiveAnalysis.analyzer(), ToleranceDefaults.load(), baseDir);
            if (monitor.isCanceled()) {
                throw new CancellationException("cancelled while compiling");
            }
            YieldEngine.Settings settings = YieldEngine.settings(design, null, null, null, Runtime.getRuntime().availableProcessors());
            monitor.beginTask(getName(), settings.samples());
            int[] reported = {0};
            result = YieldEngine.run(module, settings, new YieldEngine.Monitor() {
                @Override
                public synchronized void done(int samplesDone, int samplesTotal) {
                    monitor.worked(samplesDone - reported[0]);
                    reported[0] = samplesDone;
                    monitor.subTask(samplesDone + " / " + samplesTotal + " modules");
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCanceled();
                }
            });
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            cancelled = true;
            return Status.CANCEL_STATUS;
        } catch (YieldInputException e) {
            failure = e.getMessage();
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            failure = e.toString();
            ILog.of(getClass()).warn("Yield study of " + design.getId() + " failed", e);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
            done.accept(this);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public YieldResult result() {
        return result;
    }

    public String failure() {
        return failure;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
