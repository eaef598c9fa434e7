package dev.lightwork.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The physical range of every numeric attribute of the model ({@code data/attribute-ranges.csv}): unit, inclusive
 * minimum and maximum (empty: unbounded, the value must still be finite) and where the range comes from. These are
 * plausibility ranges that catch impossible values (a negative loss, an efficiency above 1, ER 1e308), not the
 * PMD's specification limits, which the link checks apply.
 */
public final class AttributeRanges {

    /** One attribute's range. */
    public record Range(String eClass, String attribute, String unit, double min, double max, Provenance provenance) {

        public boolean contains(double v) {
            return Double.isFinite(v) && v >= min && v <= max;
        }
    }

    private static volatile AttributeRanges shared;

    private final Map<String, Range> ranges;

    private AttributeRanges(Map<String, Range> ranges) {
        this.ranges = Collections.unmodifiableMap(ranges);
    }

    /** The ranges shipped with this bundle (read on first use). */
    public static AttributeRanges load() {
        AttributeRanges r = shared;
        if (r == null) {
            synchronized (AttributeRanges.class) {
                if (shared == null) {
                    try {
                        shared = read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                r = shared;
            }
        }
        return r;
    }

    private static AttributeRanges read() throws IOException {
        String file = "attribute-ranges.csv";
        Map<String, Range> ranges = new LinkedHashMap<>();
        for (Csv.Row row : Csv.read("data/" + file, AttributeRanges.class.getResourceAsStream("/data/" + file))) {
            Range range = new Range(row.required("class"), row.required("attribute"), row.required("unit"),
                    row.number("min").orElse(Double.NEGATIVE_INFINITY), row.number("max").orElse(Double.POSITIVE_INFINITY),
                    new Provenance(row.file(), row.line(), row.required("source"), Confidence.parse(row.file(), row.line(), row.required("confidence")),
                            row.text("note")));
            if (!(range.min() <= range.max())) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": min " + range.min() + " is above max " + range.max());
            }
            if (ranges.put(range.eClass() + "." + range.attribute(), range) != null) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": duplicate range for " + range.eClass() + "." + range.attribute());
            }
        }
        return new AttributeRanges(ranges);
    }

    /** The range of {@code attribute} as declared on {@code eClass} (the class that declares it, e.g. Component.powerMw). */
    public Optional<Range> range(String eClass, String attribute) {
        return Optional.ofNullable(ranges.get(eClass + "." + attribute));
    }

    public Map<String, Range> all() {
        return ranges;
    }
}
