package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.cli.tests.Designs.Run;
import dev.lightwork.cli.validate.Batch;
import dev.lightwork.cli.validate.BatchValidator;
import dev.lightwork.cli.validate.DesignCheck;
import dev.lightwork.cli.validate.DesignInputs.Input;
import dev.lightwork.cli.validate.DesignResult;
import dev.lightwork.library.ReferenceLibrary;

/** Issue 14 item 1: an unexpected error is never exit 0; the batch goes on; the stack trace goes to a log. */
class FailureIsNeverSuccessTest {

    @TempDir
    Path dir;

    /** An OutOfMemoryError in the middle of a -j 1 batch: exit 3, one line naming the file, the others still reported. */
    @Test
    void outOfMemoryInASequentialBatchIsExit3AndTheOtherDesignsAreReported() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        List<Path> files = List.copyOf(examples.values()).subList(0, 3);
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        String victim = analyzer.analyze(dev.lightwork.model.io.DesignFiles.load(files.get(1))).design().getId();
        DesignCheck check = new DesignCheck(analyzer, d -> {
            if (d.getId().equals(victim)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return analyzer.analyze(d);
        });
        Batch batch = new BatchValidator(check, 1).validate(files.stream().map(Input::of).toList(), BatchValidator.Progress.NONE);
        assertEquals(3, batch.results().size());
        assertEquals(DesignResult.Verdict.PASS, batch.results().get(0).verdict());
        assertEquals(DesignResult.Verdict.PASS, batch.results().get(2).verdict());
        DesignResult crashed = batch.results().get(1);
        assertEquals(DesignResult.Verdict.ERROR, crashed.verdict());
        assertEquals("LW-INTERNAL", crashed.errorRule().id());
        assertTrue(crashed.error().startsWith(files.get(1) + ": internal error"), crashed.error());
        assertTrue(crashed.error().contains("not enough memory"), crashed.error());
        assertEquals(3, batch.exitCode());
        // the stack trace is in the log the message names
        Matcher m = Pattern.compile("stack trace in (\\S+)").matcher(crashed.error());
        assertTrue(m.find(), crashed.error());
        String log = Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8);
        assertTrue(log.contains("java.lang.OutOfMemoryError: Java heap space") && log.contains("at "), log);
    }

    /** A runtime defect in the parallel path is exit 3 as well, never 0. */
    @Test
    void internalErrorInAParallelBatchIsExit3() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        DesignCheck check = new DesignCheck(analyzer, d -> {
            throw new IllegalStateException("defect");
        });
        Batch batch = new BatchValidator(check, 2).validate(examples.values().stream().map(Input::of).toList(), BatchValidator.Progress.NONE);
        assertEquals(examples.size(), batch.results().size());
        assertEquals(3, batch.exitCode());
        batch.results().forEach(r -> assertTrue(r.error().contains("unexpected IllegalStateException: defect"), r.error()));
    }

    /** /dev/zero as a design (the OOM of the issue): refused up front as not a regular file, exit 2, one line. */
    @Test
    void devZeroIsRefusedNotReadUntilMemoryRunsOut() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return; // not a Unix system
        }
        Run run = Designs.run("validate", "-j", "1", zero.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("/dev/zero: is not a regular file"), run.out());
    }

    /** A design with 1e308 values (the report that ran out of memory): bad input, exit 2, no report written. */
    @Test
    void reportOfA1e308DesignIsBadInputNotACrash() throws IOException {
        Path file = Fixtures.copy("impossible-er-1e308.lightwork", dir, 0);
        Run run = Designs.run("report", "--format", "both", "-o", dir.resolve("out").toString(), file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("Extinction ratio (dB) = 1.0E308 is outside the physical range"), run.err());
    }
}
