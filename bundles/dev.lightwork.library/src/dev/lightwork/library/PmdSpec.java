package dev.lightwork.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Per-lane limits of an IEEE 802.3 PMD (e.g. 400GBASE-DR4). Values are kept by column name with the unit in it
 * ({@code tdecq_max_db}, {@code rx_sens_oma_max_dbm}); an empty cell means "not known", never zero.
 * <p>
 * Some limits depend on another value, as the standard's tables state them, and are answered by methods rather than
 * read as one number: OMA - TDECQ by extinction ratio ({@link #omaMinusTdecqMinDbm(double)}), the lane wavelength
 * windows of a WDM grid ({@link #laneWindow(double)}), receiver sensitivity max(S, SECQ - k)
 * ({@link #sensitivityDbm(double)}), the stressed-sensitivity line with its floor at low TDECQ
 * ({@link #receiverRequirementDbm(double)}) and the chromatic dispersion a channel may have at the PMD's reach
 * ({@link #dispersionLimitsPsPerNm(WavelengthWindow, double)}).
 */
public record PmdSpec(String id, String clause, int lanes, String modulation, String fibre, String fec,
        Map<String, Double> values, Provenance provenance, List<WavelengthWindow> laneWindows) {

    /** One lane's centre-wavelength window of a WDM grid (or the whole range of a single-wavelength PMD). */
    public record WavelengthWindow(double minNm, double maxNm) {
        public boolean contains(double nm) {
            return nm >= minNm && nm <= maxNm;
        }

        double distance(double nm) {
            return contains(nm) ? 0.0 : Math.min(Math.abs(nm - minNm), Math.abs(nm - maxNm));
        }
    }

    /** Lower and upper bound of a channel's accumulated chromatic dispersion, ps/nm. */
    public record DispersionLimits(double minPsPerNm, double maxPsPerNm) {
    }

    /**
     * The limits without which a lane verdict on this PMD rests on unsourced data: transmitter OMA - TDECQ and TDECQ,
     * a receiver reference (stressed sensitivity with its SECQ, or the unstressed sensitivity), the pre-FEC BER target.
     */
    private static final List<String[]> ESSENTIAL = List.of(
            new String[] {"oma_minus_tdecq_min_dbm", "transmitter OMA - TDECQ minimum"},
            new String[] {"tdecq_max_db", "TDECQ maximum"},
            new String[] {"ber_target_pre_fec", "pre-FEC BER target"});

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

    /**
     * Minimum OMAouter - TDECQ for a transmitter of extinction ratio {@code erDb}: tables such as 802.3cu FR4 (ER 4.5 dB)
     * and 802.3df DR8 (ER 5 dB) give a stricter value below a threshold. NaN ER or no threshold: the main value.
     */
    public OptionalDouble omaMinusTdecqMinDbm(double erDb) {
        double v = omaMinusTdecqMinDbm(number("er_threshold_db"), number("oma_minus_tdecq_min_low_er_dbm"), number("oma_minus_tdecq_min_dbm"), erDb);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * {@link #omaMinusTdecqMinDbm(double)} on the table's values (NaN: not given), for callers that read them once
     * (a Monte Carlo run checks every lane of every sample).
     */
    public static double omaMinusTdecqMinDbm(double erThresholdDb, double lowErValueDbm, double valueDbm, double erDb) {
        if (!Double.isNaN(erThresholdDb) && !Double.isNaN(lowErValueDbm) && !Double.isNaN(erDb) && erDb < erThresholdDb) {
            return lowErValueDbm;
        }
        return valueDbm;
    }

    /** A column's value, NaN when the table leaves it empty. */
    public double number(String column) {
        Double v = values.get(column);
        return v == null ? Double.NaN : v;
    }

    /**
     * The lane window a laser at {@code wavelengthNm} belongs to: the grid window containing it, else the nearest one
     * (which it then lies outside of). A PMD without a grid has one window, wavelength_min_nm..wavelength_max_nm; no
     * window at all when those are not known.
     */
    public java.util.Optional<WavelengthWindow> laneWindow(double wavelengthNm) {
        return java.util.Optional.ofNullable(nearestWindow(windows(), wavelengthNm));
    }

    /** The lane windows: the WDM grid's, or the one overall window of a single-wavelength PMD (empty: none known). */
    public List<WavelengthWindow> windows() {
        return laneWindows.isEmpty() ? overallWindow() : laneWindows;
    }

    /** The window of {@code windows} containing {@code wavelengthNm}, else the nearest one; null when there is none. */
    public static WavelengthWindow nearestWindow(List<WavelengthWindow> windows, double wavelengthNm) {
        WavelengthWindow best = null;
        for (WavelengthWindow w : windows) {
            if (best == null || w.distance(wavelengthNm) < best.distance(wavelengthNm)) {
                best = w;
            }
        }
        return best;
    }

    private List<WavelengthWindow> overallWindow() {
        OptionalDouble min = value("wavelength_min_nm");
        OptionalDouble max = value("wavelength_max_nm");
        return min.isPresent() && max.isPresent() ? List.of(new WavelengthWindow(min.getAsDouble(), max.getAsDouble())) : List.of();
    }

    /** Receiver sensitivity (OMAouter, max) for a signal of stressed eye closure {@code secqDb}: max(S, SECQ - k). */
    public OptionalDouble sensitivityDbm(double secqDb) {
        OptionalDouble s = value("rx_sens_oma_max_dbm");
        OptionalDouble k = value("rx_sens_secq_offset_db");
        if (s.isEmpty() || k.isEmpty() || Double.isNaN(secqDb)) {
            return s;
        }
        return OptionalDouble.of(Math.max(s.getAsDouble(), secqDb - k.getAsDouble()));
    }

    /**
     * The Rx OMA a lane of transmitter eye closure {@code tdecqDb} needs at TP3: the stressed-sensitivity line
     * SRS - SECQ + TDECQ, floored at low TDECQ where the unstressed sensitivity max(S, SECQ - k) binds, i.e.
     * SRS - SECQ + max(TDECQ, S + k) (the knee S + k is the 1.4 dB of the DR4/FR4 transmitter notes). Without SRS and
     * SECQ, the unstressed sensitivity at SECQ = TDECQ; empty when the PMD gives neither.
     */
    public OptionalDouble receiverRequirementDbm(double tdecqDb) {
        double srs = number("srs_oma_max_dbm");
        double secq = number("secq_db");
        double s = number("rx_sens_oma_max_dbm");
        if (Double.isNaN(s) && (Double.isNaN(srs) || Double.isNaN(secq))) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(receiverRequirementDbm(srs, secq, s, number("rx_sens_secq_offset_db"), tdecqDb));
    }

    /**
     * {@link #receiverRequirementDbm(double)} on the table's values (NaN: not given; NaN result: no requirement), for
     * callers that read them once.
     */
    public static double receiverRequirementDbm(double srsDbm, double secqDb, double sensitivityDbm, double secqOffsetDb, double tdecqDb) {
        if (!Double.isNaN(srsDbm) && !Double.isNaN(secqDb)) {
            double eye = !Double.isNaN(sensitivityDbm) && !Double.isNaN(secqOffsetDb) ? Math.max(tdecqDb, sensitivityDbm + secqOffsetDb) : tdecqDb;
            return srsDbm - secqDb + eye;
        }
        // the unstressed sensitivity max(S, SECQ - k) at SECQ = TDECQ, plus TDECQ
        double sens = Double.isNaN(sensitivityDbm) || Double.isNaN(secqOffsetDb) || Double.isNaN(tdecqDb) ? sensitivityDbm
                : Math.max(sensitivityDbm, tdecqDb - secqOffsetDb);
        return sens + tdecqDb;
    }

    /**
     * Bounds of the accumulated chromatic dispersion over the PMD's maximum reach for lanes in {@code window}, by the
     * IEEE single-mode fibre model D(lambda) = S0/4 (lambda - lambda0^4 / lambda^3) ps/(nm km) with lambda0 between
     * zero_dispersion_min_nm and zero_dispersion_max_nm and S0 up to dispersion_slope_max_ps_nm2_km: the most negative
     * value is at the window's short edge with the longest lambda0, the most positive at the long edge with the shortest.
     * Empty when the PMD has no fibre model or reach (multimode PMDs).
     */
    public java.util.Optional<DispersionLimits> dispersionLimitsPsPerNm(WavelengthWindow window, double reachM) {
        OptionalDouble l0min = value("zero_dispersion_min_nm");
        OptionalDouble l0max = value("zero_dispersion_max_nm");
        OptionalDouble s0 = value("dispersion_slope_max_ps_nm2_km");
        if (window == null || l0min.isEmpty() || l0max.isEmpty() || s0.isEmpty() || Double.isNaN(reachM)) {
            return java.util.Optional.empty();
        }
        double km = reachM / 1000.0;
        double low = Math.min(0.0, dispersionPsPerNmKm(window.minNm(), l0max.getAsDouble(), s0.getAsDouble()) * km);
        double high = Math.max(0.0, dispersionPsPerNmKm(window.maxNm(), l0min.getAsDouble(), s0.getAsDouble()) * km);
        return java.util.Optional.of(new DispersionLimits(low, high));
    }

    /** D = S0/4 (lambda - lambda0^4 / lambda^3) ps/(nm km), the fibre model of IEEE 802.3 single-mode channels. */
    public static double dispersionPsPerNmKm(double wavelengthNm, double zeroDispersionNm, double slopePsPerNm2Km) {
        double ratio = zeroDispersionNm / wavelengthNm;
        return slopePsPerNm2Km / 4.0 * (wavelengthNm - zeroDispersionNm * ratio * ratio * ratio);
    }

    /**
     * Why a lane verdict on this PMD is indicative rather than a sign-off: the essential limits its table lacks (no
     * stored source) and a memory-grade row. Empty when every essential limit is sourced.
     */
    public List<String> indicativeReasons() {
        List<String> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String[] e : ESSENTIAL) {
            if (value(e[0]).isEmpty()) {
                missing.add(e[1]);
            }
        }
        if (value("srs_oma_max_dbm").isEmpty() && value("rx_sens_oma_max_dbm").isEmpty()) {
            missing.add("receiver sensitivity");
        }
        if (!missing.isEmpty()) {
            out.add(id + " gives no " + String.join(", ", missing) + " in a stored source");
        }
        if (provenance.confidence() == Confidence.L) {
            out.add(id + " values are confidence L (" + provenance.file() + ":" + provenance.line() + ")");
        }
        return List.copyOf(out);
    }
}
