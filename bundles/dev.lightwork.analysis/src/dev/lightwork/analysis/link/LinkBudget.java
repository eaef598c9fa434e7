package dev.lightwork.analysis.link;

import java.util.List;

/**
 * Every term of one lane's link budget (IEEE 802.3 method), in dB/dBm, so a designer sees where margin goes, and at
 * which reference plane ({@link Plane}) each term applies:
 * <ul>
 * <li>transmitter, inside the module up to TP2: laser output (the source's total power), temperature derating, the
 * split of a source shared by {@code laserLaneCount} lanes ({@code splitLossDb} = 10 log10 N + splitter excess loss,
 * from the wiring), modulator, mux and fibre-attach loss; average launch, extinction ratio and Tx OMA are at TP2, where
 * the PMD's transmitter limits apply;</li>
 * <li>channel TP2 to TP3: fibre, connectors, splices (= channel insertion loss) and penalties;</li>
 * <li>TP3 (the MDI), where the PMD's receiver limits apply: Rx OMA and average receive power. Margin = Rx OMA at TP3 -
 * {@code marginReferenceDbm}, the OMA this lane needs there: TDECQ + (SRS - SECQ) (the stressed sensitivity less its
 * stress, cl.124/151 budget relation) or TDECQ + the PMD sensitivity when no SRS/SECQ is given;</li>
 * <li>receiver, inside the module from TP3 to the photodetector: demux and fibre-attach loss, then the OMA at the
 * detector. The module-internal check {@code internalMarginDb} = OMA at the detector - TDECQ - the component
 * sensitivity ({@code derivedSensitivityDbm}: detector responsivity and TIA input noise only, a lower bound).</li>
 * </ul>
 * A NaN term is unknown; {@link #problems()} says why. {@link #pmdChecks()} compares each term the PMD tables bound
 * with its limit.
 * <p>
 * {@code preFecBer} is referenced to the PMD receiver: at zero margin the receiver works at the PMD's pre-FEC BER
 * target; with noise independent of the signal (thermal-noise-limited receiver) the per-eye Q grows linearly with
 * the optical OMA, so Q = Q(target) x 10^(margin/10). NaN when the PMD gives no BER target. A BER below the model's
 * validity floor (data/link-model.csv {@code ber_floor}) is the floor with {@code preFecBerIsBound} set: "below".
 * {@code dispersionPsPerNm} is the channel's accumulated chromatic dispersion at the laser wavelength; by the 802.3
 * method its eye penalty is inside TDECQ, so it is shown but not subtracted again.
 * {@code laserTemperatureKnown} is false when the laser's thermal node has no solved temperature: a temperature-
 * dependent laser then has no derating, launch, OMA or margin rather than values at an optimistic temperature.
 */
public record LinkBudget(
        String laneId,
        String pmdId,
        double laserTemperatureC,
        boolean laserTemperatureKnown,
        double laserOutputDbm,
        double temperatureDeratingDb,
        int laserLaneCount,
        double splitLossDb,
        double modulatorLossDb,
        double muxLossDb,
        double txAttachLossDb,
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
        double rxOmaDbm,
        double rxAverageDbm,
        double receiverRequirementDbm,
        double marginReferenceDbm,
        double pmdSensitivityDbm,
        double marginDb,
        double demuxLossDb,
        double rxAttachLossDb,
        double detectorOmaDbm,
        double derivedSensitivityDbm,
        double internalMarginDb,
        double preFecBer,
        boolean preFecBerIsBound,
        String fec,
        double codewordErrorRatio,
        double postFecBer,
        boolean postFecBerIsBound,
        List<PmdCheck> pmdChecks,
        List<String> problems) {

    /** Where a term of the budget applies (IEEE 802.3 test points; TP3 is the receiver's MDI). */
    public enum Plane {
        TX_MODULE("Tx module", "inside the transmitter, before TP2"),
        TP2("TP2", "transmitter output (MDI), where the PMD's Tx limits apply"),
        CHANNEL("channel", "fibre plant from TP2 to TP3"),
        TP3("TP3", "receiver input (MDI), where the PMD's Rx limits apply"),
        RX_MODULE("Rx module", "inside the receiver, from TP3 to the photodetector");

        private final String label;
        private final String description;

        Plane(String label, String description) {
            this.label = label;
            this.description = description;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }
    }

    /** True when every term is known, every PMD limit holds and the margin is at least {@code requiredMarginDb}. */
    public boolean passes(double requiredMarginDb) {
        return problems.isEmpty() && marginDb >= requiredMarginDb && pmdChecks.stream().allMatch(PmdCheck::passes);
    }

    /** True when the laser is shared by several lanes, so the budget carries a split term. */
    public boolean sharedLaser() {
        return laserLaneCount > 1;
    }

    /** The budget as labelled terms with their plane, in the order of the light's path (tables, JSON, reports). */
    public List<BudgetTerm> terms() {
        return BudgetTerm.of(this);
    }

    /** The waterfall of this lane from laser output to the receiver requirement at TP3 (views and reports draw it). */
    public LinkWaterfall waterfall() {
        return LinkWaterfall.of(this);
    }
}
