package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Feeds thousands of damaged design files to {@code lightwork validate} in one process: byte flips, truncation,
 * attribute values replaced by NaN, huge, negative or non-numeric text, deleted elements. Whatever the damage,
 * no exception escapes, nothing hangs, the exit code is 0, 1 or 2, and every design that could not be checked
 * has exactly one message line naming its file. Seeded, so a failure repeats.
 */
class ValidateFuzzTest {

    private static final long SEED = 0x11647_2026L;
    private static final int SMALL_FILES = 2000;
    private static final int CPO_FILES = 8;
    private static final int BATCH = 500;
    private static final String[] VALUES = {"NaN", "-1e308", "1e308", "-Infinity", "Infinity", "garbage", "", "-1", "0", "1e-320", "-0.0",
            "99999999999", "1,5", " 3 ", "&amp;", "&lt;x&gt;", "\u00e9\u4e2d", "0x10", "true"};
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void damagedDesignsNeverCrashOrHangAndBadOnesGetOneLine() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        Random random = new Random(SEED);
        List<byte[]> small = new ArrayList<>();
        for (var e : examples.entrySet()) {
            if (!e.getKey().equals("51p2t-cpo-engine")) {
                small.add(Files.readAllBytes(e.getValue()));
            }
        }
        byte[] cpo = Files.readAllBytes(examples.get("51p2t-cpo-engine"));
        Path fuzz = Files.createDirectories(dir.resolve("fuzz"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < SMALL_FILES + CPO_FILES; i++) {
            byte[] source = i < SMALL_FILES ? small.get(i % small.size()) : cpo;
            Path file = fuzz.resolve(String.format("m%05d.lightwork", i));
            Files.write(file, mutate(source, random));
            files.add(file.toString());
        }

        List<String> internalErrors = new ArrayList<>();
        int[] verdicts = new int[3];
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<String> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
                args.addAll(batch);
                Run run = Designs.run(args.toArray(String[]::new));
                checkBatch(batch, run, internalErrors, verdicts);
            }
        }, "a batch hung");
        // No mutation may crash the analysis (the fuzzer once found 1e308 K/W making the thermal matrix singular).
        internalErrors.forEach(m -> System.out.println("fuzz: " + m));
        assertEquals(List.of(), internalErrors, "analysis crashes");
        // The mutations must reach all three outcomes, or the fuzzer is not exercising the checks.
        assertTrue(verdicts[0] > 0 && verdicts[1] > 0 && verdicts[2] > 0, Arrays.toString(verdicts));
    }

    private static void checkBatch(List<String> batch, Run run, List<String> internalErrors, int[] verdicts) {
        assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, "exit code " + run.exitCode());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        List<JsonElement> designs = root.getAsJsonArray("designs").asList();
        assertEquals(batch.size(), designs.size());
        List<String> errLines = run.err().lines().toList();
        int errors = 0;
        boolean anyFail = false;
        for (int i = 0; i < designs.size(); i++) {
            JsonObject d = designs.get(i).getAsJsonObject();
            String file = batch.get(i);
            assertEquals(file, d.get("file").getAsString(), "input order");
            String verdict = d.get("verdict").getAsString();
            switch (verdict) {
                case "pass", "indicative" -> verdicts[0]++; // indicative: no violation, unsourced PMD limits (exit 0)
                case "fail" -> {
                    verdicts[1]++;
                    anyFail = true;
                }
                case "error" -> {
                    verdicts[2]++;
                    String message = d.get("error").getAsString();
                    assertTrue(message.startsWith(file + ":"), message);
                    assertFalse(message.contains("\n") || message.contains("\r"), message);
                    assertTrue(errLines.contains("lightwork: " + message), "one stderr line for " + file);
                    if (message.contains("internal error")) {
                        internalErrors.add(message);
                    }
                    errors++;
                }
                default -> throw new AssertionError("verdict " + verdict);
            }
        }
        assertEquals(errors, errLines.size(), "exactly one stderr line per bad file:\n" + run.err());
        assertEquals(errors > 0 ? 2 : anyFail ? 1 : 0, run.exitCode());
        assertEquals(run.exitCode(), root.getAsJsonObject("summary").get("exitCode").getAsInt());
    }

    /** One random kind of damage (sometimes two). */
    static byte[] mutate(byte[] source, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> flipBytes(source, random);
            case 1 -> Arrays.copyOf(source, random.nextInt(source.length));
            case 2, 3 -> mutateAttributes(source, random);
            case 4 -> deleteLines(source, random);
            default -> deleteLines(mutateAttributes(source, random), random);
        };
    }

    private static byte[] flipBytes(byte[] source, Random random) {
        byte[] out = source.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] mutateAttributes(byte[] source, Random random) {
        String text = new String(source, StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher m = ATTRIBUTE_VALUE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            return source;
        }
        // pick a few values, replace from the back so earlier offsets stay valid
        List<int[]> chosen = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            chosen.add(spans.get(random.nextInt(spans.size())));
        }
        chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder b = new StringBuilder(text);
        int last = Integer.MAX_VALUE;
        for (int[] span : chosen) {
            if (span[1] <= last) {
                b.replace(span[0], span[1], VALUES[random.nextInt(VALUES.length)]);
                last = span[0];
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Deletes one to three consecutive lines: an element, part of a multi-line element, or a closing tag. */
    private static byte[] deleteLines(byte[] source, Random random) {
        List<String> lines = new String(source, StandardCharsets.UTF_8).lines().toList();
        int from = 1 + random.nextInt(Math.max(1, lines.size() - 1));
        int to = Math.min(lines.size(), from + 1 + random.nextInt(3));
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length);
        for (int i = 0; i < lines.size(); i++) {
            if (i < from || i >= to) {
                out.writeBytes((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
