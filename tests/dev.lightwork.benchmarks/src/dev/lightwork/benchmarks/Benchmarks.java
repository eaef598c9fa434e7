package dev.lightwork.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Benchmark command (releng/benchmark NAME...): plain JVM, no OSGi, warm-up then repeated timed runs;
 * reports the median and the spread so a noisy 2-core machine is visible in the figures.
 */
public final class Benchmarks {

    private static final Map<String, Runnable> SUITES = Map.of(
            "model", ModelBenchmark::run,
            "cli", CliBenchmark::run,
            "diagram", DiagramBenchmark::run,
            "validation", ValidationBenchmark::run,
            "solver", SolverBenchmark::run,
            "hardening", HardeningBenchmark::run,
            "fuzz", FuzzBenchmark::run,
            "yield", YieldBenchmark::run);

    private Benchmarks() {
    }

    public static void main(String[] args) {
        List<String> names = args.length == 0 ? SUITES.keySet().stream().sorted().toList() : Arrays.asList(args);
        for (String name : names) {
            Runnable suite = SUITES.get(name);
            if (suite == null) {
                System.err.println("unknown benchmark '" + name + "'; known: "
                        + SUITES.keySet().stream().sorted().collect(Collectors.joining(", ")));
                System.exit(2);
            }
            suite.run();
        }
    }

    /** Runs {@code body} {@code warmup} times untimed, then {@code runs} times; returns the sorted times in ms. */
    static double[] time(int warmup, int runs, Function<Integer, Object> body) {
        for (int i = 0; i < warmup; i++) {
            body.apply(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object keep = body.apply(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (keep == null) {
                throw new IllegalStateException("benchmark body returned nothing");
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    static String summary(double[] sortedMs) {
        return String.format(Locale.ROOT, "median %8.3f ms  (min %.3f, max %.3f, n=%d)",
                sortedMs[sortedMs.length / 2], sortedMs[0], sortedMs[sortedMs.length - 1], sortedMs.length);
    }
}
