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
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;

/**
 * Yield engine (issue 17): 10^5 modules of the 400G-DR4 (goal <= 5 s) and 10^4 of the 512-lane CPO (goal <= 20 s)
 * on the compiled path, against sampling by editing the EMF model and running the analyzer (goal >= 20x, same yield
 * within the CI); and the error of plain MC vs Sobol QMC against a 2x10^5-sample reference, per N.
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
        System.out.printf(Locale.ROOT, "  %s: %d lanes, %d draws/module, %d corners (compile %.2f s)%n", d.getId(), d.getLanes().size(), r.draws(),
                r.corners().size(), compileS);
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

    /** |yield - reference| of MC and Sobol QMC per N, mean over 8 seeds (the reference: 2x10^5 Sobol modules). */
    private static void convergence(DesignAnalyzer analyzer, ToleranceDefaults defaults, TransceiverDesign d, int threads)
            throws YieldInputException {
        CompiledModule m = CompiledModule.compile(d, analyzer, defaults, null);
        double reference = YieldEngine.run(m, new YieldEngine.Settings(200_000, 12345, SamplingMethod.SOBOL, threads), YieldEngine.Monitor.NONE)
                .yield();
        System.out.printf(Locale.ROOT, "  convergence on %s (%d draws/module), reference yield %.5f (2x10^5 Sobol):%n", d.getId(), m.drawCount(), reference);
        System.out.println("          N   mean |error| MC   mean |error| Sobol   (8 seeds each)");
        for (int n : new int[] {1_024, 4_096, 16_384, 65_536}) {
            double mc = 0;
            double qmc = 0;
            for (long seed = 1; seed <= 8; seed++) {
                mc += Math.abs(YieldEngine.run(m, new YieldEngine.Settings(n, seed, SamplingMethod.MONTE_CARLO, threads), YieldEngine.Monitor.NONE)
                        .yield() - reference);
                qmc += Math.abs(YieldEngine.run(m, new YieldEngine.Settings(n, seed, SamplingMethod.SOBOL, threads), YieldEngine.Monitor.NONE)
                        .yield() - reference);
            }
            System.out.printf(Locale.ROOT, "  %9d   %16.5f   %18.5f%n", n, mc / 8, qmc / 8);
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
