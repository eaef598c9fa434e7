package dev.lightwork.yield;

import java.util.SplittableRandom;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Randomised quasi-Monte Carlo points: independent replicates of the Sobol sequence (Hipparchus' Joe-Kuo direction
 * numbers), each under Matousek's random linear scrambling plus a random digital shift ("linear matrix scrambling",
 * Matousek 1998; Owen 2003 shows its variance equals that of Owen's nested uniform scrambling). Each replicate is a
 * uniformly distributed (0,1)^s point set that keeps the Sobol net structure, so its mean is an unbiased estimate and
 * the spread of the replicate means measures the error.
 * <p>
 * The scrambling is linear over GF(2), so it is applied once to the direction numbers: point n of replicate r in
 * dimension d is the shift XOR the scrambled direction numbers of the set bits of n's Gray code. A point therefore
 * depends only on (r, n, d), which keeps the result independent of the thread count. Hipparchus generates the
 * unscrambled sequence; its direction numbers are read back from it (point 2^k - 1 is direction number k).
 */
final class ScrambledSobol {

    /** Bits of a coordinate (as Hipparchus' generator). */
    static final int BITS = 52;
    private static final long MASK = (1L << BITS) - 1;

    private final int dimensions;
    private final int replicates;
    private final int directionBits;
    /** [replicate][dimension][k]: scrambled direction number k + 1. */
    private final long[][][] directions;
    /** [replicate][dimension]: random digital shift. */
    private final long[][] shifts;

    /**
     * @param points largest point index + 1 per replicate (sets how many direction numbers are needed)
     */
    ScrambledSobol(int dimensions, int replicates, int points, long seed) {
        this.dimensions = dimensions;
        this.replicates = replicates;
        this.directionBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, points - 1)));
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimensions);
        long[][] raw = new long[directionBits][];
        for (int k = 1; k <= directionBits; k++) {
            double[] v = sobol.skipTo((int) ((1L << k) - 1));
            raw[k - 1] = new long[dimensions];
            for (int d = 0; d < dimensions; d++) {
                raw[k - 1][d] = (long) (v[d] * 0x1.0p52); // exact: a multiple of 2^-52 below 1
            }
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        directions = new long[replicates][dimensions][directionBits];
        shifts = new long[replicates][dimensions];
        long[] rows = new long[BITS];
        for (int r = 0; r < replicates; r++) {
            for (int d = 0; d < dimensions; d++) {
                // lower-triangular random matrix with unit diagonal: output digit j (bit BITS-1-j) mixes input digits 0..j
                for (int j = 0; j < BITS; j++) {
                    long diagonal = 1L << (BITS - 1 - j);
                    long above = ~((diagonal << 1) - 1) & MASK; // more significant digits
                    rows[j] = diagonal | (random.nextLong() & above);
                }
                for (int k = 0; k < directionBits; k++) {
                    directions[r][d][k] = multiply(rows, raw[k][d]);
                }
                shifts[r][d] = random.nextLong() & MASK;
            }
        }
    }

    private static long multiply(long[] rows, long x) {
        long y = 0;
        for (int j = 0; j < BITS; j++) {
            y |= (long) (Long.bitCount(rows[j] & x) & 1) << (BITS - 1 - j);
        }
        return y;
    }

    int dimensions() {
        return dimensions;
    }

    int replicates() {
        return replicates;
    }

    /** Coordinates of point n of replicate r, each in (0, 1) (cell midpoints, never 0 or 1). */
    void point(int r, int n, double[] out) {
        long gray = n ^ (n >>> 1);
        long[][] dir = directions[r];
        long[] shift = shifts[r];
        for (int d = 0; d < dimensions; d++) {
            long x = shift[d];
            long[] v = dir[d];
            for (long g = gray; g != 0; g &= g - 1) {
                x ^= v[Long.numberOfTrailingZeros(g)];
            }
            out[d] = (x + 0.5) * 0x1.0p-52;
        }
    }
}
