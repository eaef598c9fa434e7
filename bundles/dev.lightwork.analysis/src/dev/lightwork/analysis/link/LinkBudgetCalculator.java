package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import dev.lightwork.analysis.link.LaneInputs.Input;
import dev.lightwork.analysis.link.PmdCheck.Term;
import dev.lightwork.analysis.physics.FecChain;
import dev.lightwork.analysis.physics.OpticalPower;
import dev.lightwork.analysis.physics.Pam4;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/**
 * Computes a {@link LinkBudget} for a lane. Pure function of the model and the reference library; bad or missing
 * values become NaN terms plus a problem text naming element, attribute and value, never an exception.
 */
public final class LinkBudgetCalculator {

    /** Receiver noise bandwidth as a fraction of the symbol rate (raised-cosine-like receiver; typical 0.5-0.75). */
    static final double NOISE_BANDWIDTH_PER_BAUD = 0.75;

    private final ReferenceLibrary library;

    public LinkBudgetCalculator(ReferenceLibrary library) {
        this.library = library;
    }

    /** The problem text of a design whose opticalPmd the library does not know. */
    public static String unknownPmd(TransceiverDesign design) {
        return unknownPmd(design.getId(), design.getOpticalPmd());
    }

    private static String unknownPmd(String designId, String opticalPmd) {
        return opticalPmd == null ? "design " + designId + ": opticalPmd is not given"
                : "design " + designId + ": opticalPmd '" + opticalPmd + "' is not in the reference library";
    }

    /** The lane's budget with the laser at the worst-case case temperature (no thermal solution at hand). */
    public LinkBudget compute(TransceiverDesign design, Lane lane) {
        return compute(design, lane, Double.NaN);
    }

    /**
     * The lane's budget with the laser at {@code laserTemperatureC} (its thermal node's solved temperature), or at
     * the worst-case case temperature when that is NaN.
     */
    public LinkBudget compute(TransceiverDesign design, Lane lane, double laserTemperatureC) {
        return evaluate(library.pmd(design.getOpticalPmd()).orElse(null), LaneInputs.of(design, lane, laserTemperatureC));
    }

