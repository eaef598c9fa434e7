package dev.lightwork.cli.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.lightwork.model.io.AttributeSearch;

/**
 * Where elements and attributes sit in a design file, found by scanning its text (the loaded model keeps no
 * positions). Only read for designs that have something to report, so passing designs cost nothing.
 */
final class ElementLines {

    private final Path file;
    private String text;
    private Map<String, Integer> idLines;

    /** Nothing is read until a position is asked for. */
    ElementLines(Path file) {
        this.file = file;
    }

    private String text() {
        if (text == null) {
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = ""; // the file changed since it was loaded: positions become unknown, the findings stay
            }
        }
        return text;
    }

    /** 1-based line of the element whose {@code id} attribute is {@code id}, 0 when not found. */
    int lineOf(String id) {
        if (id == null) {
            return 0;
        }
        if (idLines == null) {
            String text = text();
            idLines = new HashMap<>();
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                } else if (c == 'i' && text.startsWith("id=\"", i) && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                    int end = text.indexOf('"', i + 4);
                    if (end > 0) {
                        idLines.putIfAbsent(text.substring(i + 4, end), line);
                    }
                }
            }
        }
        return idLines.getOrDefault(id, 0);
    }

    /**
     * 1-based [line, column] of the first {@code name="..."} attribute whose text reads as {@code value} (NaN matches
     * NaN), preferring the element with id {@code elementId}; [0, 0] when not found.
     */
    int[] attributeWithValue(String elementId, String name, double value) {
        String text = text();
        int at = AttributeSearch.offset(text, elementId, name, raw -> sameNumber(raw, value));
        return at < 0 ? new int[] {0, 0} : position(text, at);
    }

    private static boolean sameNumber(String raw, double value) {
        try {
            double parsed = Double.parseDouble(raw.strip());
            return Double.compare(parsed, value) == 0 || parsed == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int[] position(String text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** 1-based [line, column] of the first {@code name="} attribute, [0, 0] when not found. */
    int[] attribute(String name) {
        String text = text();
        String needle = name + "=\"";
        int at = text.indexOf(needle);
        while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            at = text.indexOf(needle, at + 1);
        }
        if (at <= 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }
}
