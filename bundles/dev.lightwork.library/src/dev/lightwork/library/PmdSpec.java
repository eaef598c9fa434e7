package dev.lightwork.library;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Per-lane limits of an IEEE 802.3 PMD (e.g. 400GBASE-DR4). Values are kept by column name with the unit in it
 * ({@code tdecq_max_db}, {@code rx_sens_oma_max_dbm}); an empty cell means "not known", never zero.
 */
public record PmdSpec(String id, String clause, int lanes, String modulation, String fibre, String fec,
        Map<String, Double> values, Provenance provenance) {

    public OptionalDouble value(String column) {
        Double v = values.get(column);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The IEEE power budget for the maximum TDECQ: (OMA - TDECQ)min + TDECQmax - (SRS - SECQ), the relation that
     * ties the transmitter and receiver tables together (802.3 cl.124/151 style budgets).
     */
    public OptionalDouble powerBudgetDb() {
        OptionalDouble omaMinusTdecq = value("oma_minus_tdecq_min_dbm");
        OptionalDouble tdecq = value("tdecq_max_db");
        OptionalDouble srs = value("srs_oma_max_dbm");
        OptionalDouble secq = value("secq_db");
        if (omaMinusTdecq.isEmpty() || tdecq.isEmpty() || srs.isEmpty() || secq.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(omaMinusTdecq.getAsDouble() + tdecq.getAsDouble() - (srs.getAsDouble() - secq.getAsDouble()));
    }
}
