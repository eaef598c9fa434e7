package dev.lightwork.diagram.transceiver;

import java.util.Locale;

import dev.lightwork.model.NamedElement;

/** Number and name formatting for diagram labels (unit after the value, "n/a" for unknown). */
final class Quantities {

    private Quantities() {
    }

    static String of(double value, int decimals, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f %s", value, unit);
    }

    static String of(Double value, int decimals, String unit) {
        return value == null ? "n/a" : of(value.doubleValue(), decimals, unit);
    }

    /** A loss as a signed term of the budget, e.g. "-2.30 dB". */
    static String loss(double db) {
        return Double.isNaN(db) ? "n/a" : String.format(Locale.ROOT, "%.2f dB", 0.0 - db);
    }

    static String ber(double ber) {
        return Double.isNaN(ber) ? "n/a" : String.format(Locale.ROOT, "%.1e", ber);
    }

    /** The element's name without the catalogue's "(typical)" qualifier, else its id. */
    static String name(NamedElement e) {
        if (e == null) {
            return "none";
        }
        String n = e.getName() != null && !e.getName().isBlank() ? e.getName() : e.getId();
        return n == null ? e.eClass().getName() : n.replace(" (typical)", "");
    }
}
