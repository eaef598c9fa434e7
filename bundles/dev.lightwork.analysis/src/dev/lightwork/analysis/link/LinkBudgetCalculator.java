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
        LaneNumbers n = new LaneNumbers();
        numbers(pmd, model, in, n);
        String referenceText = "";
        List<String> indicative = new ArrayList<>();
        if (pmd != null) {
            if (n.reference == Reference.PMD) {
                referenceText = pmd.value("srs_oma_max_dbm").isPresent() ? pmd.id() + " stressed receiver sensitivity: SRS - SECQ + max(TDECQ, S + k)"
                        : pmd.id() + " receiver sensitivity max(S, SECQ - k) at SECQ = TDECQ, plus TDECQ";
            }
            indicative.addAll(pmd.indicativeReasons());
            if (n.reference == Reference.DETECTOR) {
                referenceText = String.format(java.util.Locale.ROOT,
                        "lane's photodetector and TIA (thermal noise only) at pre-FEC BER %.2e (%s threshold for post-FEC %.0e), plus TDECQ, "
                                + "referred to TP3 through the receiver's demux and fibre attach",
                        n.berTarget, n.fec.label(), n.postFecTarget);
                indicative.add(pmd.id() + " gives no receiver sensitivity: the margin is referenced to the lane's own detector and TIA noise, "
                        + "an optimistic bound (no shot noise, RIN or ISI)");
            } else if (n.reference == Reference.NONE && !Double.isNaN(n.tdecq)) {
                indicative.add(pmd.id() + " gives no receiver sensitivity and the lane's detector/TIA noise is not known: no margin");
            }
        }
        BerEstimate ber = !Double.isNaN(n.berTarget) ? berAtMargin(model, n.berTarget, n.fec, n.margin) : BerEstimate.UNKNOWN;
        List<PmdCheck> checks = pmd == null ? List.of() : pmdChecks(pmd, in, n);
        return new LinkBudget(in.laneId, pmd == null ? null : pmd.id(), n.laserC, n.temperatureKnown, n.laserDbm, n.derating, n.sharing, n.split,
                n.modLoss, n.muxLoss, n.attach, n.avg, n.er, n.oma, n.tdecq, n.fibre, n.connectors, n.splices, n.channelIl, n.dispersion, n.penalties,
                n.rxOma, n.rxAverage, n.requirementDbm, n.required, n.pmdSensitivity, n.margin, n.demuxLoss, n.attach, n.detectorOma, n.derived,
                n.internalMargin, ber.preFec(), ber.preFecIsBound(), n.fec.label(), ber.codewordErrorRatio(), ber.postFec(), ber.postFecIsBound(),
                checks, List.copyOf(n.problems), referenceText, List.copyOf(indicative));
    }

    /** What a lane's margin is referenced to: the PMD receiver, the lane's own detector and TIA, or nothing known. */
    enum Reference {
        PMD, DETECTOR, NONE
    }

    /**
     * The numbers of one lane's budget without the {@link LinkBudget} record (its checks, texts and BER): the arithmetic
     * {@link #evaluate} itself uses, kept in a reusable scratch so a Monte Carlo run can check a lane per sample without
     * allocating ({@code dev.lightwork.analysis.validation.DesignRules#laneFailureBits}).
     */
    public static final class LaneNumbers {
        final List<String> problems = new ArrayList<>();
        final double[] termValues = new double[Term.values().length];
        boolean temperatureKnown;
        int sharing;
        double laserDbm;
        double laserC;
        double derating;
        double split;
        double modLoss;
        double muxLoss;
        double attach;
        double connectors;
        double avg;
        double er;
        double oma;
        double tdecq;
        double fibre;
        double splices;
        double penalties;
        double dispersion;
        double channelIl;
        double rxOma;
        double rxAverage;
        double pmdSensitivity;
        double required;
        double demuxLoss;
        double detectorOma;
        double derived;
        double margin;
        double requirementDbm;
        double internalMargin;
        double berTarget;
        double postFecTarget;
        FecChain fec;
        Reference reference;
        /** The dispersion limits of the last lane window (they depend on the window only). */
        PmdSpec.WavelengthWindow dispersionWindow;
        PmdSpec.DispersionLimits dispersionLimits;

        /** Problems of the last lane (incomplete or invalid inputs); the lane's checks stop at them. */
        public int problemCount() {
            return problems.size();
        }

        public boolean laserTemperatureKnown() {
            return temperatureKnown;
        }

        public double averageLaunchDbm() {
            return avg;
        }

        public double extinctionRatioDb() {
            return er;
        }

        public double txOmaDbm() {
            return oma;
        }

        public double tdecqDb() {
            return tdecq;
        }

        public double rxOmaDbm() {
            return rxOma;
        }

        public double rxAverageDbm() {
            return rxAverage;
        }

        public double marginDb() {
            return margin;
        }

        public double internalMarginDb() {
            return internalMargin;
        }
    }

    /** Computes a lane's budget numbers into {@code n} (see {@link LaneNumbers}); problems are listed as {@link #evaluate} lists them. */
    public static void numbers(PmdSpec pmd, LinkModel model, LaneInputs in, LaneNumbers n) {
        List<String> problems = n.problems;
        problems.clear();
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
        double required = Double.NaN;
        Reference reference = Reference.NONE;
        if (pmd != null) {
            PmdLimits limits = PmdLimits.of(pmd);
            pmdSensitivity = limits.sensitivityDbm;
            double requirement = Double.isNaN(tdecq) || !limits.hasRequirement ? Double.NaN
                    : PmdSpec.receiverRequirementDbm(limits.srsDbm, limits.secqDb, limits.sensitivityDbm, limits.secqOffsetDb, tdecq);
            if (limits.hasRequirement && !Double.isNaN(tdecq)) { // as PmdSpec.receiverRequirementDbm: present, possibly NaN
                required = requirement;
                reference = Reference.PMD;
            }
        }
        double demuxLoss = in.owner(Input.DEMUX_LOSS_DB) != null ? in.nonNegative(problems, Input.DEMUX_LOSS_DB) : 0.0;
        double detectorOma = rxOma - demuxLoss - attach;

        double derived = Double.NaN;
        FecChain fec = fecChain(in.fec);
        double postFecTarget = targetPostFec(in);
        double berTarget = berTargetOrNaN(pmd, fec, postFecTarget);
        if (!in.hasPhotodetector) {
            missing(problems, laneId, "photodetector");
        } else if (in.hasTia && in.isGiven(Input.TIA_NOISE_PA_PER_RT_HZ) && in.isGiven(Input.RESPONSIVITY_A_PER_W) && in.isGiven(Input.BAUD_GBD)
                && !Double.isNaN(berTarget)) {
            double sigma = in.get(Input.TIA_NOISE_PA_PER_RT_HZ) * 1e-12 * Math.sqrt(NOISE_BANDWIDTH_PER_BAUD * in.get(Input.BAUD_GBD) * 1e9);
            // OMAouter = 3 d, d = 2 q sigma / R (optical W): thermal-noise-limited receiver, shot and RIN noise ignored.
            double requiredOmaW = 3.0 * 2.0 * qForTarget(berTarget) * sigma / in.get(Input.RESPONSIVITY_A_PER_W);
            derived = OpticalPower.mwToDbm(requiredOmaW * 1e3);
        }
        if (pmd != null && Double.isNaN(required) && !Double.isNaN(derived) && !Double.isNaN(tdecq)) {
            // referred back to TP3 through the receiver's own demux and fibre attach, so the margin stays a TP3 quantity
            required = derived + tdecq + demuxLoss + attach;
            reference = Reference.DETECTOR;
        }
        n.temperatureKnown = temperatureKnown;
        n.sharing = sharing;
        n.laserDbm = laserDbm;
        n.laserC = laserC;
        n.derating = derating;
        n.split = split;
        n.modLoss = modLoss;
        n.muxLoss = muxLoss;
        n.attach = attach;
        n.connectors = connectors;
        n.avg = avg;
        n.er = er;
        n.oma = oma;
        n.tdecq = tdecq;
        n.fibre = fibre;
        n.splices = splices;
        n.penalties = penalties;
        n.dispersion = dispersion;
        n.channelIl = channelIl;
        n.rxOma = rxOma;
        n.rxAverage = rxAverage;
        n.pmdSensitivity = pmdSensitivity;
        n.required = required;
        n.demuxLoss = demuxLoss;
        n.detectorOma = detectorOma;
        n.derived = derived;
        n.margin = Double.isNaN(required) ? Double.NaN : rxOma - required;
        n.requirementDbm = required - tdecq;
        n.internalMargin = detectorOma - tdecq - derived;
        n.berTarget = berTarget;
        n.postFecTarget = postFecTarget;
        n.fec = fec;
        n.reference = reference;
    }

    /**
     * Whether the lane's post-FEC BER (as {@link #evaluate} gives it) is above {@code targetPostFecBer}; false when the
     * BER is unknown. Exact, without the BER chain where it cannot matter: the chain is monotone in the margin, so at or
     * above the smallest margin meeting the target (found once per target) the answer is no.
     */
    public static boolean postFecBerAbove(LinkModel model, LaneNumbers n, double targetPostFecBer) {
        if (Double.isNaN(n.berTarget) || Double.isNaN(n.margin)) {
            return false;
        }
        if (n.margin >= safeMargin(model, n.berTarget, n.fec, targetPostFecBer)) {
            return false;
        }
        return berAtMargin(model, n.berTarget, n.fec, n.margin).postFec() > targetPostFecBer;
    }

    private record SafeMargin(LinkModel model, double berTarget, FecChain fec, double target, double marginDb) {
    }

    private static volatile SafeMargin lastSafe = new SafeMargin(null, Double.NaN, null, Double.NaN, Double.NaN);

    /** The smallest margin on a 0.25 dB grid up to 40 dB whose post-FEC BER meets the target (+infinity if none). */
    private static double safeMargin(LinkModel model, double berTarget, FecChain fec, double target) {
        SafeMargin s = lastSafe;
        if (s.model() != model || s.berTarget() != berTarget || s.fec() != fec || s.target() != target) {
            double m = Double.POSITIVE_INFINITY;
            for (double x = -20; x <= 40; x += 0.25) {
                if (berAtMargin(model, berTarget, fec, x).postFec() <= target) {
                    m = x;
                    break;
                }
            }
            s = new SafeMargin(model, berTarget, fec, target, m);
            lastSafe = s;
        }
        return s.marginDb();
    }

    /**
     * The PMD terms of the lane in {@code n} that break their limit, as a bit per {@link Term} ordinal: the same checks
     * {@link #evaluate} lists, without building them.
     */
    public static long failingTerms(PmdSpec pmd, LaneInputs in, LaneNumbers n) {
        if (pmd == null) {
            return 0;
        }
        long bits = 0;
        double wavelength = laneTermValues(pmd, in, n);
        double[] values = n.termValues;
        PmdLimits limits = PmdLimits.of(pmd);
        PmdSpec.WavelengthWindow window = Double.isNaN(wavelength) ? null : PmdSpec.nearestWindow(limits.windows, wavelength);
        List<PmdCheck.Bound> bounds = PmdCheck.BOUNDS;
        for (int b = 0; b < bounds.size(); b++) {
            PmdCheck.Bound bound = bounds.get(b);
            double limit = !limits.special[b] ? limits.column[b]
                    : bound.term() == Term.OMA_MINUS_TDECQ
                            ? PmdSpec.omaMinusTdecqMinDbm(limits.erThresholdDb, limits.omaMinusTdecqLowErDbm, limits.omaMinusTdecqDbm, n.er)
                            : limitOf(pmd, bound, n.er, window);
            double value = values[bound.term().ordinal()];
            if (!Double.isNaN(limit) && !Double.isNaN(value) && !PmdCheck.passes(value, limit, bound.upperLimit())) {
                bits |= 1L << bound.term().ordinal();
            }
        }
        double lengthM = values[Term.REACH.ordinal()];
        if (window != null && !Double.isNaN(limits.reachM) && !Double.isNaN(lengthM)) {
            if (!window.equals(n.dispersionWindow)) {
                n.dispersionWindow = window;
                n.dispersionLimits = pmd.dispersionLimitsPsPerNm(window, limits.reachM).orElse(null);
            }
            PmdSpec.DispersionLimits d = n.dispersionLimits;
            if (d != null) {
                double[] range = dispersionRange(pmd, in, wavelength, lengthM);
                if (!PmdCheck.passes(range[0], d.minPsPerNm(), false) || !PmdCheck.passes(range[1], d.maxPsPerNm(), true)) {
                    bits |= 1L << Term.DISPERSION.ordinal();
                }
            }
        }
        return bits;
    }

    /**
     * A PMD's limit per {@link PmdCheck#BOUNDS} entry read once (NaN: none), for the per-sample check; {@code special}
     * marks the bounds whose lane limit depends on the lane ({@link #limitOf}: OMA - TDECQ by ER, wavelength window).
     */
    private static final class PmdLimits {
        private static volatile PmdLimits last;

        final PmdSpec pmd;
        final double[] column;
        final boolean[] special;
        final double reachM;
        final double sensitivityDbm;
        final double srsDbm;
        final double secqDb;
        final double secqOffsetDb;
        final boolean hasRequirement;
        final double erThresholdDb;
        final double omaMinusTdecqLowErDbm;
        final double omaMinusTdecqDbm;
        final List<PmdSpec.WavelengthWindow> windows;

        private PmdLimits(PmdSpec pmd) {
            this.pmd = pmd;
            List<PmdCheck.Bound> bounds = PmdCheck.BOUNDS;
            column = new double[bounds.size()];
            special = new boolean[bounds.size()];
            for (int b = 0; b < column.length; b++) {
                Term t = bounds.get(b).term();
                special[b] = t == Term.OMA_MINUS_TDECQ || t == Term.WAVELENGTH;
                column[b] = pmd.number(bounds.get(b).parameter());
            }
            reachM = pmd.number("reach_m");
            sensitivityDbm = pmd.number("rx_sens_oma_max_dbm");
            srsDbm = pmd.number("srs_oma_max_dbm");
            secqDb = pmd.number("secq_db");
            secqOffsetDb = pmd.number("rx_sens_secq_offset_db");
            hasRequirement = pmd.receiverRequirementDbm(0.0).isPresent();
            erThresholdDb = pmd.number("er_threshold_db");
            omaMinusTdecqLowErDbm = pmd.number("oma_minus_tdecq_min_low_er_dbm");
            omaMinusTdecqDbm = pmd.number("oma_minus_tdecq_min_dbm");
            windows = pmd.windows();
        }

        /** The PMD's limits, read once per PMD (one design checks every lane and sample against one). */
        static PmdLimits of(PmdSpec pmd) {
            PmdLimits l = last;
            if (l == null || l.pmd != pmd) {
                l = new PmdLimits(pmd);
                last = l;
            }
            return l;
        }
    }

    /** Fills the lane's term values (by {@link Term} ordinal) from its numbers; returns the laser wavelength (NaN: none). */
    private static double laneTermValues(PmdSpec pmd, LaneInputs in, LaneNumbers n) {
        double wavelength = in.hasLaser ? in.optional(Input.WAVELENGTH_NM) : Double.NaN;
        double lengthM = in.hasChannel ? in.optional(Input.CHANNEL_LENGTH_M) : Double.NaN;
        double[] values = n.termValues;
        values[Term.AVERAGE_LAUNCH.ordinal()] = n.avg;
        values[Term.TX_OMA.ordinal()] = n.oma;
        values[Term.OMA_MINUS_TDECQ.ordinal()] = n.oma - n.tdecq;
        values[Term.TDECQ.ordinal()] = n.tdecq;
        values[Term.EXTINCTION_RATIO.ordinal()] = n.er;
        values[Term.RIN.ordinal()] = in.optional(Input.RIN_DB_PER_HZ);
        values[Term.WAVELENGTH.ordinal()] = wavelength;
        values[Term.CHANNEL_INSERTION_LOSS.ordinal()] = n.channelIl;
        values[Term.RX_AVERAGE.ordinal()] = n.rxAverage;
        values[Term.RX_OVERLOAD.ordinal()] = n.rxAverage;
        values[Term.REACH.ordinal()] = lengthM;
        values[Term.DISPERSION.ordinal()] = Double.NaN;
        return wavelength;
    }

    /**
     * The lane's limit of one bound (NaN: the PMD gives none, so no check): OMA - TDECQ by the transmitter's ER, the
     * wavelength by the lane's grid window, else the pmd-specs.csv column.
     */
    private static double limitOf(PmdSpec pmd, PmdCheck.Bound bound, double er, PmdSpec.WavelengthWindow window) {
        OptionalDouble limit;
        if (bound.term() == Term.OMA_MINUS_TDECQ) {
            limit = pmd.omaMinusTdecqMinDbm(er);
        } else if (bound.term() == Term.WAVELENGTH && window != null && !pmd.laneWindows().isEmpty()) {
            return bound.upperLimit() ? window.maxNm() : window.minNm();
        } else {
            limit = pmd.value(bound.parameter());
        }
        return limit.isPresent() ? limit.getAsDouble() : Double.NaN;
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
        double preFec = Pam4.bitErrorRatio(qForTarget(target) * Math.pow(10.0, marginDb / 10.0));
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
        FecChain fec = fecChain(design.getFec());
        Double post = design.getTargetPostFecBer();
        OptionalDouble target = berTarget(pmd, fec, targetPostFec(post == null ? Double.NaN : post));
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
        return PmdSpec.dispersionPsPerNmKm(wavelengthNm, zeroDispersionNm, slopePsPerNm2Km);
    }

    /**
     * Each lane term the PMD's tables bound, against the limit the library gives for this lane (a missing limit is no
     * check): OMA - TDECQ by the transmitter's ER, the wavelength by the lane's grid window, the channel length by the
     * operating range, and the channel's chromatic dispersion by the fibre model over the lane's window at the PMD's
     * maximum reach.
     */
    private static List<PmdCheck> pmdChecks(PmdSpec pmd, LaneInputs in, LaneNumbers n) {
        double wavelength = laneTermValues(pmd, in, n);
        double[] values = n.termValues;
        double er = n.er;
        double lengthM = values[Term.REACH.ordinal()];
        PmdSpec.WavelengthWindow window = Double.isNaN(wavelength) ? null : pmd.laneWindow(wavelength).orElse(null);
        List<PmdCheck> checks = new ArrayList<>(PmdCheck.BOUNDS.size());
        for (PmdCheck.Bound bound : PmdCheck.BOUNDS) {
            double limit = limitOf(pmd, bound, er, window);
            String basis = "";
            if (bound.term() == Term.OMA_MINUS_TDECQ) {
                if (pmd.value("er_threshold_db").isPresent() && pmd.value("oma_minus_tdecq_min_low_er_dbm").isPresent() && !Double.isNaN(er)) {
                    basis = String.format(java.util.Locale.ROOT, "ER %.2f dB %s the %.1f dB threshold", er,
                            er < pmd.value("er_threshold_db").getAsDouble() ? "below" : "at or above", pmd.value("er_threshold_db").getAsDouble());
                }
            } else if (bound.term() == Term.WAVELENGTH && window != null && !pmd.laneWindows().isEmpty()) {
                basis = String.format(java.util.Locale.ROOT, "lane window %d of %d (%.1f-%.1f nm)", pmd.laneWindows().indexOf(window) + 1,
                        pmd.laneWindows().size(), window.minNm(), window.maxNm());
            }
            double value = values[bound.term().ordinal()];
            if (!Double.isNaN(limit) && !Double.isNaN(value)) { // an unknown value is a problem of its own, or not given (RIN)
                checks.add(new PmdCheck(bound.term(), bound.parameter(), value, limit, bound.upperLimit(), basis));
            }
        }
        OptionalDouble reach = pmd.value("reach_m");
        if (window != null && reach.isPresent() && !Double.isNaN(lengthM)) {
            pmd.dispersionLimitsPsPerNm(window, reach.getAsDouble()).ifPresent(limits -> {
                double[] range = dispersionRange(pmd, in, wavelength, lengthM);
                String basis = String.format(java.util.Locale.ROOT, "SMF model over %.1f-%.1f nm at the %.0f m reach%s", window.minNm(), window.maxNm(),
                        reach.getAsDouble(), channelFibreGiven(in) ? ""
                                : "; channel without its own fibre data: worst case of the model at " + wavelength + " nm");
                checks.add(new PmdCheck(Term.DISPERSION, PmdCheck.DISPERSION_MIN, range[0], limits.minPsPerNm(), false, basis));
                checks.add(new PmdCheck(Term.DISPERSION, PmdCheck.DISPERSION_MAX, range[1], limits.maxPsPerNm(), true, basis));
            });
        }
        return List.copyOf(checks);
    }

    /**
     * The channel's accumulated dispersion at the laser wavelength, as [most negative, most positive] ps/nm: exact when
     * the channel gives its zero-dispersion wavelength and slope, else the extremes of the PMD's fibre model.
     */
    private static boolean channelFibreGiven(LaneInputs in) {
        return in.isGiven(Input.ZERO_DISPERSION_WAVELENGTH_NM) && in.isGiven(Input.DISPERSION_SLOPE_PS_PER_NM2_KM);
    }

    private static double[] dispersionRange(PmdSpec pmd, LaneInputs in, double wavelengthNm, double lengthM) {
        double km = lengthM / 1000.0;
        if (channelFibreGiven(in)) {
            double d = PmdSpec.dispersionPsPerNmKm(wavelengthNm, in.get(Input.ZERO_DISPERSION_WAVELENGTH_NM), in.get(Input.DISPERSION_SLOPE_PS_PER_NM2_KM)) * km;
            return new double[] {d, d};
        }
        double s0 = pmd.value("dispersion_slope_max_ps_nm2_km").getAsDouble();
        double low = PmdSpec.dispersionPsPerNmKm(wavelengthNm, pmd.value("zero_dispersion_max_nm").getAsDouble(), s0) * km;
        double high = PmdSpec.dispersionPsPerNmKm(wavelengthNm, pmd.value("zero_dispersion_min_nm").getAsDouble(), s0) * km;
        return new double[] {Math.min(low, high), Math.max(low, high)};
    }

    /** The 802.3 MAC objective, the post-FEC BER target when the design gives none. */
    private static final double DEFAULT_POST_FEC_BER = 1e-13;

    /** The design's post-FEC BER target ({@link #DEFAULT_POST_FEC_BER} when not given). */
    private static double targetPostFec(LaneInputs in) {
        return targetPostFec(in.optional(Input.TARGET_POST_FEC_BER));
    }

    private static double targetPostFec(double given) {
        return given > 0 && given < 1 ? given : DEFAULT_POST_FEC_BER;
    }

    /**
     * The pre-FEC BER the receiver is referenced to: the PMD's own target, or without one the pre-FEC BER the design's
     * FEC chain needs for its post-FEC target (the FEC threshold).
     */
    private record BerTargetKey(PmdSpec pmd, FecChain fec, double postFecTarget, double berTarget) {
    }

    private static volatile BerTargetKey lastBerTarget = new BerTargetKey(null, null, Double.NaN, Double.NaN);

    /** {@link #berTarget} as a number (NaN: none), kept for the last PMD and chain: one design checks every lane against one. */
    private static double berTargetOrNaN(PmdSpec pmd, FecChain fec, double postFecTarget) {
        BerTargetKey k = lastBerTarget;
        if (k.pmd() != pmd || k.fec() != fec || k.postFecTarget() != postFecTarget || pmd == null) {
            OptionalDouble t = berTarget(pmd, fec, postFecTarget);
            k = new BerTargetKey(pmd, fec, postFecTarget, t.isPresent() ? t.getAsDouble() : Double.NaN);
            if (pmd != null) {
                lastBerTarget = k;
            }
        }
        return k.berTarget();
    }

    private static OptionalDouble berTarget(PmdSpec pmd, FecChain fec, double postFecTarget) {
        OptionalDouble pmdTarget = pmd == null ? OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
        return pmdTarget.isPresent() || pmd == null ? pmdTarget : fecThreshold(fec, postFecTarget);
    }

    /**
     * The highest pre-FEC BER at which the chain still meets the design's post-FEC target: bisection on the chain,
     * which is monotone in its input. Empty without FEC (no threshold to speak of).
     */
    static OptionalDouble fecThreshold(FecChain fec, double target) {
        if (fec == FecChain.NONE) {
            return OptionalDouble.empty();
        }
        double lo = 1e-12;
        double hi = 0.1;
        if (fec.postFecBitErrorRatio(lo) > target) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < 200 && hi / lo > 1 + 1e-12; i++) {
            double mid = Math.sqrt(lo * hi);
            if (fec.postFecBitErrorRatio(mid) <= target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return OptionalDouble.of(lo);
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
