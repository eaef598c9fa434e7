package dev.lightwork.analysis.format;

import java.util.Locale;

/**
 * How Lightwork prints physical numbers (report, CLI, views, diagrams): fixed decimals per unit, Locale.ROOT (a report must read the same on every
 * machine), "n/a" for unknown (NaN or null). One class so every face prints a quantity the same way.
 */
public final class QuantityFormat {

    public static final String UNKNOWN = "n/a";

    private QuantityFormat() {
    }

    /** "no errors", "1 error", "3 errors": a count in words as a sentence reads it (never "error(s)"). */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** {@link #count(long, String)} with an irregular plural ("1 lane group", "2 analyses"). */
    public static String count(long n, String singular, String plural) {
        return n == 0 ? "no " + plural : n == 1 ? "1 " + singular : n + " " + plural;
    }

    /** dB and dBm: two decimals (the IEEE tables give one; the second shows small deltas). */
    public static String db(double v) {
        return fixed(v, 2);
    }

    /** Signed dB change, e.g. "+0.50" or "-1.25". */
    public static String deltaDb(double v) {
        return signed(v, 2);
    }

    /** Watts: three decimals (mW resolution). */
    public static String watts(double v) {
        return fixed(v, 3);
    }

    public static String deltaWatts(double v) {
        return signed(v, 3);
    }

    /** Degrees Celsius: one decimal. */
    public static String celsius(double v) {
        return fixed(v, 1);
    }

    public static String deltaCelsius(double v) {
        return signed(v, 1);
    }

    /** Energy per bit, pJ/bit: two decimals. */
    public static String pjPerBit(double v) {
        return fixed(v, 2);
    }

    /** Bit error ratios span hundreds of decades: scientific notation. */
    public static String ber(double v) {
        return Double.isNaN(v) ? UNKNOWN : v == 0 ? "0" : String.format(Locale.ROOT, "%.2e", v);
    }

    /** Compact BER for labels and one-line output (diagram nodes, CLI text): one decimal. */
    public static String berShort(double v) {
        return Double.isNaN(v) ? UNKNOWN : v == 0 ? "0" : String.format(Locale.ROOT, "%.1e", v);
    }

    /** A number with its unit, e.g. "-3.20 dBm"; {@link #UNKNOWN} (without unit) when unknown. */
    public static String withUnit(double v, int decimals, String unit) {
        String n = fixed(v, decimals);
        return n.equals(UNKNOWN) ? UNKNOWN : n + " " + unit;
    }

    public static String withUnit(Double v, int decimals, String unit) {
        return v == null ? UNKNOWN : withUnit(v.doubleValue(), decimals, unit);
    }

    /** A loss as a signed term of a budget, e.g. "-2.30 dB" for a 2.3 dB loss. */
    public static String loss(double db) {
        return withUnit(0.0 - db, 2, "dB");
    }

    /** A compact bit error ratio that may be a bound of the model: "< 1.0e-30". */
    public static String berShort(double v, boolean bound) {
        return (bound && !Double.isNaN(v) ? "< " : "") + berShort(v);
    }

    /** A bit error ratio that may be a bound of the model: "< 1.00e-30". */
    public static String ber(double v, boolean bound) {
        return (bound && !Double.isNaN(v) ? "< " : "") + ber(v);
    }

    /** A value whose unit is only known from its attribute name (model values, catalogue columns). */
    public static String plain(Object v) {
        if (v == null) {
            return UNKNOWN;
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) ? UNKNOWN : stripZeros(d);
        }
        if (v instanceof Float f) {
            return stripZeros(f.doubleValue());
        }
        return v.toString();
    }

    /**
     * A value in a list of findings, whatever its unit: four significant digits (8.056, 1234), scientific below 0.001
     * (a BER of 1.30e-15 rather than a row of zeros).
     */
    public static String finding(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return UNKNOWN;
        }
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return stripZeros(new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue());
    }

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return UNKNOWN;
        }
        // an impossible value (ER 1e308) must not print as 300 digits: beyond a billion, scientific notation
        return Math.abs(v) >= 1e9 ? String.format(Locale.ROOT, "%.3e", v) : noNegativeZero(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    public static String fixed(Double v, int decimals) {
        return v == null ? UNKNOWN : fixed(v.doubleValue(), decimals);
    }

    private static String signed(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? UNKNOWN : noNegativeZero(String.format(Locale.ROOT, "%+." + decimals + "f", v));
    }

    /** "-0.00" (a loss of 0 dB, or -0.001 rounded) reads as a real loss: print zero unsigned. */
    private static String noNegativeZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return s;
            }
        }
        return s.charAt(0) == '-' || s.charAt(0) == '+' ? s.substring(1) : s;
    }

    private static String stripZeros(double d) {
        if (Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        // six significant digits: an input of 8.055555555555557 reads 8.05556, not every binary digit
        return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
