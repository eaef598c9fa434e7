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
import dev.lightwork.model.ConnectorType;
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

    /**
     * The lane's budget with the laser at the worst-case case temperature: for a laser without a thermal node, or when
     * no thermal solution is at hand.
     */
    public LinkBudget compute(TransceiverDesign design, Lane lane) {
        List<String> problems = new ArrayList<>();
        double caseC = caseTemperatureMaxC(problems, design);
        return compute(design, lane, caseC, problems);
    }

    /**
     * The lane's budget with the laser at {@code laserTemperatureC} (its thermal node's solved temperature). NaN means
     * the temperature is unknown (the node was not solved): a laser whose power depends on temperature then gets no
     * derating, launch, OMA or margin, never values at an optimistic temperature.
     */
    public LinkBudget compute(TransceiverDesign design, Lane lane, double laserTemperatureC) {
        return compute(design, lane, laserTemperatureC, new ArrayList<>());
    }

    private LinkBudget compute(TransceiverDesign design, Lane lane, double laserC, List<String> problems) {
        String laneId = lane.getId();
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        if (pmd == null) {
            problems.add(unknownPmd(design));
        }
        Laser laser = lane.getLaser();
        Modulator modulator = lane.getModulator();
        double laserDbm = laser == null ? missing(problems, laneId, "laser") : value(problems, laser.getId(), "outputPowerDbm", laser.getOutputPowerDbm());
        double coefficient = laser == null || laser.getPowerTemperatureCoefficientDbPerK() == null ? 0.0 : laser.getPowerTemperatureCoefficientDbPerK();
        boolean temperatureKnown = !Double.isNaN(laserC);
        // Output power is specified at 25 C; at the laser's worst-case temperature it changes by the coefficient.
        double derating = coefficient == 0.0 ? 0.0 : coefficient * (laserC - 25.0);
        int sharing = laser == null ? 1 : lanesUsing(design, laser);
        double split = splitLossDb(sharing);
        double modLoss = modulator == null ? 0.0 : value(problems, modulator.getId(), "insertionLossDb", modulator.getInsertionLossDb());
        double muxLoss = loss(problems, lane.getMux());
        Channel ch = lane.getChannel();
        double attach = 0.0; // fibre attach units: inside the module, at the Tx before TP2 and at the Rx after TP3
        double connectors = 0.0;
        if (ch != null) {
            for (Connector c : ch.getConnectors()) {
                double il = nonNegative(problems, c.getId(), "insertionLossDb", c.getInsertionLossDb());
                if (c.getConnectorType() == ConnectorType.FAU) {
                    attach += il;
                } else {
                    connectors += il;
                }
            }
        }
        double avg = laserDbm + derating - split - modLoss - muxLoss - attach;
        Double erValue = modulator != null ? modulator.getExtinctionRatioDb() : laser == null ? null : laser.getExtinctionRatioDb();
        String erOwner = modulator != null ? modulator.getId() : laser == null ? laneId : laser.getId();
        double er = value(problems, erOwner, "extinctionRatioDb", erValue);
        double oma = Double.isNaN(avg) || Double.isNaN(er) ? Double.NaN : OpticalPower.omaDbm(avg, er);
        double tdecq = value(problems, laneId, "tdecqDb", lane.getTdecqDb());

        double fibre = Double.NaN;
        double splices = 0.0;
        double penalties = 0.0;
        double dispersion = Double.NaN;
        if (ch == null) {
            missing(problems, laneId, "channel");
        } else {
            double length = nonNegative(problems, ch.getId(), "lengthM", ch.getLengthM());
            double att = nonNegative(problems, ch.getId(), "attenuationDbPerKm", ch.getAttenuationDbPerKm());
            fibre = att * length / 1000.0;
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

        double demuxLoss = loss(problems, lane.getDemux());
        double detectorOma = rxOma - demuxLoss - attach;
        double derived = Double.NaN;
        Photodetector pd = lane.getPhotodetector();
        Tia tia = lane.getTia();
        OptionalDouble berTarget = pmd == null ? OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
        if (pd == null) {
            missing(problems, laneId, "photodetector");
        } else if (tia != null && tia.getInputNoisePaPerRtHz() != null && pd.getResponsivityAPerW() != null && lane.getBaudGbd() != null
                && berTarget.isPresent()) {
            double sigma = tia.getInputNoisePaPerRtHz() * 1e-12 * Math.sqrt(NOISE_BANDWIDTH_PER_BAUD * lane.getBaudGbd() * 1e9);
            // OMAouter = 3 d, d = 2 q sigma / R (optical W): thermal-noise-limited receiver, shot and RIN noise ignored.
            double requiredOmaW = 3.0 * 2.0 * Pam4.qForBitErrorRatio(berTarget.getAsDouble()) * sigma / pd.getResponsivityAPerW();
            derived = OpticalPower.mwToDbm(requiredOmaW * 1e3);
        }
        double internalMargin = detectorOma - tdecq - derived;
        FecChain fec = fecChain(design.getFec());
        BerEstimate ber = berTarget.isPresent() ? berAtMargin(berTarget.getAsDouble(), fec, margin) : BerEstimate.UNKNOWN;
        List<PmdCheck> checks = pmd == null ? List.of() : pmdChecks(pmd, lane, avg, oma, tdecq, er, channelIl, rxAverage);
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
    public BerEstimate berAtMargin(double target, FecChain fec, double marginDb) {
        if (Double.isNaN(marginDb)) {
            return BerEstimate.UNKNOWN;
        }
        double floor = berFloor();
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
                BerEstimate e = berAtMargin(target.getAsDouble(), fec, x - b.marginReferenceDbm());
                points.add(new BerCurve.Point(x, e.preFec(), e.postFec()));
            }
        }
        return new BerCurve(b.laneId(), fec.label(), target.orElse(Double.NaN), berFloor(), List.copyOf(points), b.rxOmaDbm(), b.marginReferenceDbm(),
                b.pmdSensitivityDbm(), b.marginDb(), b.preFecBer(), b.postFecBer());
    }

    /** The smallest bit error ratio the model reports as a value (data/link-model.csv ber_floor); below it, a bound. */
    public double berFloor() {
        return library.modelParameter("ber_floor").value();
    }

    /**
     * The split of a source feeding {@code lanes} lanes: 10 log10 N for the ideal division plus the excess loss of a
     * binary tree of ceil(log2 N) 1x2 junctions (data/link-model.csv splitter_stage_excess_loss_db); 0 for one lane.
     */
    public double splitLossDb(int lanes) {
        if (lanes <= 1) {
            return 0.0;
        }
        int stages = 32 - Integer.numberOfLeadingZeros(lanes - 1); // ceil(log2 N)
        return 10.0 * Math.log10(lanes) + stages * library.modelParameter("splitter_stage_excess_loss_db").value();
    }

    /** How many lanes of the design take their light from {@code laser} (the wiring, not a catalogue column). */
    public static int lanesUsing(TransceiverDesign design, Laser laser) {
        int n = 0;
        for (Lane l : design.getLanes()) {
            if (l.getLaser() == laser) {
                n++;
            }
        }
        return Math.max(n, 1);
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
    private static List<PmdCheck> pmdChecks(PmdSpec pmd, Lane lane, double avg, double oma, double tdecq, double er, double channelIl,
            double rxAverage) {
        Laser laser = lane.getLaser();
        Map<Term, Double> values = new EnumMap<>(Term.class);
        values.put(Term.AVERAGE_LAUNCH, avg);
        values.put(Term.TX_OMA, oma);
        values.put(Term.OMA_MINUS_TDECQ, oma - tdecq);
        values.put(Term.TDECQ, tdecq);
        values.put(Term.EXTINCTION_RATIO, er);
        values.put(Term.RIN, laser == null || laser.getRinDbPerHz() == null ? Double.NaN : laser.getRinDbPerHz());
        values.put(Term.WAVELENGTH, laser == null || laser.getWavelengthNm() == null ? Double.NaN : laser.getWavelengthNm());
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
