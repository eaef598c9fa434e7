package dev.lightwork.analysis.physics;

/**
 * Extended Hamming (128,120) inner code of the 200G/lane IM-DD optics (802.3dj concatenated FEC: RS(544,514)
 * outer on the host, this code inner in the module; domain notes section 1c), decoded HARD-decision as a SECDED
 * code. With independent bit errors of ratio p in a 128-bit block carrying i errors: i = 1 is corrected; even
 * i is detected and passed through (i errors); odd i >= 3 looks like a single error and the decoder flips one
 * more bit, counted here as i + 1 errors (the miscorrection probability is (1 + 128)/2^8 ~ 0.5, so this bounds
 * the output from above). The standard decodes soft-decision (Chase), which gains roughly 1-2 dB more; so this
 * is a conservative estimate of what the inner code leaves for the outer RS decoder.
 */
public final class ExtendedHammingCode {

    public static final int N = 128;
    public static final int K = 120;

    private ExtendedHammingCode() {
    }

    /** Bit error ratio after hard-decision decoding, for an input bit error ratio p in [0, 0.5]. */
    public static double outputBitErrorRatio(double p) {
        if (!(p >= 0 && p <= 0.5)) {
            throw new IllegalArgumentException("bit error ratio must be in [0, 0.5], not " + p);
        }
        if (p == 0) {
            return 0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double expectedErrors = 0;
        double logBinomial = Math.log(N); // log C(128, 1)
        for (int i = 2; i <= N; i++) {
            logBinomial += Math.log((double) (N - i + 1) / i);
            double term = Math.exp(logBinomial + i * logP + (N - i) * logQ);
            expectedErrors += term * (i % 2 == 0 ? i : i + 1);
            if (i > N * p + 10 && term < expectedErrors * 1e-17) {
                break; // past the peak and below double precision of the sum
            }
        }
        return Math.min(expectedErrors / N, 0.5);
    }
}
