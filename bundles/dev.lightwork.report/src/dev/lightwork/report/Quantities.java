package dev.lightwork.report;

import java.util.Locale;
import java.util.Map;

import dev.lightwork.model.util.ModelLabels;

/**
 * Unit and display name of a model attribute, from its name (README unit convention: the unit is the suffix,
 * {@code outputPowerDbm} is in dBm; longest suffix first, so {@code attenuationDbPerKm} is dB/km and not dB), and of
 * a reference-table column ({@code srs_oma_max_dbm}): what reports and spreadsheets show instead of keys.
 */
public final class Quantities {

    /** Words that are abbreviations in the trade and keep their capitals in a display name. */
    private static final Map<String, String> ACRONYMS = Map.of("tdecq", "TDECQ", "mpi", "MPI", "rin", "RIN", "msa", "MSA", "fec", "FEC",
            "ber", "BER", "dsp", "DSP");

    private Quantities() {
    }

    /** The unit of {@code attribute} ("dBm"), or "" when its name carries none ({@code laneCount}). */
    public static String unit(String attribute) {
        String unit = ModelLabels.unit(attribute);
        return unit == null ? "" : unit;
    }

    /** "outputPowerDbm" -> "Output power", "tdecqDb" -> "TDECQ": the name without its unit, in words. */
    public static String displayName(String attribute) {
        String suffix = ModelLabels.unitSuffix(attribute);
        String base = suffix == null ? attribute : attribute.substring(0, attribute.length() - suffix.length());
        StringBuilder out = new StringBuilder();
        for (String word : base.split("(?<=[a-z0-9])(?=[A-Z])")) {
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = ACRONYMS.getOrDefault(lower, lower);
            out.append(out.length() == 0 ? "" : " ").append(shown);
        }
        if (out.length() > 0 && Character.isLowerCase(out.charAt(0))) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    /** "Output power (dBm)". */
    public static String header(String attribute) {
        String u = unit(attribute);
        return displayName(attribute) + (u.isEmpty() ? "" : " (" + u + ")");
    }

    /** "srs_oma_max_dbm" -> "SRS OMA max": a reference-table column in words, without its unit. */
    public static String columnName(String column) {
        String base = column.replaceAll("_(ps_nm2_km|dbm|db|nm|m|gbps|gbd|dbhz|w|mw|c)$", "");
        StringBuilder out = new StringBuilder();
        for (String w : base.split("_")) {
            String shown = switch (w) {
                case "oma", "srs", "secq", "tdecq", "er", "rin", "ber", "fec", "rx", "tx" -> w.toUpperCase(Locale.ROOT);
                case "sens" -> "sensitivity";
                case "avg" -> "average";
                case "il" -> "insertion loss";
                default -> w;
            };
            out.append(out.length() == 0 ? "" : " ").append(shown);
        }
        if (out.length() > 0) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    /** The unit of a reference-table column from its suffix ("_dbm" -> dBm), or "". */
    public static String columnUnit(String column) {
        for (String[] s : new String[][] {{"_ps_nm2_km", "ps/(nm²·km)"}, {"_dbm", "dBm"}, {"_dbhz", "dB/Hz"}, {"_db", "dB"}, {"_nm", "nm"}, {"_gbps", "Gb/s"}, {"_gbd", "GBd"},
                {"_mw", "mW"}, {"_w", "W"}, {"_c", "°C"}, {"_m", "m"}}) {
            if (column.endsWith(s[0])) {
                return s[1];
            }
        }
        return "";
    }
}
