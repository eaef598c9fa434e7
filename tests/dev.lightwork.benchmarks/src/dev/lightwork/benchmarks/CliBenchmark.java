package dev.lightwork.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.lightwork.cli.LightworkCommand;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * {@code lightwork validate} on 1,000 design files (variants of the five examples: fibre length and laser power
 * varied, so some fail) in one in-process run, against one JVM per file as a CI script looping over files would
 * do. One JVM per file is measured on a sample and extrapolated (1,000 JVM starts would take minutes).
 */
final class CliBenchmark {

    static final int FILES = 1000;
    static final int SAMPLE = 20;

    private CliBenchmark() {
    }

    static void run() {
        try {
            Path dir = Files.createTempDirectory("lightwork-cli-bench");
            try {
                List<Path> files = generate(dir);
                long bytes = 0;
                for (Path f : files) {
                    bytes += Files.size(f);
                }
                System.out.printf("cli: %d design files (%d per template), %.1f MB of XMI%n", files.size(), FILES / ReferenceDesigns.TEMPLATES.size(),
                        bytes / 1e6);
                String[] args = {"validate", "--format", "json", "--output", dir.resolve("report.json").toString(), dir.resolve("designs").toString()};
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                int code = execute(args);
                double firstMs = (System.nanoTime() - t0) / 1e6;
                double cpuMs = (processCpuNanos() - cpu0) / 1e6;
                // CPU time and load average show how much of the wall time was waiting for a shared machine's cores.
                System.out.printf("  one CLI run, first in this JVM  %8.1f ms wall, %.1f ms CPU on %d cores, load average %.1f  (exit %d)%n",
                        firstMs, cpuMs, Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), code);
                double[] warm = Benchmarks.time(1, 3, i -> execute(args));
                System.out.println("  one CLI run, warm              " + Benchmarks.summary(warm));

                List<Path> sample = new ArrayList<>();
                for (int i = 0; i < SAMPLE; i++) {
                    sample.add(files.get(i * (files.size() / SAMPLE)));
                }
                double[] perJvm = new double[SAMPLE];
                for (int i = 0; i < SAMPLE; i++) {
                    long s = System.nanoTime();
                    int exit = spawn(sample.get(i));
                    perJvm[i] = (System.nanoTime() - s) / 1e6;
                    if (exit < 0 || exit > 2) {
                        throw new IllegalStateException("child JVM exit " + exit + " for " + sample.get(i));
                    }
                }
                double meanPerJvm = java.util.Arrays.stream(perJvm).average().orElseThrow();
                double extrapolated = meanPerJvm * files.size();
                System.out.printf("  one JVM per file: mean %.1f ms over %d sampled files -> %d files extrapolated %.1f s%n", meanPerJvm, SAMPLE,
                        files.size(), extrapolated / 1e3);
                System.out.printf("  speed-up of one CLI run (first run) %.0fx (goal 20x); batch total %.2f s (goal 10 s)%n", extrapolated / firstMs,
                        firstMs / 1e3);
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    private static Integer execute(String[] args) {
        StringWriter err = new StringWriter();
        int code = LightworkCommand.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code == 2) {
            throw new IllegalStateException("benchmark designs should all be readable: " + err);
        }
        return code;
    }

    /** Variant i of a template: fibre 100..2000 m, laser output -1.5..+1.5 dB around the catalogue value. */
    static List<Path> generate(Path dir) throws IOException {
        Path designs = Files.createDirectories(dir.resolve("designs"));
        List<Path> files = new ArrayList<>();
        int perTemplate = FILES / ReferenceDesigns.TEMPLATES.size();
        for (Map.Entry<String, Supplier<TransceiverDesign>> t : ReferenceDesigns.TEMPLATES.entrySet()) {
            TransceiverDesign design = t.getValue().get();
            List<Double> lengths = design.getChannels().stream().map(Channel::getLengthM).toList();
            List<Laser> lasers = design.getComponents().stream().filter(Laser.class::isInstance).map(Laser.class::cast).toList();
            List<Double> powers = lasers.stream().map(Laser::getOutputPowerDbm).toList();
            for (int v = 0; v < perTemplate; v++) {
                double length = 100 + (v * 37 % 20) * 100.0;
                double offset = (v % 7 - 3) * 0.5;
                for (int c = 0; c < lengths.size(); c++) {
                    design.getChannels().get(c).setLengthM(lengths.get(c) == null ? null : length);
                }
                for (int l = 0; l < lasers.size(); l++) {
                    lasers.get(l).setOutputPowerDbm(powers.get(l) == null ? null : powers.get(l) + offset);
                }
                design.setId(t.getKey() + "-v" + v);
                Path file = designs.resolve(String.format("%s-v%03d.%s", t.getKey(), v, DesignFiles.EXTENSION));
                DesignFiles.save(design, file);
                files.add(file);
            }
        }
        return files;
    }

    /** {@code java -cp <this class path> dev.lightwork.cli.Main validate FILE}, as a per-file CI loop would run it. */
    private static int spawn(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.lightwork.cli.Main",
                "validate", "--format", "json", file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
