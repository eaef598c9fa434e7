package dev.lightwork.ui.views.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.lightwork.model.io.AtomicFiles;

/** RFC 4180 CSV text: numbers in full precision (so a spreadsheet recomputes the same figures), unknown = empty. */
public final class Csv {

    private Csv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "" : Double.toString(d);
        }
        if (value instanceof Number n) {
            return n.toString(); // a number the program computed, not text from a design: never neutralised
        }
        return dev.lightwork.model.io.SafeText.csvCell(value.toString()); // RFC 4180 quoting, OWASP formula neutralising
    }

    public static String line(List<?> values) {
        return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Writes atomically ({@link AtomicFiles#write}), so an interrupted export never leaves half a file. */
    public static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
