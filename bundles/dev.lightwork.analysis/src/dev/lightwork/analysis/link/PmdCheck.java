package dev.lightwork.analysis.link;

import java.util.List;

/**
 * One term of a lane against one limit of its PMD table (e.g. Tx OMA >= oma_min_dbm): the answer to "does this
 * lane meet its PMD" per term. {@code parameter} names the limit (the pmd-specs.csv column of its {@link Bound}, or a
 * derived limit such as {@code dispersion_min_ps_nm}); {@code basis} says how this lane's limit was resolved when it
 * depends on another value (the ER threshold, the lane's wavelength window, the fibre model at the PMD's reach), else
 * it is empty.
 */
public record PmdCheck(Term term, String parameter, double value, double limit, boolean upperLimit, String basis) {

    public PmdCheck(Term term, String parameter, double value, double limit, boolean upperLimit) {
        this(term, parameter, value, limit, upperLimit, "");
    }

    /** Derived limits (not a pmd-specs.csv column): the channel's chromatic dispersion at the PMD's reach. */
    public static final String DISPERSION_MIN = "dispersion_min_ps_nm";
    public static final String DISPERSION_MAX = "dispersion_max_ps_nm";

    /** One bound of the PMD tables: the lane term, the pmd-specs.csv column of its limit, and its direction. */
    public record Bound(Term term, String parameter, boolean upperLimit) {
    }

    /**
     * Every bound the link budget checks, in report order; a column the PMD leaves empty is no check. The one list
     * the calculator and the trade-study solver both use. A lane's limit may differ from the column's value where the
     * table makes it depend on another value (OMA - TDECQ by ER, wavelength by lane window); the check then carries
     * the lane's limit and its basis. Dispersion is checked besides these (its limit is derived, see
     * {@link #DISPERSION_MIN}).
     */
    public static final List<Bound> BOUNDS = List.of(
            new Bound(Term.AVERAGE_LAUNCH, "avg_launch_min_dbm", false), new Bound(Term.AVERAGE_LAUNCH, "avg_launch_max_dbm", true),
            new Bound(Term.TX_OMA, "oma_min_dbm", false), new Bound(Term.TX_OMA, "oma_max_dbm", true),
            new Bound(Term.OMA_MINUS_TDECQ, "oma_minus_tdecq_min_dbm", false), new Bound(Term.TDECQ, "tdecq_max_db", true),
            new Bound(Term.EXTINCTION_RATIO, "er_min_db", false), new Bound(Term.RIN, "rin_max_dbhz", true),
            new Bound(Term.WAVELENGTH, "wavelength_min_nm", false), new Bound(Term.WAVELENGTH, "wavelength_max_nm", true),
            new Bound(Term.CHANNEL_INSERTION_LOSS, "channel_il_max_db", true), new Bound(Term.RX_AVERAGE, "avg_rx_min_dbm", false),
            new Bound(Term.RX_OVERLOAD, "rx_damage_dbm", true),
            new Bound(Term.REACH, "reach_min_m", false), new Bound(Term.REACH, "reach_m", true));

    /** The lane quantities the PMD tables bound, with unit and what they are called in the standard. */
    public enum Term {
        AVERAGE_LAUNCH("average launch power", "dBm"),
        TX_OMA("OMAouter", "dBm"),
        OMA_MINUS_TDECQ("OMAouter - TDECQ", "dBm"),
        TDECQ("TDECQ", "dB"),
        EXTINCTION_RATIO("extinction ratio", "dB"),
        RIN("RIN", "dB/Hz"),
        WAVELENGTH("centre wavelength", "nm"),
        CHANNEL_INSERTION_LOSS("channel insertion loss", "dB"),
        RX_AVERAGE("average receive power", "dBm"),
        RX_OVERLOAD("average receive power (damage)", "dBm"),
        REACH("channel length (operating range)", "m"),
        DISPERSION("chromatic dispersion", "ps/nm");

        private final String label;
        private final String unit;

        Term(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }

    public boolean passes() {
        return passes(value, limit, upperLimit);
    }

    /** A value against a limit: at most an upper limit, at least a lower one. */
    public static boolean passes(double value, double limit, boolean upperLimit) {
        return upperLimit ? value <= limit : value >= limit;
    }
}
