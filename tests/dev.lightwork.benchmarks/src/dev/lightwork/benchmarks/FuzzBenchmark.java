package dev.lightwork.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The long fuzz run (issue 14 item 8): {@code releng/benchmark fuzz}, 30,000 inputs by default (-Dlightwork.fuzz.inputs=N). */
final class FuzzBenchmark {

    private FuzzBenchmark() {
    }

    static void run() {
        int inputs = Integer.getInteger("lightwork.fuzz.inputs", 30_000);
        long seed = Long.getLong("lightwork.fuzz.seed", 0x5EED_2026L);
        try {
            Path dir = Files.createTempDirectory("lightwork-fuzz");
            DesignFuzzer.Summary s = DesignFuzzer.run(dir, seed, inputs, 1000, 300);
            System.out.println("fuzz (seed " + Long.toHexString(seed) + "): " + s);
            s.examples().forEach(e -> System.out.println("  " + e));
            if (!s.clean()) {
                System.exit(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
