package dev.lightwork.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Minimal RFC 4180 CSV reader for the reference data; errors name the file, line and column. */
public final class Csv {

    /** One data row: values by column name, with its file and line for error messages. */
    public record Row(String file, int line, Map<String, String> values) {
        public String text(String column) {
            String v = values.get(column);
            return v == null ? "" : v;
        }

        public String required(String column) {
            String v = text(column);
            if (v.isBlank()) {
                throw new IllegalArgumentException(file + ":" + line + ": column '" + column + "' is empty");
            }
            return v;
        }

        public OptionalDouble number(String column) {
            String v = text(column).trim();
            if (v.isEmpty()) {
                return OptionalDouble.empty();
            }
            try {
                return OptionalDouble.of(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + line + ": column '" + column + "' is not a number: '" + v + "'", e);
            }
        }
    }

    private Csv() {
    }

    public static List<Row> read(String file, InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("reference data file missing from the bundle: " + file);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            int lineNo = 0;
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                int startLine = lineNo;
                StringBuilder record = new StringBuilder(line);
                while (unclosedQuote(record)) {
                    String next = r.readLine();
                    if (next == null) {
                        throw new IllegalArgumentException(file + ":" + startLine + ": unclosed quote");
                    }
                    lineNo++;
                    record.append('\n').append(next);
                }
                if (record.toString().isBlank()) {
                    continue;
                }
                List<String> fields = split(file, startLine, record.toString());
                if (header == null) {
                    header = fields;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalArgumentException(file + ":" + startLine + ": expected " + header.size()
                            + " columns, found " + fields.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                rows.add(new Row(file, startLine, Collections.unmodifiableMap(values)));
            }
        }
        return rows;
    }

    private static boolean unclosedQuote(CharSequence s) {
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    static List<String> split(String file, int line, String record) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new IllegalArgumentException(file + ":" + line + ":" + (i + 1) + ": quote inside an unquoted field");
                }
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ":" + line + ": unclosed quote");
        }
        out.add(field.toString());
        return out;
    }
}
