package dev.lightwork.cli.validate;

import java.util.Locale;

/** Formatting of physical numbers for people: NaN reads as "unknown", never as "NaN". */
final class Numbers {
    private Numbers() {
    }

    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "unknown";
    }

    static String fixed(Double v, int decimals) {
        return v == null ? "unknown" : fixed(v.doubleValue(), decimals);
    }

    /** Bit error ratios span hundreds of decades: scientific notation. */
    static String ber(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1e", v) : "unknown";
    }

    /** A bit error ratio that may be a bound: "< 1.0e-30" when the model only says it is below that. */
    static String ber(double v, boolean bound) {
        return (bound && Double.isFinite(v) ? "< " : "") + ber(v);
    }
}
