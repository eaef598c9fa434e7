package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Issue 14 item 6: -o never writes through a symbolic link, onto a device or over an input design (another spelling
 * of its name, a link to it); explore's --time-limit is range-checked.
 */
class NeverClobberTest {

    @TempDir
    Path dir;

    @Test
    void outputThroughASymlinkIsRefusedAndTheTargetKept() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        Path design = examples.get("400g-dr4-qsfpdd");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), precious);
        Run run = Designs.run("validate", "-f", "json", "-o", link.toString(), design.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is a symbolic link; refusing to replace it"), run.err());
        assertEquals("keep me", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void outputOverAnInputDesignIsRefusedWhateverItsSpelling() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        Path design = examples.get("400g-dr4-qsfpdd");
        byte[] before = Files.readAllBytes(design);
        Path upper = dir.resolve("400G-DR4-QSFPDD.LIGHTWORK.json");
        // the same file reached through a link
        Path alias = Files.createSymbolicLink(dir.resolve("alias.json"), design);
        for (Path out : new Path[] {dir.resolve("400G-DR4-QSFPDD.lightwork"), alias}) {
            Run run = Designs.run("validate", "-f", "json", "-o", out.toString(), design.toString());
            assertEquals(2, run.exitCode(), out + ": " + run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(design));
        assertEquals(0, Designs.run("validate", "-f", "json", "-o", upper.toString(), design.toString()).exitCode());
    }

    @Test
    void outputOntoADeviceIsRefused() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        Path dev = Path.of("/dev/null");
        if (!Files.exists(dev)) {
            return;
        }
        Run run = Designs.run("validate", "-f", "json", "-o", dev.toString(), examples.get("400g-dr4-qsfpdd").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is not a regular file"), run.err());
    }

    @Test
    void hugeTimeLimitIsRefusedNotTurnedIntoNoFeasibleDesign() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        for (String limit : new String[] {"1e300", "Infinity", "NaN", "0", "-5"}) {
            Run run = Designs.run("explore", examples.get("400g-dr4-qsfpdd").toString(), "--study", "any", "--time-limit", limit, "-o", dir.toString());
            assertEquals(2, run.exitCode(), limit + ": " + run.out() + run.err());
            assertTrue(run.err().contains("--time-limit"), limit + ": " + run.err());
        }
    }
}