    /**
     * The link budget of one lane from plain values: the one place the budget's rules live. The analyzer calls it on
     * the values of the model; a Monte Carlo run calls it on sampled values with no model traversal. {@code pmd} is the
     * design's PMD from the library, null when the library does not know it.
     */
    public static LinkBudget evaluate(PmdSpec pmd, LaneInputs in) {
        List<String> problems = new ArrayList<>();
        String laneId = in.laneId;
        if (pmd == null) {
            problems.add(unknownPmd(in.designId, in.opticalPmd));
        }
        double laserDbm = in.hasLaser ? in.value(problems, Input.LASER_OUTPUT_DBM) : missing(problems, laneId, "laser");
        double coefficient = in.isGiven(Input.LASER_POWER_COEFFICIENT_DB_PER_K) ? in.get(Input.LASER_POWER_COEFFICIENT_DB_PER_K) : 0.0;
        double laserC = in.isGiven(Input.LASER_TEMPERATURE_C) ? in.get(Input.LASER_TEMPERATURE_C) : caseTemperatureMaxC(problems, in);
        // Output power is specified at 25 C; at the laser's worst-case temperature it changes by the coefficient.
        double derating = coefficient == 0.0 ? 0.0 : coefficient * (laserC - 25.0);
        double modLoss = in.hasModulator ? in.value(problems, Input.MODULATOR_LOSS_DB) : 0.0;
        double muxLoss = in.owner(Input.MUX_LOSS_DB) != null ? in.nonNegative(problems, Input.MUX_LOSS_DB) : 0.0;
        double avg = laserDbm + derating - modLoss - muxLoss;
        double er = in.value(problems, Input.EXTINCTION_RATIO_DB);
        double oma = Double.isNaN(avg) || Double.isNaN(er) ? Double.NaN : OpticalPower.omaDbm(avg, er);
        double tdecq = in.value(problems, Input.TDECQ_DB);

        double fibre = Double.NaN;
        double connectors = 0.0;
        double splices = 0.0;
        double penalties = 0.0;
        double dispersion = Double.NaN;
        if (!in.hasChannel) {
            missing(problems, laneId, "channel");
        } else {
            double length = in.nonNegative(problems, Input.CHANNEL_LENGTH_M);
            double att = in.nonNegative(problems, Input.CHANNEL_ATTENUATION_DB_PER_KM);
            fibre = att * length / 1000.0;
            for (int c = 0; c < in.connectorCount(); c++) {
                connectors += in.connectorLoss(problems, c);
            }
            double count = in.isGiven(Input.SPLICE_COUNT) ? in.get(Input.SPLICE_COUNT) : 0;
            splices = count == 0 ? 0.0 : count * in.nonNegative(problems, Input.SPLICE_LOSS_DB);
            penalties = orZero(in.optional(Input.MPI_PENALTY_DB)) + orZero(in.optional(Input.REFLECTION_PENALTY_DB));
            if (in.hasLaser && in.isGiven(Input.WAVELENGTH_NM) && in.isGiven(Input.ZERO_DISPERSION_WAVELENGTH_NM)
                    && in.isGiven(Input.DISPERSION_SLOPE_PS_PER_NM2_KM)) {
                dispersion = dispersionPsPerNmKm(in.get(Input.WAVELENGTH_NM), in.get(Input.ZERO_DISPERSION_WAVELENGTH_NM),
                        in.get(Input.DISPERSION_SLOPE_PS_PER_NM2_KM)) * length / 1000.0;
            }
        }
        double channelIl = fibre + connectors + splices;
        double demuxLoss = in.owner(Input.DEMUX_LOSS_DB) != null ? in.nonNegative(problems, Input.DEMUX_LOSS_DB) : 0.0;
        double rxOma = oma - channelIl - penalties - demuxLoss;
        double rxAverage = avg - channelIl - demuxLoss;

        double pmdSensitivity = Double.NaN;
        double margin = Double.NaN;
        if (pmd != null) {
            OptionalDouble srs = pmd.value("srs_oma_max_dbm");
            OptionalDouble secq = pmd.value("secq_db");
            OptionalDouble sens = pmd.value("rx_sens_oma_max_dbm");
            pmdSensitivity = sens.orElse(Double.NaN);
            if (srs.isPresent() && secq.isPresent()) {
                margin = rxOma - tdecq - (srs.getAsDouble() - secq.getAsDouble());
            } else if (sens.isPresent()) {
                margin = rxOma - tdecq - sens.getAsDouble();
            } else {
                problems.add("PMD " + pmd.id() + " gives no receiver sensitivity (" + pmd.provenance().source() + ")");
            }
        }

        double derived = Double.NaN;
        OptionalDouble berTarget = pmd == null ? OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
        if (!in.hasPhotodetector) {
            missing(problems, laneId, "photodetector");
        } else if (in.hasTia && in.isGiven(Input.TIA_NOISE_PA_PER_RT_HZ) && in.isGiven(Input.RESPONSIVITY_A_PER_W) && in.isGiven(Input.BAUD_GBD)
                && berTarget.isPresent()) {
            double sigma = in.get(Input.TIA_NOISE_PA_PER_RT_HZ) * 1e-12 * Math.sqrt(NOISE_BANDWIDTH_PER_BAUD * in.get(Input.BAUD_GBD) * 1e9);
            // OMAouter = 3 d, d = 2 q sigma / R (optical W): thermal-noise-limited receiver, shot and RIN noise ignored.
            double requiredOmaW = 3.0 * 2.0 * qForTarget(berTarget.getAsDouble()) * sigma / in.get(Input.RESPONSIVITY_A_PER_W);
            derived = OpticalPower.mwToDbm(requiredOmaW * 1e3);
        }
        double preFec = Double.NaN;
        if (berTarget.isPresent() && !Double.isNaN(margin)) {
            preFec = Pam4.bitErrorRatio(qForTarget(berTarget.getAsDouble()) * Math.pow(10.0, margin / 10.0));
        }
        FecChain fec = fecChain(in.fec);
        double berIn = Math.min(preFec, 0.5);
        double postFec = Double.isNaN(preFec) ? Double.NaN : fec.postFecBitErrorRatio(berIn);
        double cer = Double.isNaN(preFec) ? Double.NaN : fec.codewordErrorRatio(berIn);
        List<PmdCheck> checks = pmd == null ? List.of() : pmdChecks(pmd, in, avg, oma, tdecq, er, channelIl, rxAverage);
        return new LinkBudget(laneId, pmd == null ? null : pmd.id(), laserC, laserDbm, derating, modLoss, muxLoss, avg, er, oma, tdecq,
                fibre, connectors, splices, channelIl, dispersion, penalties, demuxLoss, rxOma, rxAverage, pmdSensitivity, derived, margin, preFec,
                fec.label(), cer, postFec, checks, List.copyOf(problems));
    }

