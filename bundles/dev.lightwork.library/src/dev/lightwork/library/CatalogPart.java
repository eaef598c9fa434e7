package dev.lightwork.library;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A catalogue part with typical values. Numeric columns are kept by their column name (units are in the
 * name, e.g. {@code output_power_dbm}); text columns such as {@code type} likewise.
 */
public record CatalogPart(PartKind kind, String id, String name, Map<String, Double> numbers, Map<String, String> texts,
        String costClass, Provenance provenance) {

    public OptionalDouble number(String column) {
        Double v = numbers.get(column);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** A value the part must have; a missing one is a catalogue error naming part and column. */
    public double require(String column) {
        Double v = numbers.get(column);
        if (v == null) {
            throw new IllegalStateException("catalogue part " + id + " has no value for " + column
                    + " (" + provenance.file() + ":" + provenance.line() + ")");
        }
        return v;
    }

    public String text(String column) {
        return texts.getOrDefault(column, "");
    }

    public OptionalDouble costUsd() {
        return number("cost_usd");
    }
}
