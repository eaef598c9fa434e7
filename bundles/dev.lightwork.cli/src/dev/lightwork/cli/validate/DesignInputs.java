package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.lightwork.model.io.DesignFiles;

/**
 * Turns the command's arguments into the design files to check, in argument order: a file as given, a folder
 * recursively (its {@code *.lightwork} files, sorted), a glob such as {@code designs/**}{@code /*.lightwork}
 * (matches sorted). An argument that names nothing becomes an {@link Input} with a problem, so the batch goes on.
 */
public final class DesignInputs {

    /** One design file to check, or an argument that named nothing ({@code problem} set). */
    public record Input(Path file, String problem) {

        public static Input of(Path file) {
            return new Input(file, null);
        }

        public String display() {
            return file.toString();
        }
    }

    private static final String SUFFIX = "." + DesignFiles.EXTENSION;

    private DesignInputs() {
    }

    public static List<Input> expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String argument : arguments) {
            for (Input input : expand(argument)) {
                // The same design (or bad argument) named twice, e.g. a file and its folder, is checked and reported once.
                if (seen.add(input.file().toAbsolutePath().normalize())) {
                    inputs.add(input);
                }
            }
        }
        return inputs;
    }

    private static List<Input> expand(String argument) {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return List.of(new Input(Path.of(sanitize(argument)), "not a valid path: " + e.getReason()));
        }
        if (Files.isDirectory(path)) {
            return folder(path, argument);
        }
        if (!Files.exists(path) && isGlob(argument)) {
            return glob(argument);
        }
        // A missing or unreadable file is reported by the loader, with the same wording as in the workbench.
        return List.of(Input.of(path));
    }

    private static List<Input> folder(Path folder, String argument) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Input> found = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted().map(Input::of).toList();
            return found.isEmpty() ? List.of(new Input(folder, "folder holds no " + SUFFIX + " files")) : found;
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(folder, "cannot read folder " + argument + ": " + e.getMessage()));
        }
    }

    /**
     * Walks the part of the pattern before its first wildcard. {@code **}{@code /} also matches no folder at all,
     * as in shells with globstar ({@code a/**}{@code /*.lightwork} finds {@code a/x.lightwork}).
     */
    private static List<Input> glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        int wildcard = firstWildcard(normalized);
        int slash = normalized.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
        PathMatcher full;
        PathMatcher flat;
        try {
            full = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
            flat = FileSystems.getDefault().getPathMatcher("glob:" + normalized.replace("**/", ""));
        } catch (IllegalArgumentException e) {
            return List.of(new Input(Path.of(sanitize(pattern)), "not a valid pattern: " + e.getMessage()));
        }
        Path root = base.toString().isEmpty() ? Path.of(".") : base;
        if (!Files.isDirectory(root)) {
            return List.of(new Input(Path.of(sanitize(pattern)), "no file matches (folder " + root + " not found)"));
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Input> found = files.filter(Files::isRegularFile)
                    .map(p -> base.toString().isEmpty() ? root.relativize(p) : p)
                    .filter(p -> full.matches(p) || flat.matches(p))
                    .sorted().map(Input::of).toList();
            return found.isEmpty() ? List.of(new Input(Path.of(sanitize(pattern)), "no file matches")) : found;
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(Path.of(sanitize(pattern)), "cannot search " + root + ": " + e.getMessage()));
        }
    }

    static boolean isGlob(String argument) {
        return firstWildcard(argument) < argument.length();
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Keeps a path that Path.of refuses (e.g. a NUL byte) printable in the report. */
    private static String sanitize(String argument) {
        return argument.replace('\0', '?');
    }
}
