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
 * <p>
 * {@code requiredRxOmaDbm} is the reference the margin is computed against (margin = rxOmaDbm - requiredRxOmaDbm),
 * named by {@code marginReference}: normally the PMD's stressed-sensitivity line SRS - SECQ + max(TDECQ, S + k);
 * where the PMD gives no receiver limit, the Rx OMA at which this lane's own detector and TIA (thermal noise) reach
 * the pre-FEC BER the design's FEC chain needs for its post-FEC target, an optimistic bound. {@code indicativeReasons}
 * says why the lane's verdict cannot be a sign-off (unsourced PMD limits, such a fallback reference); see
 * {@link #verdict(double)}.
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
        List<String> problems,
        double requiredRxOmaDbm,
        String marginReference,
        List<String> indicativeReasons) {

    /** A lane's verdict: PASS is a sign-off; INDICATIVE holds on the data at hand but rests on unsourced limits. */
    public enum Verdict { PASS, INDICATIVE, FAIL }

    /**
     * FAIL when a value is missing or invalid, a PMD limit is violated or the (known) margin is below
     * {@code requiredMarginDb}; otherwise INDICATIVE when {@link #indicativeReasons()} is not empty or no margin could
     * be referenced; otherwise PASS.
     */
    public Verdict verdict(double requiredMarginDb) {
        if (!problems.isEmpty() || pmdChecks.stream().anyMatch(c -> !c.passes()) || marginDb < requiredMarginDb) {
            return Verdict.FAIL;
        }
        return indicativeReasons.isEmpty() && !Double.isNaN(marginDb) ? Verdict.PASS : Verdict.INDICATIVE;
    }

    /** True unless the lane fails ({@link #verdict(double)} is not FAIL): an indicative lane is not a failure. */
    public boolean passes(double requiredMarginDb) {
        return verdict(requiredMarginDb) != Verdict.FAIL;
    }
}
