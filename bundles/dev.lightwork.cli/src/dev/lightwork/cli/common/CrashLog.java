package dev.lightwork.cli.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the stack trace of an unexpected error goes: a log file, so the console keeps one line a person can read
 * ("file: internal error ...; details in LOG") and the trace is there for the bug report. The folder is
 * {@code LIGHTWORK_LOG_DIR} or the system temporary folder; the file is per process and appended to.
 */
public final class CrashLog {

    private static volatile Path file;

    private CrashLog() {
    }

    /** Appends {@code context} and the stack trace of {@code t}; returns the log's path, or null when it cannot be written. */
    public static synchronized Path record(String context, Throwable t) {
        try {
            if (file == null) {
                String dir = System.getenv("LIGHTWORK_LOG_DIR");
                Path folder = Path.of(dir != null && !dir.isBlank() ? dir : System.getProperty("java.io.tmpdir"));
                file = folder.resolve("lightwork-" + ProcessHandle.current().pid() + ".log");
            }
            StringWriter trace = new StringWriter();
            try (PrintWriter w = new PrintWriter(trace)) {
                w.println(Instant.now() + " Lightwork " + dev.lightwork.cli.common.ProductVersion.version() + ", Java " + System.getProperty("java.version"));
                w.println(context);
                t.printStackTrace(w);
                w.println();
            }
            // NOFOLLOW-like care: never append through a symlink planted in a shared temp folder
            if (Files.isSymbolicLink(file)) {
                return null;
            }
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return file;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /** One line for a person: what happened, in words, and where the details are. */
    public static String describe(Throwable t, Path log) {
        String what = t instanceof OutOfMemoryError ? "not enough memory (raise the heap with LIGHTWORK_VMARGS=-Xmx4g, or split the design)"
                : t instanceof StackOverflowError ? "the design nests too deeply to be processed"
                : "unexpected " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()));
        return what + (log == null ? "" : "; stack trace in " + log) + " (a defect of Lightwork: please report it with the file)";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
