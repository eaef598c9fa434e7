package dev.lightwork.analysis.link;

import java.util.List;

/**
 * Bit error ratio of one lane against the received OMA at TP3, before and after the design's FEC: the curve engineers
 * read sensitivity from. Built by {@link LinkBudgetCalculator#berCurve} from the same BER chain as the lane's
 * {@link LinkBudget}: at {@code referenceDbm} (the OMA the lane needs at TP3, TDECQ + SRS - SECQ) the receiver works at
 * the PMD's pre-FEC target; the lane operates at {@code operatingRxOmaDbm}, {@code marginDb} to the right of it.
 * Ratios below {@code berFloor} are the floor (the model is not valid below it). Empty points: no BER target.
 */
public record BerCurve(String laneId, String fec, double berTarget, double berFloor, List<Point> points, double operatingRxOmaDbm,
        double referenceDbm, double pmdSensitivityDbm, double marginDb, double operatingPreFecBer, double operatingPostFecBer) {

    /** One point: received OMA at TP3 (dBm), pre-FEC and post-FEC bit error ratio (at least the floor). */
    public record Point(double rxOmaDbm, double preFecBer, double postFecBer) {
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
