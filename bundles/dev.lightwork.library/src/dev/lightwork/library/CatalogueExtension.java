package dev.lightwork.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A designer's own catalogue parts, beside the shipped ones: rows of {@code id, kind, name, source, confidence, note,
 * cost_class} and the value columns of the kind's shipped data file ({@code output_power_dbm}, {@code insertion_loss_db},
 * ...; units in the names as there). Read from a workbook's Parts sheet (exchange) or a user catalogue CSV in the
 * same layout (named by {@code LIGHTWORK_CATALOGUE} / {@code -Dlightwork.catalogue}). All or nothing: every bad row is
 * reported where it is ({@link Where}) and no part is returned.
 */
public final class CatalogueExtension {

    /** The columns every row has; the rest are value columns of the row's kind. */
    public static final List<String> META_COLUMNS = List.of("id", "kind", "name", "source", "confidence", "note", "cost_class");

    /** The system property and environment variable naming user catalogue CSV files (path-separator list). */
    public static final String PROPERTY = "lightwork.catalogue";
    public static final String ENVIRONMENT = "LIGHTWORK_CATALOGUE";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> UNIT_SUFFIXES = Set.of("_db", "_dbm", "_mw", "_usd", "_nm", "_c", "_w", "_gbd", "_gbps", "_m",
            "_ghz", "_dbhz", "_a_per_w", "_db_per_km", "_db_per_k", "_k_per_w", "_pa_per_rthz");

    /** A user catalogue file named by the environment that cannot be used: every problem by file:line and column. */
    public static final class BadCatalogue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadCatalogue(String message) {
            super(message);
        }
    }

    /** How a problem names its place: "Parts!C5" in a workbook, "parts.csv:5 (column insertion_loss_db)" in a CSV file. */
    public interface Where {
        String at(int row, String column);
    }

    /** The parts read, or the problems found (then no parts). */
    public record Result(List<CatalogPart> parts, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private CatalogueExtension() {
    }

    /**
     * Parses {@code rows} (values by column name; {@code row} index as {@link Where} expects it, from {@code firstRow}) against
     * {@code library}: ids must be new (not a shipped part, not twice), the kind known, every value column one of that
     * kind's, unit columns numbers, source and confidence given. {@code file} and the row's line become each part's provenance.
     */
    public static Result parse(List<Map<String, String>> rows, int firstRow, Where where, ReferenceLibrary library, String file) {
        List<String> problems = new ArrayList<>();
        List<CatalogPart> parts = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int r = firstRow + i;
            Map<String, String> row = rows.get(i);
            if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            int before = problems.size();
            String id = text(row, "id");
            if (id.isEmpty()) {
                problems.add(where.at(r, "id") + ": the part has no id");
            } else if (!ID.matcher(id).matches()) {
                problems.add(where.at(r, "id") + ": id '" + id + "' may hold only letters, digits, '.', '_' and '-' (it becomes a reference in design files)");
            } else if (library.part(id).isPresent() && !isUser(library.part(id).get())) {
                problems.add(where.at(r, "id") + ": '" + id + "' is a shipped catalogue part (" + library.part(id).get().provenance().file()
                        + "); give your part its own id");
            } else if (seen.containsKey(id)) {
                problems.add(where.at(r, "id") + ": '" + id + "' is listed twice (also " + seen.get(id) + ")");
            } else {
                seen.put(id, where.at(r, "id"));
            }
            PartKind kind = kind(text(row, "kind"));
            if (kind == null) {
                problems.add(where.at(r, "kind") + ": kind '" + text(row, "kind") + "' is none of " + kinds());
            }
            String source = text(row, "source");
            if (source.isEmpty()) {
                problems.add(where.at(r, "source") + ": every part needs its source (datasheet and revision, measurement report)");
            }
            Confidence confidence = null;
            try {
                confidence = Confidence.valueOf(text(row, "confidence").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where.at(r, "confidence") + ": confidence must be H, M or L, not '" + text(row, "confidence") + "'");
            }
            Map<String, Double> numbers = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            if (kind != null) {
                List<String> columns = library.partColumns(kind);
                for (Map.Entry<String, String> e : row.entrySet()) {
                    String column = e.getKey();
                    String value = e.getValue() == null ? "" : e.getValue().trim();
                    if (META_COLUMNS.contains(column) || value.isEmpty()) {
                        continue;
                    }
                    if (!columns.contains(column)) {
                        problems.add(where.at(r, column) + ": a " + kind.name().toLowerCase(Locale.ROOT) + " has no value '" + column
                                + "' (its columns: " + String.join(", ", columns) + ")");
                        continue;
                    }
                    Double number = number(value);
                    if (number != null && !Double.isFinite(number)) {
                        problems.add(where.at(r, column) + ": " + column + " = " + value + " is not a finite number");
                    } else if (number != null) {
                        numbers.put(column, number);
                    } else if (unitColumn(column)) {
                        problems.add(where.at(r, column) + ": " + column + " = '" + value + "' is not a number");
                    } else {
                        texts.put(column, value);
                    }
                }
            }
            if (problems.size() == before) {
                String name = text(row, "name");
                parts.add(new CatalogPart(kind, id, name.isEmpty() ? id : name, Collections.unmodifiableMap(numbers),
                        Collections.unmodifiableMap(texts), text(row, "cost_class"), new Provenance(file, r, source, confidence, text(row, "note"))));
            }
        }
        return problems.isEmpty() ? new Result(List.copyOf(parts), List.of()) : new Result(List.of(), List.copyOf(problems));
    }

    /** A user catalogue CSV file in the same layout; problems name file:line and column. */
    public static Result read(Path csv, ReferenceLibrary library) throws IOException {
        List<Csv.Row> rows;
        try (InputStream in = Files.newInputStream(csv)) {
            rows = Csv.read(csv.toString(), in);
        } catch (IllegalArgumentException e) {
            return new Result(List.of(), List.of(e.getMessage()));
        }
        List<Map<String, String>> values = new ArrayList<>();
        Map<Integer, Integer> lines = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            values.add(rows.get(i).values());
            lines.put(i, rows.get(i).line());
        }
        return parse(values, 0, (row, column) -> csv + ":" + lines.get(row) + " (column " + column + ")", library, csv.toString());
    }

    /** True for a part read from a user catalogue (its provenance is not one of the shipped data files). */
    public static boolean isUser(CatalogPart part) {
        return !part.provenance().file().startsWith("data/");
    }

    static PartKind kind(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (PartKind k : PartKind.values()) {
            String file = k.file().replace(".csv", "").toUpperCase(Locale.ROOT).replace('-', '_');
            if (k.name().equals(t) || file.equals(t)) {
                return k;
            }
        }
        return null;
    }

    private static String kinds() {
        List<String> names = new ArrayList<>();
        for (PartKind k : PartKind.values()) {
            names.add(k.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private static boolean unitColumn(String column) {
        return UNIT_SUFFIXES.stream().anyMatch(column::endsWith);
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.trim();
    }
}
