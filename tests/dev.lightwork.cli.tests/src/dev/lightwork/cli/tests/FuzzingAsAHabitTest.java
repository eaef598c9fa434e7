package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.benchmarks.DesignFuzzer;

/**
 * Issue 14 item 8: the fixed-seed fuzz run of releng/test (the long run is {@code releng/benchmark fuzz}): 3,000
 * damaged designs of every damage class through {@code validate}. No crash, no hang, no exit 0 with a bad input,
 * every bad input named with file:line and without Java class names, and all three outcomes reached.
 */
class FuzzingAsAHabitTest {

    static final long SEED = 0x11647_2026L;
    static final int INPUTS = 3000;

    @TempDir
    Path dir;

    @Test
    void fixedSeedFuzzRunIsClean() throws IOException {
        DesignFuzzer.Summary s = DesignFuzzer.run(dir, SEED, INPUTS, 500, 120);
        System.out.println("fuzz (seed " + Long.toHexString(SEED) + "): " + s);
        s.examples().forEach(e -> System.out.println("  fuzz: " + e));
        assertTrue(s.clean(), s + "\n" + String.join("\n", s.examples()));
        assertTrue(s.pass() > 0 && s.fail() > 0 && s.error() > 0, "the damage must reach every outcome: " + s);
    }
}
