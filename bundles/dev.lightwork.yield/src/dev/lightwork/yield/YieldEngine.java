package dev.lightwork.yield;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lightwork.model.SamplingMethod;

/**
 * Runs a yield study: draws modules, checks each with the analyzer's functions on the {@link CompiledModule}, and
 * summarises. Sample i's draws depend only on (seed, i) - its own random stream, or point i / R of scrambled Sobol
 * replicate i mod R ({@link ScrambledSobol}) - and results are gathered per fixed block of samples in block order, so the result is the
 * same for any number of threads.
 */
public final class YieldEngine {

    /** Samples per work unit (fixed: partial sums are combined in block order, independent of the thread count). */
    static final int BLOCK = 256;
    /** Independently shifted Sobol replicates for the quasi-Monte Carlo confidence interval. */
    public static final int QMC_REPLICATES = 16;
    /** Largest dimension Hipparchus' Sobol direction numbers (Joe and Kuo, new-joe-kuo-6.21201) support. */
    public static final int SOBOL_MAX_DIMENSION = 21201;
    public static final int MAX_SAMPLES = 100_000_000;

    /** Fewest and most modules of the Monte Carlo pilot run that orders the Sobol dimensions. */
    static final int PILOT_MIN = 256;
    static final int PILOT_MAX = 2048;

    /**
     * How a module's draws become the yield estimate: {@code INDICATOR} averages pass (1) / fail (0);
     * {@code CONDITIONAL} averages each module's probability of passing given all its draws but the lanes' TDECQ, which
     * is integrated exactly ({@link CompiledModule.Sample#conditionalPass}).
     */
    public enum Estimator {
        INDICATOR, CONDITIONAL
    }

    /** Settings of one run. */
    public record Settings(int samples, long seed, SamplingMethod sampling, int threads, Estimator estimator) {
        public Settings(int samples, long seed, SamplingMethod sampling, int threads) {
            this(samples, seed, sampling, threads, Estimator.INDICATOR);
        }

        public Settings {
            estimator = estimator == null ? Estimator.INDICATOR : estimator;
        }
    }

    /** Progress and cancellation; called from worker threads. */
    public interface Monitor {
        Monitor NONE = new Monitor() {
        };

        default void done(int samplesDone, int samplesTotal) {
        }

        default boolean isCancelled() {
            return false;
        }
    }

    private YieldEngine() {
    }

    /** The design's study settings, each overridden where the caller gives a value (CLI options). */
    public static Settings settings(dev.lightwork.model.TransceiverDesign design, Integer samples, Long seed, SamplingMethod sampling, int threads) {
        dev.lightwork.model.YieldStudy study = design.getYieldStudy();
        int n = samples != null ? samples : study != null && study.getSamples() != null ? study.getSamples() : 10_000;
        long s = seed != null ? seed : study != null && study.getSeed() != null ? study.getSeed() : 1L;
        SamplingMethod m = sampling != null ? sampling : study != null ? study.getSampling() : SamplingMethod.MONTE_CARLO;
        return new Settings(n, s, m, threads);
    }

    public static YieldResult run(CompiledModule module, Settings settings, Monitor monitor) throws YieldInputException {
        int n = settings.samples();
        if (n < 1 || n > MAX_SAMPLES) {
            throw new YieldInputException("samples = " + n + " must be between 1 and " + MAX_SAMPLES);
        }
        int dims = module.drawCount();
        boolean sobol = settings.sampling() == SamplingMethod.SOBOL && dims > 0;
        if (sobol && dims > SOBOL_MAX_DIMENSION) {
            throw new YieldInputException("the design has " + dims + " tolerance draws per module; Sobol sampling supports at most "
                    + SOBOL_MAX_DIMENSION + " (use --sampling mc)");
        }
        boolean conditional = settings.estimator() == Estimator.CONDITIONAL && module.conditioningDims.length > 0;
        Order order = sobol ? order(module, settings, conditional, monitor) : null;
        ScrambledSobol qmc = sobol ? new ScrambledSobol(dims, QMC_REPLICATES, (n + QMC_REPLICATES - 1) / QMC_REPLICATES, settings.seed()) : null;
        Samples all = new Samples(n, module, conditional);
        Partial total = sample(module, settings.seed(), n, settings.threads(), qmc, order == null ? null : order.dims, all, monitor);
        return YieldSummary.summarise(module, settings, all, total, sobol, conditional, order == null ? null : order.description);
    }

