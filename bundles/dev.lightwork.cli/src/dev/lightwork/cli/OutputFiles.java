package dev.lightwork.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

import dev.lightwork.model.io.AtomicFiles;

/**
 * Where the commands write: never through a symbolic link, onto a device or pipe, or over one of the designs the run
 * reads (also not under another spelling of its name on a case-insensitive file system, or through a link to it);
 * always atomically (temp file and rename).
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes {@code bytes} to {@code target} after the checks; {@code inputs} are the files the command reads. */
    public static void write(Path target, byte[] bytes, Collection<Path> inputs) throws IOException {
        check(target, inputs);
        AtomicFiles.writeOutput(target, bytes);
    }

    /** Throws an IOException naming the problem when {@code target} may not be written. */
    public static void check(Path target, Collection<Path> inputs) throws IOException {
        AtomicFiles.refuseUnsafeTarget(target);
        Path abs = target.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in == null) {
                continue;
            }
            Path input = in.toAbsolutePath().normalize();
            boolean same = abs.toString().toLowerCase(Locale.ROOT).equals(input.toString().toLowerCase(Locale.ROOT));
            if (!same && Files.exists(target) && Files.exists(input)) {
                try {
                    same = Files.isSameFile(target, input);
                } catch (IOException e) {
                    same = false;
                }
            }
            if (same) {
                throw new IOException(target + " is an input design of this run; refusing to overwrite it");
            }
        }
    }
}
