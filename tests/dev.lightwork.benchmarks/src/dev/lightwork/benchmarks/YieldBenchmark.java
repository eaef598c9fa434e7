package dev.lightwork.benchmarks;

import java.util.Locale;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.yield.CompiledModule;
import dev.lightwork.yield.ModelSampling;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;
import dev.lightwork.yield.YieldEngine.Estimator;
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;

/**
 * Yield engine (issue 17): 10^5 modules of the 400G-DR4 (goal <= 5 s) and 10^4 of the 512-lane CPO (goal <= 20 s)
 * on the compiled path, against sampling by editing the EMF model and running the analyzer (goal >= 20x, same yield
 * within the CI); and the error of plain MC vs randomised QMC (with the indicator and the conditional estimator)
 * against a reference, per N, on the DR4 and the 800G-DR8.
 */
final class YieldBenchmark {

    private YieldBenchmark() {
    }

    static void run() {
        try {
            DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
            ToleranceDefaults defaults = ToleranceDefaults.load();
            int threads = Runtime.getRuntime().availableProcessors();
            System.out.printf("yield: %d threads available%n", threads);
            compare(analyzer, defaults, ReferenceDesigns.dr4400G(), 100_000, 2_000, threads, 5.0);
            compare(analyzer, defaults, ReferenceDesigns.cpo51200G(), 10_000, 20, threads, 20.0);
            convergence(analyzer, defaults, ReferenceDesigns.dr4400G(), threads);
            convergence(analyzer, defaults, ReferenceDesigns.dr8800G(), threads);
        } catch (YieldInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compare(DesignAnalyzer analyzer, ToleranceDefaults defaults, TransceiverDesign d, int n, int slowN, int threads,
            double goalS) throws YieldInputException {
        long t0 = System.nanoTime();
        CompiledModule m = CompiledModule.compile(d, analyzer, defaults, null);
        double compileS = (System.nanoTime() - t0) / 1e9;
        // warm-up on a small run so the JIT has compiled the lane path
        YieldEngine.run(m, new YieldEngine.Settings(Math.min(n, 2_000), 99, SamplingMethod.MONTE_CARLO, threads), YieldEngine.Monitor.NONE);
        t0 = System.nanoTime();
        double cpu0 = cpuSeconds();
        YieldResult r = YieldEngine.run(m, new YieldEngine.Settings(n, 1, SamplingMethod.MONTE_CARLO, threads), YieldEngine.Monitor.NONE);
        double fastS = (System.nanoTime() - t0) / 1e9;
        double fastCpuS = cpuSeconds() - cpu0;
        ModelSampling slow = new ModelSampling(m, analyzer);
        slow.yield(Math.max(1, slowN / 10), 98); // warm-up
        t0 = System.nanoTime();
        cpu0 = cpuSeconds();
        double slowYield = slow.yield(slowN, 1);
        double slowS = (System.nanoTime() - t0) / 1e9;
        double slowCpuS = cpuSeconds() - cpu0;
        double fastPerModule = fastS / n;
        double slowPerModule = slowS / slowN;
        // the slow path's yield over its first slowN samples, with its own Wilson interval (same draws as the engine's)
        double[] slowCi = wilson(slowYield, slowN);
        boolean overlap = slowCi[0] <= r.ci95()[1] && r.ci95()[0] <= slowCi[1];
        System.out.printf(Locale.ROOT, "  %s: %d lanes, %d draws/module, %d corners (compile %.2f s), load %s%n", d.getId(), d.getLanes().size(),
                r.draws(), r.corners().size(), compileS, load());
        System.out.printf(Locale.ROOT, "    compiled path: %,d modules in %.2f s wall, %.2f s process CPU (%.1f us CPU/module), yield %.4f [%.4f, %.4f];"
                + " goal <= %.0f s: %s%n", n, fastS, fastCpuS, 1e6 * fastCpuS / n, r.yield(), r.ci95()[0], r.ci95()[1], goalS,
                fastS <= goalS ? "met" : "NOT MET (wall)");
        System.out.printf(Locale.ROOT, "    EMF edit + analyzer: %,d modules in %.2f s wall, %.2f s CPU (%.1f us CPU/module, 1 thread), yield %.4f [%.4f, %.4f]%n",
                slowN, slowS, slowCpuS, 1e6 * slowCpuS / slowN, slowYield, slowCi[0], slowCi[1]);
        System.out.printf(Locale.ROOT, "    CPU per module: EMF path / compiled path = %.0fx%n", (slowCpuS / slowN) / (fastCpuS / n));
        System.out.printf(Locale.ROOT, "    speed-up per module: %.0fx with %d threads, %.0fx per thread; goal >= 20x: %s; yields agree within CI: %s%n",
                slowPerModule / fastPerModule, threads, slowPerModule / (fastPerModule * threads), slowPerModule / fastPerModule >= 20 ? "met" : "NOT MET",
                overlap ? "yes" : "NO");
    }

    /**
     * Root-mean-square error against a reference of plain Monte Carlo and randomised QMC (scrambled Sobol, ordered
     * draws), each with the indicator and the conditional estimator, per N over 10 seeds. The reference is a 2^17-module
     * randomised QMC run with the conditional estimator (its own 95 % interval printed, to show it is far tighter than
     * the errors measured). CPU seconds per run are printed too, since the conditional estimator costs more per module.
     */
    private static void convergence(DesignAnalyzer analyzer, ToleranceDefaults defaults, TransceiverDesign d, int threads)
            throws YieldInputException {
        CompiledModule m = CompiledModule.compile(d, analyzer, defaults, null);
        int seeds = 10;
        YieldResult ref = YieldEngine.run(m, new YieldEngine.Settings(1 << 17, 424242, SamplingMethod.SOBOL, threads, Estimator.CONDITIONAL),
                YieldEngine.Monitor.NONE);
        double reference = ref.yield();
        System.out.printf(Locale.ROOT, "  convergence on %s (%d draws/module, %d integrated by the conditional estimator), load %s%n", d.getId(),
                m.drawCount(), m.conditioningDimensions().length, load());
        System.out.printf(Locale.ROOT, "    reference %.6f, 95 %% interval [%.6f, %.6f] (2^17 modules, RQMC, conditional)%n", reference, ref.ci95()[0],
                ref.ci95()[1]);
        System.out.printf(Locale.ROOT, "    %s%n", ref.samplingDetail());
        System.out.println("          N   RMSE: MC        RQMC     MC cond.  RQMC cond.   CPU s/run: MC  RQMC  MC cond.  RQMC cond.  (" + seeds
                + " seeds)");
        for (int n : new int[] {1_024, 4_096, 16_384, 65_536}) {
            double[] rmse = new double[4];
            double[] cpu = new double[4];
            int k = 0;
            for (Estimator e : Estimator.values()) {
                for (SamplingMethod sm : new SamplingMethod[] {SamplingMethod.MONTE_CARLO, SamplingMethod.SOBOL}) {
                    if (e == Estimator.CONDITIONAL && n > 16_384) {
                        rmse[k] = Double.NaN;
                        cpu[k++] = Double.NaN;
                        continue; // the conditional runs cost several times more per module
                    }
                    double se = 0;
                    double c0 = cpuSeconds();
                    for (long seed = 1; seed <= seeds; seed++) {
                        double y = YieldEngine.run(m, new YieldEngine.Settings(n, seed, sm, threads, e), YieldEngine.Monitor.NONE).yield();
                        se += (y - reference) * (y - reference);
                    }
                    cpu[k] = (cpuSeconds() - c0) / seeds;
                    rmse[k++] = Math.sqrt(se / seeds);
                }
            }
            System.out.printf(Locale.ROOT, "  %9d   %-9s %-9s %-9s %-10s   %6s %5s %9s %10s%n", n, f(rmse[0], "%.6f"), f(rmse[1], "%.6f"),
                    f(rmse[2], "%.6f"), f(rmse[3], "%.6f"), f(cpu[0], "%.2f"), f(cpu[1], "%.2f"), f(cpu[2], "%.2f"), f(cpu[3], "%.2f"));
        }
    }

    private static String f(double v, String format) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
    }

    /** The 1-minute load average (the machine is shared: figures need it). */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** CPU time of this process (all threads, JIT and GC included), seconds. */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    private static double[] wilson(double p, int n) {
        double z = 1.959963984540054;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
