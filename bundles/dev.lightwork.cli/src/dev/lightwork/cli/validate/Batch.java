package dev.lightwork.cli.validate;

import java.util.List;

import dev.lightwork.cli.validate.DesignResult.Verdict;

/** The results of one validate run, in input order, and the exit code they give. */
public record Batch(List<DesignResult> results) {

    /** Exit code when every design passed. */
    public static final int EXIT_PASS = 0;
    /** Exit code when at least one design violates a check (and none was bad input). */
    public static final int EXIT_FAIL = 1;
    /** Exit code when at least one input could not be checked (wins over {@link #EXIT_FAIL}). */
    public static final int EXIT_ERROR = 2;

    public Batch {
        results = List.copyOf(results);
    }

    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    public int exitCode() {
        return count(Verdict.ERROR) > 0 ? EXIT_ERROR : count(Verdict.FAIL) > 0 ? EXIT_FAIL : EXIT_PASS;
    }
}
