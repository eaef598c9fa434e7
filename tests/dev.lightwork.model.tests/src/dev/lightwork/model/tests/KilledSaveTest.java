package dev.lightwork.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.AtomicFiles;
import dev.lightwork.model.io.DesignFiles;

/**
 * Kills a JVM (SIGKILL) while it saves designs over the same file, again and again, then loads the file: it
 * must always hold one complete design, the old or the new, never a truncated mix.
 */
class KilledSaveTest {

    private static final String CHILD = """
            import java.nio.file.*;
            public class SaveLoop {
                public static void main(String[] args) throws Exception {
                    Path target = Path.of(args[0]);
                    byte[][] versions = {Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))};
                    System.out.println("ready");
                    System.out.flush();
                    for (int i = 0; ; i++) {
                        dev.lightwork.model.io.AtomicFiles.write(target, versions[i % 2]);
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void fileSurvivesRepeatedKillsDuringSave() throws Exception {
        // two large, different designs so each save takes long enough to be interrupted mid-write
        byte[] a = bigDesignBytes("A", 400);
        byte[] b = bigDesignBytes("B", 410);
        Path versionA = Files.write(dir.resolve("a.bin"), a);
        Path versionB = Files.write(dir.resolve("b.bin"), b);
        Path target = dir.resolve("design.lightwork");
        Files.write(target, a);

        Path classes = childClassPath();
        Path source = Files.writeString(dir.resolve("SaveLoop.java"), CHILD);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(20261125L);
        int kills = 12;
        for (int round = 0; round < kills; round++) {
            Process p = new ProcessBuilder(java, "-cp", classes.toString(), source.toString(),
                    target.toString(), versionA.toString(), versionB.toString())
                    .redirectErrorStream(true).start();
            byte[] ready = p.getInputStream().readNBytes(5);
            if (!"ready".equals(new String(ready))) {
                p.destroyForcibly();
                fail("child did not start: " + new String(ready) + new String(p.getInputStream().readAllBytes()));
            }
            Thread.sleep(20 + random.nextInt(200));
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "child ended");
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, a) || Arrays.equals(now, b),
                    "round " + round + ": file is one complete version, not " + now.length + " bytes of a mix");
            TransceiverDesign loaded = DesignFiles.load(target);
            assertTrue(loaded.getLanes().size() >= 400, "round " + round + " loads");
        }
    }

    private byte[] bigDesignBytes(String name, int lanes) throws IOException {
        TransceiverDesign d = SmallDesign.create();
        d.setName(name);
        for (int i = 2; i < lanes; i++) {
            var lane = dev.lightwork.model.LightworkFactory.eINSTANCE.createLane();
            lane.setId("extra" + i);
            lane.setIndex(i);
            lane.setName("lane " + i + " of design " + name);
            lane.setDsp(d.getLanes().get(0).getDsp());
            lane.setChannel(d.getChannels().get(0));
            d.getLanes().add(lane);
        }
        Path file = dir.resolve(name + ".lightwork");
        DesignFiles.save(d, file);
        return Files.readAllBytes(file);
    }

    /** The child needs only AtomicFiles (JDK-only by design): copy its class file out of the bundle. */
    private Path childClassPath() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/dev/lightwork/model/io"));
        try (InputStream in = AtomicFiles.class.getResourceAsStream("AtomicFiles.class")) {
            Files.copy(in, classes.resolve("AtomicFiles.class"));
        }
        return dir.resolve("classes");
    }
}
