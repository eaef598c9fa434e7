package dev.lightwork.analysis.link;

import java.util.List;

/**
 * Every term of one lane's link budget (IEEE 802.3 method), in dB/dBm, so a designer sees where margin goes.
 * Margin = Tx OMA - TDECQ - channel insertion loss - penalties - demux loss - (SRS - SECQ): the receiver must
 * see at least the stressed sensitivity less its stress (cl.124/151 budget relation). A NaN term is unknown;
 * {@link #problems()} says why.
 * <p>
 * Known limitation (next step of the validator issue): {@code preFecBer} and {@code derivedSensitivityDbm} model
 * a receiver limited by TIA thermal noise only, so they are far too optimistic (e.g. 1e-100 where real links sit
 * near 1e-6); transmitter noise, RIN and the TDECQ reference-receiver noise still have to enter the SNR. The
 * margin, which uses the PMD's own receiver limits, does not depend on them.
 */
public record LinkBudget(
        String laneId,
        String pmdId,
        double laserOutputDbm,
        double temperatureDeratingDb,
        double modulatorLossDb,
        double muxLossDb,
        double averageLaunchDbm,
        double extinctionRatioDb,
        double txOmaDbm,
        double tdecqDb,
        double fibreLossDb,
        double connectorLossDb,
        double spliceLossDb,
        double channelInsertionLossDb,
        double penaltiesDb,
        double demuxLossDb,
        double rxOmaDbm,
        double pmdSensitivityDbm,
        double derivedSensitivityDbm,
        double marginDb,
        double preFecBer,
        double postFecBer,
        List<String> problems) {

    /** True when every term is known and the margin is at least {@code requiredMarginDb}. */
    public boolean passes(double requiredMarginDb) {
        return problems.isEmpty() && marginDb >= requiredMarginDb;
    }
}
