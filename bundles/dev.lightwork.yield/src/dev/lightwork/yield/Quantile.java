package dev.lightwork.yield;

import java.util.Arrays;

import org.hipparchus.special.Erf;
import org.hipparchus.util.FastMath;

/**
 * A tolerance distribution as its quantile function: a draw u in (0, 1) becomes a value by inverse transform, so
 * plain Monte Carlo, Sobol points and correlation groups (one u shared by several quantiles) all use the same path.
 * The standard normal quantile is AS 241 ({@link #normal}); Phi is Hipparchus' {@link Erf#erfc}.
 */
public sealed interface Quantile {

    /** The value at probability u in (0, 1). */
    double at(double u);

    /**
     * Standard normal quantile Phi^-1(u) by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3):477-484,
     * 1988; relative error about 1e-16): three rational approximations, no special functions but one log and one sqrt
     * in the tails. Hipparchus' erfcInv gives the same values (tested) but costs several times more, and a Monte
     * Carlo run takes one quantile per tolerance per module.
     */
    public static double normal(double u) {
        double q = u - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r
                    + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.3871328727963666080)
                    / (((((((5226.4952788528545610 * r + 28729.085735721942674) * r + 39307.895800092710610) * r + 21213.794301586595867) * r
                            + 5394.1960214247511077) * r + 687.18700749205790830) * r + 42.313330701600911252) * r + 1.0);
        }
        double r = Math.sqrt(-Math.log(q < 0 ? u : 1.0 - u));
        double z;
        if (r <= 5.0) {
            r -= 1.6;
            z = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r + 4.63033784615654529590) * r
                    + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
                            + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940) * r
                            + 2.05319162663775882187) * r + 1.0);
        } else {
            r -= 5.0;
            z = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
                    + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580) * r + 5.46378491116411436990) * r
                    + 6.65790464350110377720)
                    / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
                            + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                            + 5.99832206555887937690e-1) * r + 1.0);
        }
        return q < 0 ? -z : z;
    }

    /** Standard normal distribution function Phi(z). */
    public static double phi(double z) {
        return 0.5 * Erf.erfc(-z / FastMath.sqrt(2.0));
    }

    record Normal(double mean, double sigma) implements Quantile {
        @Override
        public double at(double u) {
            return mean + sigma * normal(u);
        }
    }

    /** Normal(mean, sigma) conditioned on [min, max] (either bound may be infinite). */
    record TruncatedNormal(double mean, double sigma, double min, double max, double pLow, double pHigh) implements Quantile {
        public static TruncatedNormal of(double mean, double sigma, double min, double max) {
            return new TruncatedNormal(mean, sigma, min, max, phi((min - mean) / sigma), phi((max - mean) / sigma));
        }

        @Override
        public double at(double u) {
            double x = mean + sigma * normal(pLow + u * (pHigh - pLow));
            return Math.min(max, Math.max(min, x)); // guards the far tail where Phi^-1 loses precision
        }
    }

    /**
     * A drawn value trimmed (calibrated) at test: adjusted toward {@code target} by a whole number of {@code step}s
     * (step 0: continuously), at most {@code range}; a value within reach ends within half a step of the target, one
     * beyond it moves by the largest adjustment. Not monotone in u (a saw-tooth within the range), so no conditional
     * estimator integrates a trimmed draw.
     */
    record Trimmed(Quantile drawn, double target, double range, double step) implements Quantile {
        @Override
        public double at(double u) {
            return trim(drawn.at(u));
        }

        public double trim(double x) {
            double offset = x - target;
            double reach = step > 0 ? step * Math.floor(range / step + 1e-9) : range;
            double correction = step > 0 ? step * Math.rint(offset / step) : offset;
            return x - Math.max(-reach, Math.min(reach, correction));
        }
    }

    record Uniform(double min, double max) implements Quantile {
        @Override
        public double at(double u) {
            return min + u * (max - min);
        }
    }

    record Triangular(double min, double mode, double max) implements Quantile {
        @Override
        public double at(double u) {
            double f = (mode - min) / (max - min);
            return u < f ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    /**
     * The measured values' own quantile function (sorted values, linear interpolation between order statistics,
     * Hyndman-Fan type 7): no binning or kernel smoothing, so a test sees exactly the measured spread.
     */
    record Empirical(double[] sorted) implements Quantile {
        public static Empirical of(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            return new Empirical(s);
        }

        @Override
        public double at(double u) {
            double h = u * (sorted.length - 1);
            int i = (int) Math.floor(h);
            if (i >= sorted.length - 1) {
                return sorted[sorted.length - 1];
            }
            return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(sorted, e.sorted);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sorted);
        }

        @Override
        public String toString() {
            return "Empirical[" + sorted.length + " values]";
        }
    }
}
