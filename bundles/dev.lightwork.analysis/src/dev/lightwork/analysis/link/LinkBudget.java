package dev.lightwork.analysis.link;

import java.util.List;

/**
 * Every term of one lane's link budget (IEEE 802.3 method), in dB/dBm, so a designer sees where margin goes.
 * Margin = Tx OMA - TDECQ - channel insertion loss - penalties - demux loss - (SRS - SECQ): the receiver must
 * see at least the stressed sensitivity less its stress (cl.124/151 budget relation). A NaN term is unknown;
 * {@link #problems()} says why. {@link #pmdChecks()} compares each term the PMD tables bound with its limit.
 * <p>
 * {@code preFecBer} is referenced to the PMD receiver: at zero margin the receiver works at the PMD's pre-FEC BER
 * target; with noise independent of the signal (thermal-noise-limited receiver) the per-eye Q grows linearly with
 * the optical OMA, so Q = Q(target) x 10^(margin/10). NaN when the PMD gives no BER target.
 * {@code dispersionPsPerNm} is the channel's accumulated chromatic dispersion at the laser wavelength; by the 802.3
 * method its eye penalty is inside TDECQ (measured through the worst-case dispersion of the PMD's channel), so it is
 * shown but not subtracted again.
 * {@code derivedSensitivityDbm} is the floor set by the detector responsivity and the TIA's input noise alone
 * (no shot noise, RIN or ISI): a lower bound that shows how far the components are from the PMD's limit.
 */
public record LinkBudget(
        String laneId,
        String pmdId,
        double laserTemperatureC,
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
        double dispersionPsPerNm,
        double penaltiesDb,
        double demuxLossDb,
        double rxOmaDbm,
        double rxAverageDbm,
        double pmdSensitivityDbm,
        double derivedSensitivityDbm,
        double marginDb,
        double preFecBer,
        String fec,
        double codewordErrorRatio,
        double postFecBer,
        List<PmdCheck> pmdChecks,
        List<String> problems) {

    /** True when every term is known, every PMD limit holds and the margin is at least {@code requiredMarginDb}. */
    public boolean passes(double requiredMarginDb) {
        return problems.isEmpty() && marginDb >= requiredMarginDb && pmdChecks.stream().allMatch(PmdCheck::passes);
    }
}
