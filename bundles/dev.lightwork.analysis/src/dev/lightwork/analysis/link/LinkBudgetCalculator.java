package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import dev.lightwork.analysis.physics.OpticalPower;
import dev.lightwork.analysis.physics.Pam4;
import dev.lightwork.analysis.physics.ReedSolomonFec;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
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

    public LinkBudget compute(TransceiverDesign design, Lane lane) {
        List<String> problems = new ArrayList<>();
        String laneId = lane.getId();
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        if (pmd == null) {
            problems.add("design " + design.getId() + ": opticalPmd '" + design.getOpticalPmd() + "' is not in the reference library");
        }
        Laser laser = lane.getLaser();
        Modulator modulator = lane.getModulator();
        double laserDbm = laser == null ? missing(problems, laneId, "laser") : value(problems, laser.getId(), "outputPowerDbm", laser.getOutputPowerDbm());
        double coefficient = laser == null || laser.getPowerTemperatureCoefficientDbPerK() == null ? 0.0 : laser.getPowerTemperatureCoefficientDbPerK();
        double caseMax = design.getCaseTemperatureMaxC() == null ? 70.0 : design.getCaseTemperatureMaxC();
        // Output power is specified at 25 C; at the worst-case case temperature it changes by the coefficient.
        double derating = coefficient * (caseMax - 25.0);
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
        }
        double channelIl = fibre + connectors + splices;
        double demuxLoss = loss(problems, lane.getDemux());
        double rxOma = oma - channelIl - penalties - demuxLoss;

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
        double preFec = Double.NaN;
        Photodetector pd = lane.getPhotodetector();
        Tia tia = lane.getTia();
        if (pd == null) {
            missing(problems, laneId, "photodetector");
        } else if (tia != null && tia.getInputNoisePaPerRtHz() != null && pd.getResponsivityAPerW() != null && lane.getBaudGbd() != null) {
            double sigma = tia.getInputNoisePaPerRtHz() * 1e-12 * Math.sqrt(NOISE_BANDWIDTH_PER_BAUD * lane.getBaudGbd() * 1e9);
            double responsivity = pd.getResponsivityAPerW();
            double targetBer = pmd == null ? 2.4e-4 : pmd.value("ber_target_pre_fec").orElse(2.4e-4);
            // OMAouter = 3 d, d = 2 q sigma / R (optical W): thermal-noise-limited receiver, shot and RIN noise ignored.
            double requiredOmaW = 3.0 * 2.0 * Pam4.qForBitErrorRatio(targetBer) * sigma / responsivity;
            derived = OpticalPower.mwToDbm(requiredOmaW * 1e3);
            // BER estimate: the eye seen by the receiver is the received OMA closed by TDECQ.
            double eyeOmaW = OpticalPower.dbmToMw(rxOma - tdecq) * 1e-3;
            preFec = Double.isNaN(eyeOmaW) ? Double.NaN : Pam4.bitErrorRatio(eyeOmaW * responsivity / 3.0 / (2.0 * sigma));
        }
        double postFec = Double.isNaN(preFec) ? Double.NaN : ReedSolomonFec.KP4.postFecBitErrorRatio(Math.min(preFec, 0.5));
        return new LinkBudget(laneId, pmd == null ? null : pmd.id(), laserDbm, derating, modLoss, muxLoss, avg, er, oma, tdecq,
                fibre, connectors, splices, channelIl, penalties, demuxLoss, rxOma, pmdSensitivity, derived, margin, preFec, postFec,
                List.copyOf(problems));
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
