package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lightwork.cli.LightworkCommand;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.io.DesignFiles;

/** Test fixtures: the five reference designs written as files, text variants of them, and a CLI run. */
final class Designs {

    private Designs() {
    }

    /** Writes every reference design as {@code <template>.lightwork} into {@code folder}; template id to file. */
    static Map<String, Path> writeExamples(Path folder) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (var t : ReferenceDesigns.TEMPLATES.entrySet()) {
            Path file = folder.resolve(t.getKey() + ".lightwork");
            DesignFiles.save(t.getValue().get(), file);
            files.put(t.getKey(), file);
        }
        return files;
    }

    /** A copy of {@code source} with every match of {@code regex} replaced; fails when nothing matched. */
    static Path variant(Path source, Path target, String regex, String replacement) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String changed = text.replaceAll(regex, replacement);
        assertNotEquals(text, changed, "the variant must change " + source.getFileName() + " (" + regex + ")");
        Files.writeString(target, changed, StandardCharsets.UTF_8);
        return target;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource of this bundle (schemas/...), read from the bundle or from the source tree. */
    static InputStream resource(String path) throws IOException {
        InputStream in = Designs.class.getResourceAsStream("/" + path);
        if (in != null) {
            return in;
        }
        Path file = Path.of(System.getProperty("lightwork.repo", "."), "tests", "dev.lightwork.cli.tests", path);
        return Files.newInputStream(file);
    }

    /** One in-process run of the command line. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LightworkCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
