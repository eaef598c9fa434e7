package dev.lightwork.analysis.link;

/**
 * One term of a lane against one limit of its PMD table (e.g. Tx OMA >= oma_min_dbm): the answer to "does this
 * lane meet its PMD" per term. {@code parameter} is the column of the library's pmd-specs.csv the limit comes from.
 */
public record PmdCheck(Term term, String parameter, double value, double limit, boolean upperLimit) {

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
        RX_OVERLOAD("average receive power (damage)", "dBm");

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
        return upperLimit ? value <= limit : value >= limit;
    }
}
