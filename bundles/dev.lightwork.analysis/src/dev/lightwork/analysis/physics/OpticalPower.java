package dev.lightwork.analysis.physics;

/** dBm/mW conversions and OMA from average power and extinction ratio (IEEE 802.3 definitions). */
public final class OpticalPower {

    private OpticalPower() {
    }

    public static double dbmToMw(double dbm) {
        return Math.pow(10.0, dbm / 10.0);
    }

    public static double mwToDbm(double mw) {
        return 10.0 * Math.log10(mw);
    }

    /**
     * Optical modulation amplitude P1 - P0 from the average power (P1 + P0)/2 and the extinction ratio P1/P0:
     * OMA = 2 Pavg (ER - 1) / (ER + 1), ER linear.
     */
    public static double omaDbm(double averageDbm, double extinctionRatioDb) {
        double er = Math.pow(10.0, extinctionRatioDb / 10.0);
        return mwToDbm(2.0 * dbmToMw(averageDbm) * (er - 1.0) / (er + 1.0));
    }
}
