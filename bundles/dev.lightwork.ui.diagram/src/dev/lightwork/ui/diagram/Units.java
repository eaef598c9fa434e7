package dev.lightwork.ui.diagram;

import java.util.Map;

import dev.lightwork.analysis.physics.OpticalPower;

/**
 * The unit of an attribute from its name suffix (README unit convention: {@code outputPowerDbm} is in dBm). The
 * longest matching suffix wins, so {@code attenuationDbPerKm} is dB/km and not dB.
 */
public final class Units {

    /**
     * Units a designer may type for an attribute's unit, with the conversion to it ("1 mW" into a dBm field is 0 dBm).
     * The attribute's own unit is always accepted; case is ignored except for "MW" (megawatt, never meant).
     */
    private static final Map<String, Map<String, java.util.function.DoubleUnaryOperator>> CONVERSIONS = Map.of(
            "dBm", units(c("dBm", v -> v), c("mW", OpticalPower::mwToDbm), c("W", v -> OpticalPower.mwToDbm(v * 1000)),
                    c("µW", v -> OpticalPower.mwToDbm(v / 1000)), c("uW", v -> OpticalPower.mwToDbm(v / 1000))),
            "mW", units(c("mW", v -> v), c("W", v -> v * 1000), c("µW", v -> v / 1000), c("uW", v -> v / 1000), c("dBm", OpticalPower::dbmToMw)),
            "W", units(c("W", v -> v), c("mW", v -> v / 1000), c("kW", v -> v * 1000)),
            "m", units(c("m", v -> v), c("km", v -> v * 1000), c("cm", v -> v / 100), c("mm", v -> v / 1000)),
            "nm", units(c("nm", v -> v), c("µm", v -> v * 1000), c("um", v -> v * 1000)),
            "°C", units(c("°C", v -> v), c("C", v -> v), c("degC", v -> v), c("K", v -> v - 273.15)),
            "Gb/s", units(c("Gb/s", v -> v), c("Gbps", v -> v), c("Gbit/s", v -> v), c("Mb/s", v -> v / 1000), c("Tb/s", v -> v * 1000)),
            "GBd", units(c("GBd", v -> v), c("GBaud", v -> v), c("MBd", v -> v / 1000)),
            "GHz", units(c("GHz", v -> v), c("MHz", v -> v / 1000)),
            "K/W", units(c("K/W", v -> v), c("°C/W", v -> v), c("C/W", v -> v)));

    /** A unit a designer may type and its conversion to the attribute's unit. */
    private record Conversion(String unit, java.util.function.DoubleUnaryOperator toAttributeUnit) {
    }

    private static Conversion c(String unit, java.util.function.DoubleUnaryOperator f) {
        return new Conversion(unit, f);
    }

    /** Unit names in the order given (as shown in messages) with their conversions. */
    private static Map<String, java.util.function.DoubleUnaryOperator> units(Conversion... conversions) {
        Map<String, java.util.function.DoubleUnaryOperator> m = new java.util.LinkedHashMap<>();
        for (Conversion c : conversions) {
            m.put(c.unit(), c.toAttributeUnit());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static final java.util.regex.Pattern NUMBER_AND_UNIT = java.util.regex.Pattern.compile(
            "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)");

    private Units() {
    }

    /**
     * A typed value in the attribute's {@code unit}: a number, optionally followed by that unit or another one it converts
     * from ("1 mW" into dBm is 0.0, "2 km" into m is 2000).
     *
     * @param what the attribute in words, for the message
     * @throws IllegalArgumentException naming the text, the attribute and the units accepted
     */
    public static double parse(String text, String unit, String what) {
        java.util.regex.Matcher m = NUMBER_AND_UNIT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number" + (unit == null ? "" : " in " + unit) + " for " + what);
        }
        double v = Double.parseDouble(m.group(1));
        String typed = m.group(2).trim();
        if (typed.isEmpty() || unit == null && typed.isEmpty() || typed.equals(unit)) {
            return v;
        }
        Map<String, java.util.function.DoubleUnaryOperator> accepted = unit == null ? null : CONVERSIONS.get(unit);
        java.util.function.DoubleUnaryOperator conversion = null;
        if (accepted != null) {
            conversion = accepted.get(typed); // "mW" and "MW" differ: case only where the spelling is unambiguous
            for (Map.Entry<String, java.util.function.DoubleUnaryOperator> e : accepted.entrySet()) {
                if (conversion == null && e.getKey().equalsIgnoreCase(typed) && !typed.equals("MW")) {
                    conversion = e.getValue();
                }
            }
        }
        if (conversion == null && unit != null && typed.equalsIgnoreCase(unit)) {
            return v;
        }
        if (conversion == null) {
            String units = accepted == null ? unit : String.join(", ", accepted.keySet());
            throw new IllegalArgumentException("'" + text + "': " + typed + " is not a unit for " + what
                    + (units == null ? " (a plain number)" : " (units accepted: " + units + ")"));
        }
        double converted = conversion.applyAsDouble(v);
        if (!Double.isFinite(converted)) {
            throw new IllegalArgumentException("'" + text + "' has no value in " + unit + " for " + what);
        }
        return converted;
    }

    /** "Output power" for {@code outputPowerDbm}: the attribute in words without its unit suffix (the unit is said apart). */
    public static String attributeLabel(String attributeName) {
        String suffix = suffix(attributeName);
        String name = suffix == null ? attributeName : attributeName.substring(0, attributeName.length() - suffix.length());
        return dev.lightwork.model.util.ModelLabels.words(name, true);
    }

    /** "3.5 dBm" in a dBm field: the attribute's own unit after the number is accepted and removed. */
    public static String stripUnit(String text, String unit) {
        if (unit != null && text.endsWith(unit)) {
            return text.substring(0, text.length() - unit.length()).trim();
        }
        return text;
    }

    /**
     * The unit of {@code attributeName}, or null when the name carries none. The suffix must start with an upper
     * case letter after a lower case letter or digit ({@code laneCount} has no unit, {@code lengthM} is in m).
     */
    public static String of(String attributeName) {
        return dev.lightwork.model.util.ModelLabels.unit(attributeName); // the one suffix table
    }

    /** The unit suffix of {@code attributeName} as written in it ("Dbm", "DbPerKm"), or null. */
    public static String suffix(String attributeName) {
        return dev.lightwork.model.util.ModelLabels.unitSuffix(attributeName);
    }
}
