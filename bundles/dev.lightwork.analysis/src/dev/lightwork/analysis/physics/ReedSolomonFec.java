package dev.lightwork.analysis.physics;

import org.hipparchus.special.Gamma;

/**
 * A t-error-correcting Reed-Solomon code RS(n, k) over m-bit symbols, with independent bit errors at its input.
 * SER = 1 - (1 - BER)^m; a codeword fails when more than t of its n symbols are wrong:
 * CER = sum_{i=t+1..n} C(n,i) SER^i (1-SER)^(n-i) (the frame loss ratio when one frame is one codeword);
 * post-FEC BER ~ (E[symbol errors in failed codewords] / n) * (BER / SER).
 * IEEE 802.3 cl.91/119 (KP4, KR4 parameters). The i.i.d. model ignores burst errors from DFE error propagation;
 * the 2.4e-4 PMD target comes from a more careful frame-loss analysis (see domain notes, Anslow FLR method).
 */
public record ReedSolomonFec(String name, int n, int k, int t, int m) {

    /** RS(544,514), t = 15, 10-bit symbols: the "KP4" FEC of 100G/lane PAM4 Ethernet. */
    public static final ReedSolomonFec KP4 = new ReedSolomonFec("RS(544,514)", 544, 514, 15, 10);
    /** RS(528,514), t = 7, 10-bit symbols: the "KR4" FEC of 25G/lane NRZ Ethernet. */
    public static final ReedSolomonFec KR4 = new ReedSolomonFec("RS(528,514)", 528, 514, 7, 10);

    public ReedSolomonFec {
        if (n <= k || k <= 0 || t <= 0 || 2 * t > n - k || m <= 0) {
            throw new IllegalArgumentException("not a valid RS code: n=" + n + " k=" + k + " t=" + t + " m=" + m);
        }
    }

    /** Code rate overhead n/k (544/514 = 1.0584). */
    public double overhead() {
        return (double) n / k;
    }

    /** Symbol error ratio for an input bit error ratio, computed without cancellation for tiny BER. */
    public double symbolErrorRatio(double ber) {
        checkBer(ber);
        return -Math.expm1(m * Math.log1p(-ber));
    }

    /** Probability that a codeword has more than t symbol errors (uncorrectable). */
    public double codewordErrorRatio(double ber) {
        return tail(symbolErrorRatio(ber), false);
    }

    /** Frame loss ratio with one frame per codeword: equal to {@link #codewordErrorRatio}. */
    public double frameLossRatio(double ber) {
        return codewordErrorRatio(ber);
    }

    /** Bit error ratio after decoding: errors left in failed codewords (decoder passes them through). */
    public double postFecBitErrorRatio(double ber) {
        double ser = symbolErrorRatio(ber);
        if (ser == 0) {
            return 0;
        }
        return tail(ser, true) / n * (ber / ser);
    }

    /** Input BER at which the codeword error ratio reaches {@code target} (bisection in log space). */
    public double berForCodewordErrorRatio(double target) {
        return invert(target, false);
    }

    /** Input BER at which the post-FEC BER reaches {@code target}. */
    public double berForPostFecBitErrorRatio(double target) {
        return invert(target, true);
    }

    /**
     * sum_{i>t} C(n,i) s^i (1-s)^(n-i), optionally weighted by i. Terms are summed from i = t+1 upwards in log space
     * so results near 1e-20 keep full precision (1 - P(no failure) would be all rounding error).
     */
    private double tail(double s, boolean weightByErrors) {
        if (s <= 0) {
            return 0;
        }
        if (s >= 1) {
            return weightByErrors ? n : 1;
        }
        double logS = Math.log(s);
        double log1mS = Math.log1p(-s);
        double sum = 0;
        for (int i = t + 1; i <= n; i++) {
            double logTerm = logBinomial(n, i) + i * logS + (n - i) * log1mS;
            double term = Math.exp(logTerm) * (weightByErrors ? i : 1);
            sum += term;
            if (i > n * s + t + 1 && term <= sum * 1e-17) {
                break; // past the mode and the rest cannot change the sum in double precision
            }
        }
        return Math.min(sum, weightByErrors ? n : 1.0);
    }

    private static double logBinomial(int n, int i) {
        return logFactorial(n) - logFactorial(i) - logFactorial(n - i);
    }

    /** ln k! = logGamma(k + 1), tabulated (the same values): the tail sums run per lane per Monte Carlo sample. */
    private static final double[] LOG_FACTORIAL = new double[1025];

    static {
        for (int k = 0; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = Gamma.logGamma(k + 1.0);
        }
    }

    private static double logFactorial(int k) {
        return k < LOG_FACTORIAL.length ? LOG_FACTORIAL[k] : Gamma.logGamma(k + 1.0);
    }

    private double invert(double target, boolean postFec) {
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("target ratio must be in (0, 1), not " + target);
        }
        double lo = Math.log(1e-12);
        double hi = Math.log(0.05);
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double ber = Math.exp(mid);
            double value = postFec ? postFecBitErrorRatio(ber) : codewordErrorRatio(ber);
            if (value < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp(0.5 * (lo + hi));
    }

    private static void checkBer(double ber) {
        if (!(ber >= 0 && ber <= 0.5)) {
            throw new IllegalArgumentException("bit error ratio must be in [0, 0.5], not " + ber);
        }
    }
}
