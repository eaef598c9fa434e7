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

    /** Exit code when a design could not be checked because of an error of Lightwork itself (wins over everything). */
    public static final int EXIT_INTERNAL = 3;

    public int exitCode() {
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.ERROR && r.errorRule() == Rule.INTERNAL)) {
            return EXIT_INTERNAL;
        }
        return count(Verdict.ERROR) > 0 ? EXIT_ERROR : count(Verdict.FAIL) > 0 ? EXIT_FAIL : EXIT_PASS;
    }
}