    /** The Sobol dimension order: model draw order.dims[k] takes coordinate k. */
    private record Order(int[] dims, String description) {
    }

    /**
     * Orders the draws for the Sobol points, most important first: a small plain Monte Carlo pilot run (its own seed,
     * min(2048, max(256, N / 8)) modules) ranks the tolerances by the contributor statistic of the result (failure shift,
     * else margin correlation); the test measurement draws come last. With the conditional estimator the conditioning
     * draws do not enter the estimate, so they come after the others. Any order gives an unbiased estimate: the order
     * only decides which inputs get the best-distributed low dimensions.
     */
    private static Order order(CompiledModule m, Settings s, boolean conditional, Monitor monitor) {
        int pilot = Math.min(PILOT_MAX, Math.max(PILOT_MIN, s.samples() / 8));
        int dims = m.dimensions.length;
        Samples pilotSamples = new Samples(pilot, m, false);
        Monitor quiet = new Monitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        Partial total = sample(m, mix(s.seed(), -2), pilot, s.threads(), null, null, pilotSamples, quiet);
        double[] score = YieldSummary.scores(m, total, pilot).score();
        boolean[] last = new boolean[dims];
        if (conditional) {
            for (int d : m.conditioningDims) {
                last[d] = true;
            }
        }
        Integer[] idx = new Integer[dims];
        for (int d = 0; d < dims; d++) {
            idx[d] = d;
        }
        java.util.Arrays.sort(idx, (a, b) -> last[a] != last[b] ? Boolean.compare(last[a], last[b])
                : score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        int[] order = new int[m.drawCount()];
        for (int k = 0; k < dims; k++) {
            order[k] = idx[k];
        }
        for (int k = dims; k < order.length; k++) {
            order[k] = k; // test measurement noise
        }
        StringBuilder first = new StringBuilder();
        for (int k = 0; k < Math.min(5, dims); k++) {
            first.append(k == 0 ? "" : ", ").append(m.dimensions[order[k]].label());
        }
        return new Order(order, "randomised QMC: Sobol points (Joe-Kuo), " + QMC_REPLICATES
                + " replicates each under an independent random linear scrambling and digital shift; draws ordered by a " + pilot
                + "-module Monte Carlo pilot's contributor ranking" + (conditional ? " (conditioning TDECQ draws last)" : "")
                + ", first: " + first);
    }

    /** Draws and checks samples 0..n-1 on the given threads; block sums combined in block order. */
    private static Partial sample(CompiledModule module, long seed, int n, int threadCount, ScrambledSobol qmc, int[] order, Samples all,
            Monitor monitor) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        Partial[] partials = new Partial[blocks];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(threadCount, blocks));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lightwork-yield");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    Worker worker = new Worker(module, seed, qmc, order);
                    for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                        if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
                            throw new CancellationException("yield run cancelled");
                        }
                        int start = b * BLOCK;
                        int end = Math.min(n, start + BLOCK);
                        partials[b] = worker.block(start, end, all);
                        monitor.done(done.addAndGet(end - start), n);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("yield run interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Partial total = new Partial(module.dimensions.length, module.laneCount());
        for (Partial p : partials) {
            total.add(p); // block order: the same floating-point sums for any thread count
        }
        return total;
    }

    /** Per-sample values kept for quantiles, histograms and test sweeps (indexed by sample, so thread-independent). */
    static final class Samples {
        final boolean[] pass;
        final double[] worstMarginDb;
        final double[] modulePowerW;
        final long[] failedRules;
        final double[][] measured;
        /** Per sample P(pass | draws but the conditioning ones); null with the indicator estimator. */
        final double[] conditional;

        Samples(int n, CompiledModule m, boolean conditional) {
            this.conditional = conditional ? new double[n] : null;
            pass = new boolean[n];
            worstMarginDb = new double[n];
            modulePowerW = new double[n];
            failedRules = new long[n];
            measured = new double[m.tests.length][n];
        }
    }

    /** Sums of one block for failure counts and contributor ranking. */
    static final class Partial {
        final int[] laneFails;
        final double[] zFail;
        final double[] zSum;
        final double[] zSq;
        final double[] zMargin;
        int fails;
        int marginCount;
        double marginSum;
        double marginSq;

        Partial(int dims, int lanes) {
            laneFails = new int[lanes];
            zFail = new double[dims];
            zSum = new double[dims];
            zSq = new double[dims];
            zMargin = new double[dims];
        }

        void add(Partial p) {
            for (int i = 0; i < laneFails.length; i++) {
                laneFails[i] += p.laneFails[i];
            }
            for (int d = 0; d < zFail.length; d++) {
                zFail[d] += p.zFail[d];
                zSum[d] += p.zSum[d];
                zSq[d] += p.zSq[d];
                zMargin[d] += p.zMargin[d];
            }
            fails += p.fails;
            marginCount += p.marginCount;
            marginSum += p.marginSum;
            marginSq += p.marginSq;
        }
    }

    /** One thread's scratch: a sample of the module, draws and outcome buffers. */
    private static final class Worker {
        final CompiledModule module;
        final long seed;
        final ScrambledSobol qmc;
        final int[] order;
        final CompiledModule.Sample sample;
        final CompiledModule.Outcome outcome;
        final double[] u;
        final double[] point;
        final double[] noise;
        final int dims;

        Worker(CompiledModule module, long seed, ScrambledSobol qmc, int[] order) {
            this.module = module;
            this.seed = seed;
            this.qmc = qmc;
            this.order = order;
            this.sample = module.newSample();
            this.outcome = module.newOutcome();
            this.u = new double[module.drawCount()];
            this.point = qmc == null ? null : new double[u.length];
            this.noise = new double[module.tests.length];
            this.dims = module.dimensions.length;
        }

        Partial block(int start, int end, Samples out) {
            Partial p = new Partial(dims, module.laneCount());
            for (int i = start; i < end; i++) {
                if (qmc != null) {
                    // sample i: point i / R of replicate i mod R, coordinate k to draw order[k]
                    qmc.point(i % qmc.replicates(), i / qmc.replicates(), point);
                    for (int k = 0; k < u.length; k++) {
                        u[order[k]] = point[k];
                    }
                } else {
                    monteCarloDraws(seed, i, u);
                }
                sample.apply(u);
                for (int k = 0; k < noise.length; k++) {
                    noise[k] = Quantile.normal(u[dims + k]);
                }
                CompiledModule.Outcome o = outcome;
                sample.evaluate(o, noise);
                out.pass[i] = o.pass;
                out.worstMarginDb[i] = o.worstMarginDb;
                out.modulePowerW[i] = o.modulePowerW;
                out.failedRules[i] = o.failedRules;
                if (out.conditional != null) {
                    out.conditional[i] = sample.conditionalPass(o, u);
                }
                for (int k = 0; k < noise.length; k++) {
                    out.measured[k][i] = o.measured[k];
                }
                for (int l = 0; l < o.laneFailed.length; l++) {
                    if (o.laneFailed[l]) {
                        p.laneFails[l]++;
                    }
                }
                double m = o.worstMarginDb;
                boolean known = !Double.isNaN(m);
                if (known) {
                    p.marginCount++;
                    p.marginSum += m;
                    p.marginSq += m * m;
                }
                if (!o.pass) {
                    p.fails++;
                }
                for (int d = 0; d < dims; d++) {
                    double z = Quantile.normal(u[d]);
                    if (!o.pass) {
                        p.zFail[d] += z;
                    }
                    if (known) {
                        p.zSum[d] += z;
                        p.zSq[d] += z * z;
                        p.zMargin[d] += z * m;
                    }
                }
            }
            return p;
        }
    }

    /** Plain Monte Carlo draws of sample i, in (0, 1): its own stream, so any thread can draw any sample. */
    public static void monteCarloDraws(long seed, int i, double[] u) {
        SplittableRandom r = new SplittableRandom(mix(seed, i));
        for (int d = 0; d < u.length; d++) {
            u[d] = ((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
        }
    }

    /** Seed of sample i's own stream (SplitMix64 finaliser of seed and index). */
    static long mix(long seed, long i) {
        long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
