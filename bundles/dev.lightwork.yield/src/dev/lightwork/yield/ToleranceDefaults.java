package dev.lightwork.yield;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dev.lightwork.library.Csv;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Distribution;

/**
 * Default production tolerances per catalogue part, from the library's {@code data/tolerances.csv} (part_id,
 * attribute, distribution, mean, sigma, min, max, mode, trim_range, trim_step, source, confidence, note). An empty mean
 * or mode is the part's nominal value in the design; a trim range says the value is trimmed at module test toward it.
 */
public final class ToleranceDefaults {

    /** One row: the distribution of one attribute of every component built from the part. */
    public record Row(String partId, String attribute, Distribution distribution, Double mean, Double sigma, Double min, Double max,
            Double mode, Double trimRange, Double trimStep, String source, String confidence, String where) {
    }

    private static final String FILE = "data/tolerances.csv";
    private final Map<String, List<Row>> byPart;

    private ToleranceDefaults(Map<String, List<Row>> byPart) {
        this.byPart = byPart;
    }

    public static ToleranceDefaults load() {
        try (InputStream in = ReferenceLibrary.class.getResourceAsStream("/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from dev.lightwork.library");
            }
            Map<String, List<Row>> byPart = new LinkedHashMap<>();
            for (Csv.Row r : Csv.read(FILE, in)) {
                String where = FILE + ":" + r.line();
                Distribution d = Distribution.get(r.required("distribution"));
                if (d == null) {
                    throw new IllegalArgumentException(where + ": distribution '" + r.text("distribution") + "' is not one of " + Distribution.VALUES);
                }
                String confidence = r.required("confidence");
                r.required("source");
                byPart.computeIfAbsent(r.required("part_id"), k -> new ArrayList<>()).add(new Row(r.required("part_id"), r.required("attribute"), d,
                        number(r, "mean"), number(r, "sigma"), number(r, "min"), number(r, "max"), number(r, "mode"), number(r, "trim_range"),
                        number(r, "trim_step"), r.text("source"), confidence, where));
            }
            return new ToleranceDefaults(byPart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double number(Csv.Row r, String column) {
        OptionalDouble v = r.number(column);
        return v.isPresent() ? v.getAsDouble() : null;
    }

    public List<Row> forPart(String partId) {
        return partId == null ? List.of() : byPart.getOrDefault(partId, List.of());
    }

    public Map<String, List<Row>> all() {
        return byPart;
    }
}
