package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.link.LinkBudget.Plane;

/**
 * The waterfall of one lane's budget, derived once here for the views, diagrams and reports: levels (dBm) and the
 * steps between them (dB), each at its reference plane, from the laser's output through the transmitter to TP2, the
 * channel to TP3, and the transmitter's eye closure, against the receiver requirement at TP3 the margin is measured
 * from ({@code requirementDbm}: SRS - SECQ, or the PMD sensitivity). A shared source's split, a mux and a fibre
 * attach are steps only where the lane has them. The module-internal part (TP3 to the detector) is not a step: it
 * is checked against the component sensitivity, not this requirement.
 */
public record LinkWaterfall(List<Step> steps, double requirementDbm, String requirementLabel, double pmdSensitivityDbm, double marginDb) {

    /** A level ({@code level}, value in dBm) or a change from the previous level (value in dB, negative for a loss). */
    public record Step(String label, double value, boolean level, Plane plane) {
    }

    static LinkWaterfall of(LinkBudget b) {
        List<Step> s = new ArrayList<>();
        s.add(new Step("Laser", b.laserOutputDbm(), true, Plane.TX_MODULE));
        s.add(new Step("T derating", b.temperatureDeratingDb(), false, Plane.TX_MODULE));
        if (b.sharedLaser()) {
            s.add(new Step("Split 1:" + b.laserLaneCount(), -b.splitLossDb(), false, Plane.TX_MODULE));
        }
        s.add(new Step("Modulator", -b.modulatorLossDb(), false, Plane.TX_MODULE));
        if (b.muxLossDb() != 0) {
            s.add(new Step("Mux", -b.muxLossDb(), false, Plane.TX_MODULE));
        }
        if (b.txAttachLossDb() != 0) {
            s.add(new Step("Fibre attach", -b.txAttachLossDb(), false, Plane.TX_MODULE));
        }
        s.add(new Step("Avg launch @TP2", b.averageLaunchDbm(), true, Plane.TP2));
        s.add(new Step(String.format(Locale.ROOT, "OMA (ER %.1f dB)", b.extinctionRatioDb()), b.txOmaDbm() - b.averageLaunchDbm(), false, Plane.TP2));
        s.add(new Step("Tx OMA @TP2", b.txOmaDbm(), true, Plane.TP2));
        s.add(new Step("Fibre", -b.fibreLossDb(), false, Plane.CHANNEL));
        s.add(new Step("Connectors", -b.connectorLossDb(), false, Plane.CHANNEL));
        if (b.spliceLossDb() != 0) {
            s.add(new Step("Splices", -b.spliceLossDb(), false, Plane.CHANNEL));
        }
        s.add(new Step("Penalties", -b.penaltiesDb(), false, Plane.CHANNEL));
        s.add(new Step("Rx OMA @TP3", b.rxOmaDbm(), true, Plane.TP3));
        s.add(new Step("TDECQ", -b.tdecqDb(), false, Plane.TP3));
        s.add(new Step("Rx OMA - TDECQ", b.rxOmaDbm() - b.tdecqDb(), true, Plane.TP3));
        String label = Double.isNaN(b.receiverRequirementDbm()) ? "Rx requirement unknown"
                : String.format(Locale.ROOT, "Rx requirement @TP3 %.2f dBm", b.receiverRequirementDbm());
        return new LinkWaterfall(List.copyOf(s), b.receiverRequirementDbm(), label, b.pmdSensitivityDbm(), b.marginDb());
    }
}
