package dev.lightwork.analysis.physics;

import org.hipparchus.special.Erf;

/**
 * Error ratios of Gray-coded PAM4 (and NRZ) with equally spaced levels and the same Gaussian noise sigma on
 * every level. With d the spacing of adjacent levels and q = d / (2 sigma):
 * SER = 2(M-1)/M Q(q) = 1.5 Q(q); with Gray coding a symbol error costs one of two bits, so BER = SER / 2.
 * Average electrical signal power is 5d^2/4, so SNR = 5 q^2. OMAouter = 3d.
 * (Standard M-PAM results, e.g. Proakis, Digital Communications; summarised in shared/reference/domain-notes.md
 * section 2.) BER = SER/2 neglects symbol errors that skip two levels (negligible at these ratios).
 */
public final class Pam4 {

    private Pam4() {
    }

    /** Gaussian tail probability Q(x) = erfc(x / sqrt 2) / 2. */
    public static double q(double x) {
        return 0.5 * Erf.erfc(x / Math.sqrt(2.0));
    }

    /** Inverse of {@link #q}: the x with Q(x) = p, 0 < p < 0.5. */
    public static double qInverse(double p) {
        if (!(p > 0 && p < 0.5)) {
            throw new IllegalArgumentException("tail probability must be in (0, 0.5), not " + p);
        }
        return Math.sqrt(2.0) * Erf.erfcInv(2.0 * p);
    }

    /** Symbol error ratio for the per-eye Q (half the level spacing over sigma). */
    public static double symbolErrorRatio(double qPerEye) {
        return 1.5 * q(qPerEye);
    }

    /** Bit error ratio (Gray coding) for the per-eye Q. */
    public static double bitErrorRatio(double qPerEye) {
        return symbolErrorRatio(qPerEye) / 2.0;
    }

    /** Per-eye Q needed for a target bit error ratio. */
    public static double qForBitErrorRatio(double ber) {
        if (!(ber > 0 && ber < 0.375)) {
            throw new IllegalArgumentException("PAM4 bit error ratio must be in (0, 0.375), not " + ber);
        }
        return qInverse(ber / 0.75);
    }

    /** Electrical SNR (linear, average signal power over noise power) for a per-eye Q: 5 q^2. */
    public static double snrForQ(double qPerEye) {
        return 5.0 * qPerEye * qPerEye;
    }

    /** Per-eye Q from a linear SNR. */
    public static double qForSnr(double snrLinear) {
        if (!(snrLinear >= 0) || Double.isInfinite(snrLinear)) {
            throw new IllegalArgumentException("SNR must be a finite non-negative number, not " + snrLinear);
        }
        return Math.sqrt(snrLinear / 5.0);
    }

    /** Bit error ratio at an SNR in dB. */
    public static double bitErrorRatioAtSnrDb(double snrDb) {
        return bitErrorRatio(qForSnr(Math.pow(10.0, snrDb / 10.0)));
    }

    /** SNR in dB needed for a target bit error ratio. */
    public static double snrDbForBitErrorRatio(double ber) {
        return 10.0 * Math.log10(snrForQ(qForBitErrorRatio(ber)));
    }

    /** NRZ (two levels): BER = Q(q) with q = (eye amplitude / 2) / sigma. */
    public static double nrzQForBitErrorRatio(double ber) {
        return qInverse(ber);
    }
}
