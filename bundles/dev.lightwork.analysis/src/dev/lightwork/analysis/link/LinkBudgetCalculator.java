package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final LinkModel model;

    public LinkBudgetCalculator(ReferenceLibrary library) {
        this.library = library;
        this.model = LinkModel.of(library);
    }

    /** The problem text of a design whose opticalPmd the library does not know. */
    public static String unknownPmd(TransceiverDesign design) {
        return unknownPmd(design.getId(), design.getOpticalPmd());
    }

    private static String unknownPmd(String designId, String opticalPmd) {
        return opticalPmd == null ? "design " + designId + ": opticalPmd is not given"
                : "design " + designId + ": opticalPmd '" + opticalPmd + "' is not in the reference library";
    }

    /**
     * The lane's budget with the laser at the worst-case case temperature: for a laser without a thermal node, or when
     * no thermal solution is at hand.
     */
    public LinkBudget compute(TransceiverDesign design, Lane lane) {
        return evaluate(library.pmd(design.getOpticalPmd()).orElse(null), model, LaneInputs.of(design, lane, Double.NaN));
    }

    /**
     * The lane's budget with the laser at {@code laserTemperatureC} (its thermal node's solved temperature). NaN means
     * the temperature is unknown (the node was not solved): a laser whose power depends on temperature then gets no
     * derating, launch, OMA or margin, never values at an optimistic temperature.
     */
    public LinkBudget compute(TransceiverDesign design, Lane lane, double laserTemperatureC) {
        return evaluate(library.pmd(design.getOpticalPmd()).orElse(null), model,
                LaneInputs.of(design, lane, laserTemperatureC, !Double.isNaN(laserTemperatureC)));
    }

    /** The link model's parameters this calculator uses (splitter excess loss, BER floor), from its library. */
    public LinkModel model() {
        return model;
    }

    /** {@link #evaluate(PmdSpec, LinkModel, LaneInputs)} with the shipped library's link model. */
    public static LinkBudget evaluate(PmdSpec pmd, LaneInputs in) {
        return evaluate(pmd, LinkModel.shipped(), in);
    }

    /**
     * The link budget of one lane from plain values: the one place the budget's rules live. The analyzer calls it on
     * the values of the model; a Monte Carlo run calls it on sampled values with no model traversal. {@code pmd} is the
     * design's PMD from the library, null when the library does not know it.
     */
    public static LinkBudget evaluate(PmdSpec pmd, LinkModel model, LaneInputs in) {
        List<String> problems = new ArrayList<>();
        String laneId = in.laneId;
        if (pmd == null) {
            problems.add(unknownPmd(in.designId, in.opticalPmd));
        }
        double laserDbm = in.hasLaser ? in.value(problems, Input.LASER_OUTPUT_DBM) : missing(problems, laneId, "laser");
        double coefficient = in.isGiven(Input.LASER_POWER_COEFFICIENT_DB_PER_K) ? in.get(Input.LASER_POWER_COEFFICIENT_DB_PER_K) : 0.0;
        boolean temperatureKnown = !in.laserTemperatureUnknown;
        double laserC = !temperatureKnown ? Double.NaN
                : in.isGiven(Input.LASER_TEMPERATURE_C) ? in.get(Input.LASER_TEMPERATURE_C) : caseTemperatureMaxC(problems, in);
        // Output power is specified at 25 C; at the laser's worst-case temperature it changes by the coefficient.
        double derating = coefficient == 0.0 ? 0.0 : coefficient * (laserC - 25.0);
        int sharing = in.hasLaser ? in.laserLaneCount : 1;
        double split = model.splitLossDb(sharing);
        double modLoss = in.hasModulator ? in.value(problems, Input.MODULATOR_LOSS_DB) : 0.0;
        double muxLoss = in.owner(Input.MUX_LOSS_DB) != null ? in.nonNegative(problems, Input.MUX_LOSS_DB) : 0.0;
        double attach = 0.0; // fibre attach units: inside the module, at the Tx before TP2 and at the Rx after TP3
        double connectors = 0.0;
        for (int c = 0; c < in.connectorCount(); c++) {
            double il = in.connectorLoss(problems, c);
            if (in.isAttach(c)) {
                attach += il;
            } else {
                connectors += il;
            }
        }
        double avg = laserDbm + derating - split - modLoss - muxLoss - attach;
        double er = in.value(problems, Input.EXTINCTION_RATIO_DB);
        double oma = Double.isNaN(avg) || Double.isNaN(er) ? Double.NaN : OpticalPower.omaDbm(avg, er);
        double tdecq = in.value(problems, Input.TDECQ_DB);

        double fibre = Double.NaN;
        double splices = 0.0;
        double penalties = 0.0;
        double dispersion = Double.NaN;
        if (!in.hasChannel) {
            missing(problems, laneId, "channel");
        } else {
            double length = in.nonNegative(problems, Input.CHANNEL_LENGTH_M);
            double att = in.nonNegative(problems, Input.CHANNEL_ATTENUATION_DB_PER_KM);
            fibre = att * length / 1000.0;
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
        // TP3 (the MDI): the PMD's receiver limits include the receiver's own demux and fibre attach.
        double rxOma = oma - channelIl - penalties;
        double rxAverage = avg - channelIl;

        double pmdSensitivity = Double.NaN;
        double requirement = Double.NaN;
        if (pmd != null) {
            OptionalDouble srs = pmd.value("srs_oma_max_dbm");
            OptionalDouble secq = pmd.value("secq_db");
            OptionalDouble sens = pmd.value("rx_sens_oma_max_dbm");
            pmdSensitivity = sens.orElse(Double.NaN);
            if (srs.isPresent() && secq.isPresent()) {
                requirement = srs.getAsDouble() - secq.getAsDouble();
            } else if (sens.isPresent()) {
                requirement = sens.getAsDouble();
            } else {
                problems.add("PMD " + pmd.id() + " gives no receiver sensitivity (" + pmd.provenance().source() + ")");
            }
        }
        double reference = requirement + tdecq;
        double margin = rxOma - reference;
        double demuxLoss = in.owner(Input.DEMUX_LOSS_DB) != null ? in.nonNegative(problems, Input.DEMUX_LOSS_DB) : 0.0;
        double detectorOma = rxOma - demuxLoss - attach;

        double derived = Double.NaN;
        OptionalDouble berTarget = pmd == null ? OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
        if (!in.hasPhotodetector) {
            missing(problems, laneId, "photodetector");
        } else if (in.hasTia && in.isGiven(Input.TIA_NOISE_PA_PER_RT_HZ) && in.isGiven(Input.RESPONSIVITY_A_PER_W) && in.isGiven(Input.BAUD_GBD)
                && berTarget.isPresent()) {
            double sigma = in.get(Input.TIA_NOISE_PA_PER_RT_HZ) * 1e-12 * Math.sqrt(NOISE_BANDWIDTH_PER_BAUD * in.get(Input.BAUD_GBD) * 1e9);
            // OMAouter = 3 d, d = 2 q sigma / R (optical W): thermal-noise-limited receiver, shot and RIN noise ignored.
            double requiredOmaW = 3.0 * 2.0 * Pam4.qForBitErrorRatio(berTarget.getAsDouble()) * sigma / in.get(Input.RESPONSIVITY_A_PER_W);
            derived = OpticalPower.mwToDbm(requiredOmaW * 1e3);
        }
        double internalMargin = detectorOma - tdecq - derived;
        FecChain fec = fecChain(in.fec);
        BerEstimate ber = berTarget.isPresent() ? berAtMargin(model, berTarget.getAsDouble(), fec, margin) : BerEstimate.UNKNOWN;
        List<PmdCheck> checks = pmd == null ? List.of() : pmdChecks(pmd, in, avg, oma, tdecq, er, channelIl, rxAverage);
        return new LinkBudget(laneId, pmd == null ? null : pmd.id(), laserC, temperatureKnown, laserDbm, derating, sharing, split, modLoss, muxLoss,
                attach, avg, er, oma, tdecq, fibre, connectors, splices, channelIl, dispersion, penalties, rxOma, rxAverage, requirement, reference,
                pmdSensitivity, margin, demuxLoss, attach, detectorOma, derived, internalMargin, ber.preFec(), ber.preFecIsBound(), fec.label(),
                ber.codewordErrorRatio(), ber.postFec(), ber.postFecIsBound(), checks, List.copyOf(problems));
    }

    /** Bit and codeword error ratios at one margin; a ratio below the model's floor is the floor, flagged as a bound. */
    public record BerEstimate(double preFec, boolean preFecIsBound, double codewordErrorRatio, double postFec, boolean postFecIsBound) {
        static final BerEstimate UNKNOWN = new BerEstimate(Double.NaN, false, Double.NaN, Double.NaN, false);
    }

    /**
     * The BER chain at {@code marginDb} above the PMD receiver's reference, where the receiver works at {@code target}:
     * per-eye Q = Q(target) x 10^(margin/10) (noise independent of the signal), BER = 0.75 Q(q), then the FEC chain.
     */
    public static BerEstimate berAtMargin(LinkModel model, double target, FecChain fec, double marginDb) {
        if (Double.isNaN(marginDb)) {
            return BerEstimate.UNKNOWN;
        }
        double floor = model.berFloor();
        double preFec = Pam4.bitErrorRatio(Pam4.qForBitErrorRatio(target) * Math.pow(10.0, marginDb / 10.0));
        double berIn = Math.min(preFec, 0.5);
        double postFec = fec.postFecBitErrorRatio(berIn);
        double cer = fec.codewordErrorRatio(berIn);
        return new BerEstimate(Math.max(preFec, floor), preFec < floor, Double.isNaN(cer) ? cer : Math.max(cer, floor), Math.max(postFec, floor),
                postFec < floor);
    }

    /** Points per dB of the BER curve, and how far it extends left of the reference and right of the operating point. */
    private static final int CURVE_STEPS_PER_DB = 10;
    private static final double CURVE_LEFT_DB = 3.0;
    private static final double CURVE_RIGHT_DB = 2.0;

    /**
     * The lane's BER-versus-received-OMA curve, pre- and post-FEC, around its reference and operating point; empty
     * points when the PMD gives no BER target or the margin is unknown.
     */
    public BerCurve berCurve(TransceiverDesign design, LinkBudget b) {
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        OptionalDouble target = pmd == null ? OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
        FecChain fec = fecChain(design.getFec());
        List<BerCurve.Point> points = new ArrayList<>();
        if (target.isPresent() && Double.isFinite(b.marginDb())) {
            double from = Math.floor(Math.min(b.marginReferenceDbm(), b.rxOmaDbm()) - CURVE_LEFT_DB);
            double to = Math.ceil(Math.max(b.marginReferenceDbm() + CURVE_RIGHT_DB, b.rxOmaDbm() + CURVE_RIGHT_DB));
            int n = (int) Math.round((to - from) * CURVE_STEPS_PER_DB);
            for (int i = 0; i <= n; i++) {
                double x = from + (double) i / CURVE_STEPS_PER_DB;
                BerEstimate e = berAtMargin(model, target.getAsDouble(), fec, x - b.marginReferenceDbm());
                points.add(new BerCurve.Point(x, e.preFec(), e.postFec()));
            }
        }
        return new BerCurve(b.laneId(), fec.label(), target.orElse(Double.NaN), model.berFloor(), List.copyOf(points), b.rxOmaDbm(),
                b.marginReferenceDbm(), b.pmdSensitivityDbm(), b.marginDb(), b.preFecBer(), b.postFecBer());
    }

    /** The smallest bit error ratio the model reports as a value (data/link-model.csv ber_floor); below it, a bound. */
    public double berFloor() {
        return model.berFloor();
    }

    /** The split of a source feeding {@code lanes} lanes ({@link LinkModel#splitLossDb}). */
    public double splitLossDb(int lanes) {
        return model.splitLossDb(lanes);
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
        Map<Term, Double> values = new EnumMap<>(Term.class);
        values.put(Term.AVERAGE_LAUNCH, avg);
        values.put(Term.TX_OMA, oma);
        values.put(Term.OMA_MINUS_TDECQ, oma - tdecq);
        values.put(Term.TDECQ, tdecq);
        values.put(Term.EXTINCTION_RATIO, er);
        values.put(Term.RIN, in.optional(Input.RIN_DB_PER_HZ));
        values.put(Term.WAVELENGTH, in.optional(Input.WAVELENGTH_NM));
        values.put(Term.CHANNEL_INSERTION_LOSS, channelIl);
        values.put(Term.RX_AVERAGE, rxAverage);
        values.put(Term.RX_OVERLOAD, rxAverage);
        List<PmdCheck> checks = new ArrayList<>();
        for (PmdCheck.Bound bound : PmdCheck.BOUNDS) {
            OptionalDouble limit = pmd.value(bound.parameter());
            double value = values.get(bound.term());
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
