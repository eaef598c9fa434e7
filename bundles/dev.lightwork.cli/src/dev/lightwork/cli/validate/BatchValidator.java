package dev.lightwork.cli.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lightwork.cli.validate.DesignInputs.Input;

/**
 * Checks many designs in one JVM on a bounded pool of threads. Results come back in input order whatever order
 * the threads finish in, so reports are deterministic.
 */
public final class BatchValidator {

    /** Told after each design is checked (from the worker threads). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (finished, total, file) -> {
        };

        void checked(int finished, int total, String file);
    }

    private final DesignCheck check;
    private final int threads;

    public BatchValidator(DesignCheck check, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.check = check;
        this.threads = threads;
    }

    public Batch validate(List<Input> inputs, Progress progress) {
        int total = inputs.size();
        AtomicInteger finished = new AtomicInteger();
        int poolSize = Math.min(threads, total);
        if (poolSize <= 1) {
            List<DesignResult> results = new ArrayList<>(total);
            for (Input input : inputs) {
                results.add(check.check(input));
                progress.checked(finished.incrementAndGet(), total, input.display());
            }
            return new Batch(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemonThreads());
        try {
            List<Future<DesignResult>> futures = new ArrayList<>(total);
            for (Input input : inputs) {
                futures.add(pool.submit(() -> {
                    DesignResult r = check.check(input);
                    progress.checked(finished.incrementAndGet(), total, input.display());
                    return r;
                }));
            }
            List<DesignResult> results = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                results.add(await(futures.get(i), inputs.get(i)));
            }
            return new Batch(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static DesignResult await(Future<DesignResult> future, Input input) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // DesignCheck catches everything it can; this is an Error such as OutOfMemoryError on one huge file.
            java.nio.file.Path log = dev.lightwork.cli.common.CrashLog.record("checking " + input.display(), e.getCause());
            return DesignResult.error(input.display(), Rule.INTERNAL,
                    OneLine.of(input.display() + ": could not be checked: " + dev.lightwork.cli.common.CrashLog.describe(e.getCause(), log)), 0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return DesignResult.error(input.display(), Rule.INTERNAL, input.display() + ": not checked (interrupted)", 0, 0);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lightwork-validate-" + n.incrementAndGet());
            t.setDaemon(true); // an interrupted CLI must not be kept alive by its workers
            return t;
        };
    }
}
