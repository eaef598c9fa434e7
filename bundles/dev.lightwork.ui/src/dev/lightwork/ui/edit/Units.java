package dev.lightwork.ui.edit;

import java.util.List;
import java.util.Map;

/**
 * The unit of an attribute from its name suffix (README unit convention: {@code outputPowerDbm} is in dBm). The
 * longest matching suffix wins, so {@code attenuationDbPerKm} is dB/km and not dB.
 */
public final class Units {

    /** Suffix to unit, longest first so that a longer suffix is tried before a shorter one it ends with. */
    private static final List<Map.Entry<String, String>> SUFFIXES = List.of(
            Map.entry("PsPerNm2Km", "ps/(nm²·km)"),
            Map.entry("PaPerRtHz", "pA/√Hz"),
            Map.entry("DbPerKm", "dB/km"),
            Map.entry("DbPerHz", "dB/Hz"),
            Map.entry("DbPerK", "dB/K"),
            Map.entry("KPerW", "K/W"),
            Map.entry("APerW", "A/W"),
            Map.entry("Gbps", "Gb/s"),
            Map.entry("Ghz", "GHz"),
            Map.entry("Gbd", "GBd"),
            Map.entry("Dbm", "dBm"),
            Map.entry("Usd", "USD"),
            Map.entry("Db", "dB"),
            Map.entry("Mw", "mW"),
            Map.entry("Nm", "nm"),
            Map.entry("Na", "nA"),
            Map.entry("C", "°C"),
            Map.entry("W", "W"),
            Map.entry("M", "m"),
            Map.entry("V", "V"),
            Map.entry("S", "s"));

    private Units() {
    }

    /**
     * The unit of {@code attributeName}, or null when the name carries none. The suffix must start with an upper
     * case letter after a lower case letter or digit ({@code laneCount} has no unit, {@code lengthM} is in m).
     */
    public static String of(String attributeName) {
        Map.Entry<String, String> e = match(attributeName);
        return e == null ? null : e.getValue();
    }

    /** The unit suffix of {@code attributeName} as written in it ("Dbm", "DbPerKm"), or null. */
    public static String suffix(String attributeName) {
        Map.Entry<String, String> e = match(attributeName);
        return e == null ? null : e.getKey();
    }

    private static Map.Entry<String, String> match(String attributeName) {
        if (attributeName == null) {
            return null;
        }
        for (Map.Entry<String, String> e : SUFFIXES) {
            String suffix = e.getKey();
            int start = attributeName.length() - suffix.length();
            if (start > 0 && attributeName.endsWith(suffix) && !Character.isUpperCase(attributeName.charAt(start - 1))) {
                return e;
            }
        }
        return null;
    }
}
