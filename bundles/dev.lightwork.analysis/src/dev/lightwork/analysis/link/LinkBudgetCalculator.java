package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dev.lightwork.analysis.link.PmdCheck.Term;
import dev.lightwork.analysis.physics.FecChain;
import dev.lightwork.analysis.physics.OpticalPower;
import dev.lightwork.analysis.physics.Pam4;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.Tia;
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
        return design.getOpticalPmd() == null ? "design " + design.getId() + ": opticalPmd is not given"
                : "design " + design.getId() + ": opticalPmd '" + design.getOpticalPmd() + "' is not in the reference library";
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
        List<String> problems = new ArrayList<>();
        String laneId = lane.getId();
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        if (pmd == null) {
            problems.add(unknownPmd(design));
        }
        Laser laser = lane.getLaser();
        Modulator modulator = lane.getModulator();
        double laserDbm = laser == null ? missing(problems, laneId, "laser") : value(problems, laser.getId(), "outputPowerDbm", laser.getOutputPowerDbm());
        double coefficient = laser == null || laser.getPowerTemperatureCoefficientDbPerK() == null ? 0.0 : laser.getPowerTemperatureCoefficientDbPerK();
        double laserC = Double.isNaN(laserTemperatureC) ? caseTemperatureMaxC(problems, design) : laserTemperatureC;
        // Output power is specified at 25 C; at the laser's worst-case temperature it changes by the coefficient.
        double derating = coefficient == 0.0 ? 0.0 : coefficient * (laserC - 25.0);
        double modLoss = modulator == null ? 0.0 : value(problems, modulator.getId(), "insertionLossDb", modulator.getInsertionLossDb());
        double muxLoss = loss(problems, lane.getMux());
        double avg = laserDbm + derating - modLoss - muxLoss;
        Double erValue = modulator != null ? modulator.getExtinctionRatioDb() : laser == null ? null : laser.getExtinctionRatioDb();
        String erOwner = modulator != null ? modulator.getId() : laser == null ? laneId : laser.getId();
        double er = value(problems, erOwner, "extinctionRatioDb", erValue);
        double oma = Double.isNaN(avg) || Double.isNaN(er) ? Double.NaN : OpticalPower.omaDbm(avg, er);
        double tdecq = value(problems, laneId, "tdecqDb", lane.getTdecqDb());

        Channel ch = lane.getChannel();
        double fibre = Double.NaN;
        double connectors = 0.0;
        double splices = 0.0;
        double penalties = 0.0;
        double dispersion = Double.NaN;
        if (ch == null) {
            missing(problems, laneId, "channel");
        } else {
            double length = nonNegative(problems, ch.getId(), "lengthM", ch.getLengthM());
            double att = nonNegative(problems, ch.getId(), "attenuationDbPerKm", ch.getAttenuationDbPerKm());
            fibre = att * length / 1000.0;
            for (Connector c : ch.getConnectors()) {
                connectors += nonNegative(problems, c.getId(), "insertionLossDb", c.getInsertionLossDb());
            }
            int count = ch.getSpliceCount() == null ? 0 : ch.getSpliceCount();
            splices = count == 0 ? 0.0 : count * nonNegative(problems, ch.getId(), "spliceLossDb", ch.getSpliceLossDb());
            penalties = orZero(ch.getMpiPenaltyDb()) + orZero(ch.getReflectionPenaltyDb());
            if (laser != null && laser.getWavelengthNm() != null && ch.getZeroDispersionWavelengthNm() != null
                    && ch.getDispersionSlopePsPerNm2Km() != null) {
                dispersion = dispersionPsPerNmKm(laser.getWavelengthNm(), ch.getZeroDispersionWavelengthNm(), ch.getDispersionSlopePsPerNm2Km())
                        * length / 1000.0;
            }
        }
        double channelIl = fibre + connectors + splices;
        double demuxLoss = loss(problems, lane.getDemux());
        double rxOma = oma - channelIl - penalties - demuxLoss;
        double rxAverage = avg - channelIl - demuxLoss;

        double pmdSensitivity = Double.NaN;
        double required = Double.NaN;
        String reference = "";
        List<String> indicative = new ArrayList<>();
        if (pmd != null) {
            pmdSensitivity = pmd.value("rx_sens_oma_max_dbm").orElse(Double.NaN);
            OptionalDouble requirement = Double.isNaN(tdecq) ? OptionalDouble.empty() : pmd.receiverRequirementDbm(tdecq);
            if (requirement.isPresent()) {
                required = requirement.getAsDouble();
                reference = pmd.value("srs_oma_max_dbm").isPresent() ? pmd.id() + " stressed receiver sensitivity: SRS - SECQ + max(TDECQ, S + k)"
                        : pmd.id() + " receiver sensitivity max(S, SECQ - k) at SECQ = TDECQ, plus TDECQ";
            }
            indicative.addAll(pmd.indicativeReasons());
        }

        double derived = Double.NaN;
        Photodetector pd = lane.getPhotodetector();
        Tia tia = lane.getTia();
        OptionalDouble pmdBerTarget = pmd == null ? OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
        FecChain fec = fecChain(design.getFec());
        // Without a PMD BER target the receiver is referenced to the pre-FEC BER the design's FEC chain needs for its
        // post-FEC target (the FEC threshold); the PMD's own target is the reference otherwise.
        OptionalDouble berTarget = pmdBerTarget.isPresent() || pmd == null ? pmdBerTarget : fecThreshold(fec, design.getTargetPostFecBer());
        if (pd == null) {
            missing(problems, laneId, "photodetector");
        } else if (tia != null && tia.getInputNoisePaPerRtHz() != null && pd.getResponsivityAPerW() != null && lane.getBaudGbd() != null
                && berTarget.isPresent()) {
            double sigma = tia.getInputNoisePaPerRtHz() * 1e-12 * Math.sqrt(NOISE_BANDWIDTH_PER_BAUD * lane.getBaudGbd() * 1e9);
            // OMAouter = 3 d, d = 2 q sigma / R (optical W): thermal-noise-limited receiver, shot and RIN noise ignored.
            double requiredOmaW = 3.0 * 2.0 * Pam4.qForBitErrorRatio(berTarget.getAsDouble()) * sigma / pd.getResponsivityAPerW();
            derived = OpticalPower.mwToDbm(requiredOmaW * 1e3);
        }
        if (pmd != null && Double.isNaN(required) && !Double.isNaN(derived) && !Double.isNaN(tdecq)) {
            required = derived + tdecq;
            reference = String.format(java.util.Locale.ROOT,
                    "lane's photodetector and TIA (thermal noise only) at pre-FEC BER %.2e (%s threshold for post-FEC %.0e), plus TDECQ",
                    berTarget.getAsDouble(), fec.label(), targetPostFec(design));
            indicative.add(pmd.id() + " gives no receiver sensitivity: the margin is referenced to the lane's own detector and TIA noise, "
                    + "an optimistic bound (no shot noise, RIN or ISI)");
        } else if (pmd != null && Double.isNaN(required) && !Double.isNaN(tdecq)) {
            indicative.add(pmd.id() + " gives no receiver sensitivity and the lane's detector/TIA noise is not known: no margin");
        }
        double margin = Double.isNaN(required) ? Double.NaN : rxOma - required;
        double preFec = Double.NaN;
        if (berTarget.isPresent() && !Double.isNaN(margin)) {
            preFec = Pam4.bitErrorRatio(Pam4.qForBitErrorRatio(berTarget.getAsDouble()) * Math.pow(10.0, margin / 10.0));
        }
        double berIn = Math.min(preFec, 0.5);
        double postFec = Double.isNaN(preFec) ? Double.NaN : fec.postFecBitErrorRatio(berIn);
        double cer = Double.isNaN(preFec) ? Double.NaN : fec.codewordErrorRatio(berIn);
        List<PmdCheck> checks = pmd == null ? List.of() : pmdChecks(pmd, lane, avg, oma, tdecq, er, channelIl, rxAverage);
        return new LinkBudget(laneId, pmd == null ? null : pmd.id(), laserC, laserDbm, derating, modLoss, muxLoss, avg, er, oma, tdecq,
                fibre, connectors, splices, channelIl, dispersion, penalties, demuxLoss, rxOma, rxAverage, pmdSensitivity, derived, margin, preFec,
                fec.label(), cer, postFec, checks, List.copyOf(problems), required, reference, List.copyOf(indicative));
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
    private static List<PmdCheck> pmdChecks(PmdSpec pmd, Lane lane, double avg, double oma, double tdecq, double er, double channelIl,
            double rxAverage) {
        Laser laser = lane.getLaser();
        Channel ch = lane.getChannel();
        double wavelength = laser == null || laser.getWavelengthNm() == null ? Double.NaN : laser.getWavelengthNm();
        double lengthM = ch == null || ch.getLengthM() == null ? Double.NaN : ch.getLengthM();
        Map<Term, Double> values = new EnumMap<>(Term.class);
        values.put(Term.AVERAGE_LAUNCH, avg);
        values.put(Term.TX_OMA, oma);
        values.put(Term.OMA_MINUS_TDECQ, oma - tdecq);
        values.put(Term.TDECQ, tdecq);
        values.put(Term.EXTINCTION_RATIO, er);
        values.put(Term.RIN, laser == null || laser.getRinDbPerHz() == null ? Double.NaN : laser.getRinDbPerHz());
        values.put(Term.WAVELENGTH, wavelength);
        values.put(Term.CHANNEL_INSERTION_LOSS, channelIl);
        values.put(Term.RX_AVERAGE, rxAverage);
        values.put(Term.RX_OVERLOAD, rxAverage);
        values.put(Term.REACH, lengthM);
        PmdSpec.WavelengthWindow window = Double.isNaN(wavelength) ? null : pmd.laneWindow(wavelength).orElse(null);
        List<PmdCheck> checks = new ArrayList<>();
        for (PmdCheck.Bound bound : PmdCheck.BOUNDS) {
            OptionalDouble limit = pmd.value(bound.parameter());
            String basis = "";
            if (bound.term() == Term.OMA_MINUS_TDECQ) {
                limit = pmd.omaMinusTdecqMinDbm(er);
                if (pmd.value("er_threshold_db").isPresent() && pmd.value("oma_minus_tdecq_min_low_er_dbm").isPresent() && !Double.isNaN(er)) {
                    basis = String.format(java.util.Locale.ROOT, "ER %.2f dB %s the %.1f dB threshold", er,
                            er < pmd.value("er_threshold_db").getAsDouble() ? "below" : "at or above", pmd.value("er_threshold_db").getAsDouble());
                }
            } else if (bound.term() == Term.WAVELENGTH && window != null && !pmd.laneWindows().isEmpty()) {
                limit = OptionalDouble.of(bound.upperLimit() ? window.maxNm() : window.minNm());
                basis = String.format(java.util.Locale.ROOT, "lane window %d of %d (%.1f-%.1f nm)", pmd.laneWindows().indexOf(window) + 1,
                        pmd.laneWindows().size(), window.minNm(), window.maxNm());
            }
            double value = values.get(bound.term());
            if (limit.isPresent() && !Double.isNaN(value)) { // an unknown value is a problem of its own, or not given (RIN)
                checks.add(new PmdCheck(bound.term(), bound.parameter(), value, limit.getAsDouble(), bound.upperLimit(), basis));
            }
        }
        OptionalDouble reach = pmd.value("reach_m");
        if (window != null && reach.isPresent() && !Double.isNaN(lengthM)) {
            pmd.dispersionLimitsPsPerNm(window, reach.getAsDouble()).ifPresent(limits -> {
                double[] range = dispersionRange(pmd, ch, wavelength, lengthM);
                String basis = String.format(java.util.Locale.ROOT, "SMF model over %.1f-%.1f nm at the %.0f m reach%s", window.minNm(), window.maxNm(),
                        reach.getAsDouble(), ch.getZeroDispersionWavelengthNm() != null && ch.getDispersionSlopePsPerNm2Km() != null ? ""
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
    private static double[] dispersionRange(PmdSpec pmd, Channel ch, double wavelengthNm, double lengthM) {
        double km = lengthM / 1000.0;
        if (ch.getZeroDispersionWavelengthNm() != null && ch.getDispersionSlopePsPerNm2Km() != null) {
            double d = PmdSpec.dispersionPsPerNmKm(wavelengthNm, ch.getZeroDispersionWavelengthNm(), ch.getDispersionSlopePsPerNm2Km()) * km;
            return new double[] {d, d};
        }
        double s0 = pmd.value("dispersion_slope_max_ps_nm2_km").getAsDouble();
        double low = PmdSpec.dispersionPsPerNmKm(wavelengthNm, pmd.value("zero_dispersion_max_nm").getAsDouble(), s0) * km;
        double high = PmdSpec.dispersionPsPerNmKm(wavelengthNm, pmd.value("zero_dispersion_min_nm").getAsDouble(), s0) * km;
        return new double[] {Math.min(low, high), Math.max(low, high)};
    }

    /** The design's post-FEC BER target (1e-13, the 802.3 MAC objective, when not given). */
    private static double targetPostFec(TransceiverDesign design) {
        Double t = design.getTargetPostFecBer();
        return t == null || !(t > 0 && t < 1) ? 1e-13 : t;
    }

    /**
     * The highest pre-FEC BER at which the chain still meets the design's post-FEC target: bisection on the chain,
     * which is monotone in its input. Empty without FEC (no threshold to speak of).
     */
    static OptionalDouble fecThreshold(FecChain fec, Double postFecTarget) {
        if (fec == FecChain.NONE) {
            return OptionalDouble.empty();
        }
        double target = postFecTarget == null || !(postFecTarget > 0 && postFecTarget < 1) ? 1e-13 : postFecTarget;
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

    private static double caseTemperatureMaxC(List<String> problems, TransceiverDesign design) {
        Double c = design.getCaseTemperatureMaxC();
        if (c == null || !Double.isFinite(c)) {
            problems.add("design " + design.getId() + ".caseTemperatureMaxC = " + c + " is needed for the worst case");
            return Double.NaN;
        }
        return c;
    }

    private static double loss(List<String> problems, Multiplexer mux) {
        return mux == null ? 0.0 : nonNegative(problems, mux.getId(), "insertionLossDb", mux.getInsertionLossDb());
    }

    private static double orZero(Double v) {
        return v == null || v.isNaN() ? 0.0 : v;
    }

    private static double missing(List<String> problems, String owner, String what) {
        problems.add(owner + ": no " + what);
        return Double.NaN;
    }

    private static double value(List<String> problems, String owner, String attribute, Double v) {
        if (v == null) {
            problems.add(owner + "." + attribute + " is not given");
            return Double.NaN;
        }
        if (v.isNaN() || v.isInfinite()) {
            problems.add(owner + "." + attribute + " = " + v + " is not a number");
            return Double.NaN;
        }
        return v;
    }

    private static double nonNegative(List<String> problems, String owner, String attribute, Double v) {
        double x = value(problems, owner, attribute, v);
        if (x < 0) {
            problems.add(owner + "." + attribute + " = " + x + " is negative");
            return Double.NaN;
        }
        return x;
    }
}