    /** The last PMD BER target and its per-eye Q (one PMD per design: evaluated once, not per lane and sample). */
    private record TargetQ(double ber, double q) {
    }

    private static volatile TargetQ lastTarget = new TargetQ(Double.NaN, Double.NaN);

    private static double qForTarget(double ber) {
        TargetQ t = lastTarget;
        if (t.ber() != ber) {
            t = new TargetQ(ber, Pam4.qForBitErrorRatio(ber));
            lastTarget = t;
        }
        return t.q();
    }

    /**
     * Chromatic dispersion of single-mode fibre, D = S0/4 (lambda - lambda0^4 / lambda^3) ps/(nm km): the fibre model
     * IEEE 802.3 uses for single-mode fibre channels (S0 <= 0.092 ps/(nm^2 km), lambda0 1300-1324 nm; domain notes section 4).
     */
    static double dispersionPsPerNmKm(double wavelengthNm, double zeroDispersionNm, double slopePsPerNm2Km) {
        double ratio = zeroDispersionNm / wavelengthNm;
        return slopePsPerNm2Km / 4.0 * (wavelengthNm - zeroDispersionNm * ratio * ratio * ratio);
    }

    /** Each lane term the PMD's tables bound, against the limit the library gives (a missing limit is no check). */
    private static List<PmdCheck> pmdChecks(PmdSpec pmd, LaneInputs in, double avg, double oma, double tdecq, double er, double channelIl,
            double rxAverage) {
        // by Term ordinal: a plain array, since this runs per lane per Monte Carlo sample
        double[] values = new double[Term.values().length];
        values[Term.AVERAGE_LAUNCH.ordinal()] = avg;
        values[Term.TX_OMA.ordinal()] = oma;
        values[Term.OMA_MINUS_TDECQ.ordinal()] = oma - tdecq;
        values[Term.TDECQ.ordinal()] = tdecq;
        values[Term.EXTINCTION_RATIO.ordinal()] = er;
        values[Term.RIN.ordinal()] = in.optional(Input.RIN_DB_PER_HZ);
        values[Term.WAVELENGTH.ordinal()] = in.optional(Input.WAVELENGTH_NM);
        values[Term.CHANNEL_INSERTION_LOSS.ordinal()] = channelIl;
        values[Term.RX_AVERAGE.ordinal()] = rxAverage;
        values[Term.RX_OVERLOAD.ordinal()] = rxAverage;
        List<PmdCheck> checks = new ArrayList<>(PmdCheck.BOUNDS.size());
        for (PmdCheck.Bound bound : PmdCheck.BOUNDS) {
            OptionalDouble limit = pmd.value(bound.parameter());
            double value = values[bound.term().ordinal()];
            if (limit.isPresent() && !Double.isNaN(value)) { // an unknown value is a problem of its own, or not given (RIN)
                checks.add(new PmdCheck(bound.term(), bound.parameter(), value, limit.getAsDouble(), bound.upperLimit()));
            }
        }
        return List.copyOf(checks);
    }

    private static FecChain fecChain(FecScheme scheme) {
        return switch (scheme == null ? FecScheme.NONE : scheme) {
            case NONE -> FecChain.NONE;
            case RS_528_514 -> FecChain.KR4;
            case RS_544_514 -> FecChain.KP4;
            case RS_544_514_HAMMING_128_120 -> FecChain.KP4_INNER_HAMMING;
        };
    }

    private static double caseTemperatureMaxC(List<String> problems, LaneInputs in) {
        double c = in.get(Input.CASE_TEMPERATURE_MAX_C);
        if (!in.isGiven(Input.CASE_TEMPERATURE_MAX_C) || !Double.isFinite(c)) {
            problems.add("design " + in.designId + ".caseTemperatureMaxC = " + (in.isGiven(Input.CASE_TEMPERATURE_MAX_C) ? Double.toString(c) : "null")
                    + " is needed for the worst case");
            return Double.NaN;
        }
        return c;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0.0 : v;
    }

    private static double missing(List<String> problems, String owner, String what) {
        problems.add(owner + ": no " + what);
        return Double.NaN;
    }
}
