package dev.lightwork.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.lightwork.cli.LightworkCommand;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.io.DesignFiles;

/**
 * The fuzzer of issue 14 item 8, shared by the fixed-seed test in releng/test ({@code ValidateFuzzTest}, a few
 * thousand inputs) and the long run of {@code releng/benchmark fuzz}. Damage classes: byte flips, truncation,
 * attribute values (numbers, NaN, huge, text), injection strings, element duplication and removal, id swaps,
 * references to other documents and the network, special files (FIFO, empty, folder, links). Every input goes
 * through {@code lightwork validate --format json} in batches; the result counts crashes (exit 3 / internal errors),
 * hangs, exit-0 runs with bad inputs, and bad-input messages without file:line or with Java class names.
 */
public final class DesignFuzzer {

    /** The counts a run reports (README: inputs tried and results). */
    public record Summary(int inputs, int pass, int fail, int error, int crashes, int hangs, int exitZeroFailures, int messagesWithoutLine,
            int messagesWithJava, List<String> examples, double seconds) {

        public boolean clean() {
            return crashes == 0 && hangs == 0 && exitZeroFailures == 0 && messagesWithoutLine == 0 && messagesWithJava == 0;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d inputs in %.1f s: %,d pass, %,d fail, %,d error; %d crashes, %d hangs, "
                    + "%d exit-0 failures, %d messages without file:line, %d with Java names", inputs, seconds, pass, fail, error, crashes, hangs,
                    exitZeroFailures, messagesWithoutLine, messagesWithJava);
        }
    }

    private static final String[] VALUES = {"NaN", "-1e308", "1e308", "-Infinity", "Infinity", "garbage", "", "-1", "0", "1e-320", "-0.0",
            "99999999999", "1,5", " 3 ", "&amp;", "&lt;x&gt;", "\u00e9\u4e2d", "0x10", "true", "4.9E-324", "2147483648", "-2147483649"};
    private static final String[] INJECTIONS = {"&lt;script&gt;alert(1)&lt;/script&gt;", "'&quot;&gt;&lt;g onload=x&gt;", "=cmd|'/C calc'!A0",
            "+1+1", "@SUM(A1)", "-2+3", "\u202Etxt.exe", "line&#10;1 design: 1 pass, 0 fail, 0 error", "&#x9;tab", "\\u0000", "%s%n%x",
            "${jndi:ldap://127.0.0.1:1/x}", "../../etc/passwd", "\uD83D\uDE00", "\uFFFD"};
    private static final String[] REFERENCES = {"http://127.0.0.1:9/x.lightwork#las0", "ftp://127.0.0.1:9/x#a", "other.lightwork#las0",
            "file:///etc/passwd#x", "#las0", "las0 las1", "jar:file:/x.jar!/y#z"};
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern REFERENCE_VALUE = Pattern.compile("\\s(laser|dsp|driver|tia|photodetector|channel|thermalNode|from|to|connectors)=\"([^\"]*)\"");
    private static final Pattern JAVA_NAMES = Pattern.compile("dev\\.lightwork\\.model\\.impl|Exception\\b|org\\.xml\\.sax|org\\.eclipse\\.|java\\.lang\\.|@[0-9a-f]{5,}");

    private DesignFuzzer() {
    }

    /** Writes {@code inputs} damaged designs (seeded) into {@code dir} and validates them in batches of {@code batch}. */
    public static Summary run(Path dir, long seed, int inputs, int batch, long batchTimeoutS) throws IOException {
        long t0 = System.nanoTime();
        Random random = new Random(seed);
        List<byte[]> sources = new ArrayList<>();
        for (var t : ReferenceDesigns.TEMPLATES.entrySet()) {
            Path f = dir.resolve("source-" + t.getKey() + ".lightwork");
            DesignFiles.save(t.getValue().get(), f);
            sources.add(Files.readAllBytes(f));
            Files.delete(f);
        }
        Path fuzz = Files.createDirectories(dir.resolve("fuzz"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            // the 512-lane CPO engine is the largest template: one input in 200 uses it, to keep the run short
            byte[] source = sources.get(i % 200 == 199 ? sources.size() - 1 : i % (sources.size() - 1));
            Path file = fuzz.resolve(String.format("m%06d.lightwork", i));
            if (random.nextInt(100) == 0) {
                special(file, source, random);
            } else {
                Files.write(file, mutate(source, random));
            }
            files.add(file.toString());
        }
        int[] counts = new int[8];
        List<String> examples = new ArrayList<>();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < files.size(); from += batch) {
                List<String> slice = files.subList(from, Math.min(files.size(), from + batch));
                List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "-j", "2"));
                args.addAll(slice);
                Future<String[]> f = runner.submit(() -> run(args.toArray(String[]::new)));
                String[] result;
                try {
                    result = f.get(batchTimeoutS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    counts[5] += slice.size();
                    examples.add("hang in batch from " + slice.get(0));
                    runner.shutdownNow();
                    runner = Executors.newSingleThreadExecutor();
                    continue;
                } catch (Exception e) {
                    counts[4] += slice.size();
                    examples.add("batch from " + slice.get(0) + " threw " + e);
                    continue;
                }
                check(slice, Integer.parseInt(result[0]), result[1], result[2], counts, examples);
            }
        } finally {
            runner.shutdownNow();
        }
        return new Summary(inputs, counts[0], counts[1], counts[2], counts[4], counts[5], counts[3], counts[6], counts[7],
                examples.subList(0, Math.min(examples.size(), 20)), (System.nanoTime() - t0) / 1e9);
    }

    private static String[] run(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LightworkCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static void check(List<String> batch, int exit, String out, String err, int[] counts, List<String> examples) {
        if (exit == 3 || exit < 0 || exit > 3) {
            counts[4]++;
            examples.add("exit " + exit + ": " + err.lines().findFirst().orElse(""));
        }
        JsonObject root;
        try {
            root = JsonParser.parseString(out).getAsJsonObject();
        } catch (RuntimeException e) {
            counts[4] += batch.size();
            examples.add("JSON report does not parse: " + e.getMessage());
            return;
        }
        List<JsonElement> designs = root.getAsJsonArray("designs").asList();
        boolean anyError = false;
        for (int i = 0; i < designs.size(); i++) {
            JsonObject d = designs.get(i).getAsJsonObject();
            switch (d.get("verdict").getAsString()) {
                case "pass", "indicative" -> counts[0]++; // indicative: no violation, unsourced PMD limits (exit 0)
                case "fail" -> counts[1]++;
                default -> {
                    counts[2]++;
                    anyError = true;
                    String message = d.get("error").getAsString();
                    if (message.contains("internal error")) {
                        counts[4]++;
                        examples.add(message);
                    }
                    String file = batch.get(i);
                    boolean named = message.startsWith(file + ":");
                    boolean lined = named && message.length() > file.length() + 1 && Character.isDigit(message.charAt(file.length() + 1));
                    if (!named || (!lined && !isFileLevel(message))) {
                        counts[6]++;
                        examples.add("no file:line: " + message);
                    }
                    if (JAVA_NAMES.matcher(message).find()) {
                        counts[7]++;
                        examples.add("java: " + message);
                    }
                }
            }
        }
        if (exit == 0 && anyError) {
            counts[3]++;
            examples.add("exit 0 with bad inputs in batch from " + batch.get(0));
        }
    }

    /** Problems of the file as a whole, which have no line: not a regular file, empty, over a size limit. */
    private static boolean isFileLevel(String message) {
        return message.contains(": is not a regular file") || message.contains(": is a folder") || message.contains(": file is ")
                || message.contains(": file not found") || message.contains("Premature end of file") || message.contains(": file is empty")
                || message.contains(": design has ") || message.contains(": cannot read file") || message.contains(": folder holds no ");
    }

    /** One random kind of damage (sometimes two). */
    public static byte[] mutate(byte[] source, Random random) {
        return switch (random.nextInt(11)) {
            case 0 -> flipBytes(source, random);
            case 1 -> Arrays.copyOf(source, random.nextInt(source.length));
            case 2, 3 -> replaceValues(source, random, VALUES);
            case 4 -> deleteLines(source, random);
            case 5 -> replaceValues(source, random, INJECTIONS);
            case 6 -> duplicateLines(source, random);
            case 7 -> swapReferences(source, random);
            case 8 -> replaceReference(source, random);
            case 9 -> insertRootAttribute(source, random);
            default -> deleteLines(replaceValues(source, random, VALUES), random);
        };
    }

    private static void special(Path file, byte[] source, Random random) throws IOException {
        switch (random.nextInt(5)) {
            case 0 -> Files.write(file, new byte[0]);
            case 1 -> Files.createDirectories(file);
            case 2 -> Files.createSymbolicLink(file, file.resolveSibling("missing-target.lightwork"));
            case 3 -> {
                try {
                    if (new ProcessBuilder("mkfifo", file.toString()).start().waitFor() != 0) {
                        Files.write(file, source);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    Files.write(file, source);
                }
            }
            default -> Files.createSymbolicLink(file, Path.of("/dev/zero"));
        }
    }

    private static byte[] flipBytes(byte[] source, Random random) {
        byte[] out = source.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] replaceValues(byte[] source, Random random, String[] values) {
        String text = new String(source, StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher m = ATTRIBUTE_VALUE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            return source;
        }
        List<int[]> chosen = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            chosen.add(spans.get(random.nextInt(spans.size())));
        }
        chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder b = new StringBuilder(text);
        int last = Integer.MAX_VALUE;
        for (int[] span : chosen) {
            if (span[1] <= last) {
                b.replace(span[0], span[1], values[random.nextInt(values.length)]);
                last = span[0];
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] swapReferences(byte[] source, Random random) {
        String text = new String(source, StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher m = REFERENCE_VALUE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.size() < 2) {
            return source;
        }
        int[] a = spans.get(random.nextInt(spans.size()));
        int[] b = spans.get(random.nextInt(spans.size()));
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a[0] == b[0]) {
            return source;
        }
        String va = text.substring(a[0], a[1]);
        String vb = text.substring(b[0], b[1]);
        return (text.substring(0, a[0]) + vb + text.substring(a[1], b[0]) + va + text.substring(b[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceReference(byte[] source, Random random) {
        String text = new String(source, StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher m = REFERENCE_VALUE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return source;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return (text.substring(0, s[0]) + REFERENCES[random.nextInt(REFERENCES.length)] + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insertRootAttribute(byte[] source, Random random) {
        String text = new String(source, StandardCharsets.UTF_8);
        String[] attributes = {" xsi:schemaLocation=\"http://lightwork.dev/model/1.0 http://127.0.0.1:9/x.xsd\"",
                " xsi:noNamespaceSchemaLocation=\"http://127.0.0.1:9/x.xsd\"", " xmlns:evil=\"http://127.0.0.1:9/ns\"",
                " xmlns:xi=\"http://www.w3.org/2001/XInclude\"", " id=\"dup\" "};
        int at = text.indexOf(" xmi:version=");
        if (at < 0) {
            return source;
        }
        return (text.substring(0, at) + attributes[random.nextInt(attributes.length)] + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] duplicateLines(byte[] source, Random random) {
        List<String> lines = new String(source, StandardCharsets.UTF_8).lines().toList();
        int from = 1 + random.nextInt(Math.max(1, lines.size() - 1));
        int to = Math.min(lines.size(), from + 1 + random.nextInt(3));
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length * 2);
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            if (i == to - 1) {
                for (int j = from; j < to; j++) {
                    out.writeBytes((lines.get(j) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out.toByteArray();
    }

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
