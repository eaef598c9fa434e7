package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Issue 14 item 3: only regular files are read (a FIFO is refused up front instead of blocking), and files over the
 * size, element, string-length or lane limits are refused with a message naming the override. (The sparse thermal
 * solve and the 10k/100k/1M-element figures are measured by releng/benchmark hardening.)
 */
class NothingHangsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearLimits() {
        for (String p : new String[] {"lightwork.maxFileBytes", "lightwork.maxElements", "lightwork.maxStringLength", "lightwork.maxLanes"}) {
            System.clearProperty(p);
        }
    }

    @Test
    void fifoIsRefusedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe.lightwork");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() != 0) {
            return; // no mkfifo on this system
        }
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Designs.run("validate", fifo.toString()));
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.out().contains(fifo + ": is not a regular file"), run.out());
        // a folder holding it is searched without opening it either
        Run folder = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Designs.run("validate", dir.toString()));
        assertEquals(2, folder.exitCode(), folder.out());
    }

    @Test
    void longStringIsRefusedWithTheOverride() throws IOException {
        Path file = Fixtures.copy("nothing-hangs-long-name.lightwork", dir, 0);
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Designs.run("report", "-o", dir.toString(), file.toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("characters long, over the limit of 4,096 (raise it with -Dlightwork.maxStringLength=N)"), run.err());
        assertTrue(run.err().startsWith("lightwork: " + file + ":"), run.err());
    }

    @Test
    void fileElementAndLaneLimitsNameTheirOverride() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        Path cpo = examples.get("51p2t-cpo-engine");
        System.setProperty("lightwork.maxFileBytes", "10000");
        assertTrue(Designs.run("validate", cpo.toString()).out().contains("over the limit of 10,000 bytes for a design (raise it with -Dlightwork.maxFileBytes=N)"));
        System.clearProperty("lightwork.maxFileBytes");
        System.setProperty("lightwork.maxElements", "100");
        Run elements = Designs.run("validate", cpo.toString());
        assertEquals(2, elements.exitCode());
        assertTrue(elements.out().contains("more than 100 elements, the limit for a design (raise it with -Dlightwork.maxElements=N)"), elements.out());
        System.clearProperty("lightwork.maxElements");
        System.setProperty("lightwork.maxLanes", "64");
        Run lanes = Designs.run("validate", cpo.toString());
        assertEquals(2, lanes.exitCode());
        assertTrue(lanes.out().contains("design has 512 lanes, over the limit of 64 (raise it with -Dlightwork.maxLanes=N)"), lanes.out());
        System.clearProperty("lightwork.maxLanes");
        assertEquals(0, Designs.run("validate", cpo.toString()).exitCode(), "within the default limits");
        assertTrue(Files.size(cpo) < 10_000_000);
    }
}
