package dev.lightwork.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A design file that cannot be loaded. The message always names the file, and where known the line, column
 * and element, so a designer (or a CI log reader) can go straight to the problem.
 */
public final class DesignLoadException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;

    public DesignLoadException(Path file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public DesignLoadException(Path file, String problem, Throwable cause) {
        this(file, 0, 0, problem, cause);
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder b = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, 0 when unknown. */
    public int column() {
        return column;
    }
}
