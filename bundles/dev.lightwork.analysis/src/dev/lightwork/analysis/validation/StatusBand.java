package dev.lightwork.analysis.validation;

/**
 * The traffic light of a margin or a headroom, decided once for the tables, the diagrams and the report: below the
 * limit FAIL, within the user's warning band above it MARGINAL, else CLEAR; UNKNOWN when the value is not known.
 * The band widths are review conventions (user preferences), not standard limits; the defaults are here so every
 * face starts from the same ones.
 */
public enum StatusBand {
    CLEAR, MARGINAL, FAIL, UNKNOWN;

    /** Default width of the amber band above the required link margin (dB). */
    public static final double DEFAULT_MARGIN_BAND_DB = 1.0;
    /** Default width of the amber band below a thermal limit (K). */
    public static final double DEFAULT_THERMAL_BAND_K = 5.0;

    /** A lane's link margin against the design's required margin and a warning band above it. */
    public static StatusBand ofMargin(double marginDb, double requiredDb, double bandDb) {
        if (Double.isNaN(marginDb)) {
            return UNKNOWN;
        }
        if (DesignRules.marginFails(marginDb, requiredDb)) {
            return FAIL;
        }
        return marginDb < requiredDb + bandDb ? MARGINAL : CLEAR;
    }

    /** A thermal node's headroom (limit - temperature, K) against a warning band below the limit. */
    public static StatusBand ofHeadroom(double headroomK, double bandK) {
        if (Double.isNaN(headroomK)) {
            return UNKNOWN;
        }
        return headroomK < 0 ? FAIL : headroomK < bandK ? MARGINAL : CLEAR;
    }
}
