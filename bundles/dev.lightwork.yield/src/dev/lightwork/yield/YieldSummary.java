package dev.lightwork.yield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.distribution.continuous.TDistribution;

import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.model.YieldStudy;
import dev.lightwork.yield.YieldResult.Contributor;
import dev.lightwork.yield.YieldResult.Cost;
import dev.lightwork.yield.YieldResult.Histogram;
import dev.lightwork.yield.YieldResult.LaneFailure;
import dev.lightwork.yield.YieldResult.RuleFailure;
import dev.lightwork.yield.YieldResult.TestPoint;
import dev.lightwork.yield.YieldResult.TestResult;

/** Turns the per-sample values and block sums of a run into a {@link YieldResult} (statistics only, no checks). */
final class YieldSummary {

    static final double Z95 = 1.959963984540054;
    static final double[] QUANTILES = {0.001, 0.01, 0.05, 0.1, 0.5, 0.9, 0.99};
    static final int BINS = 40;
    static final int SWEEP_POINTS = 21;
    /** Fewest failing modules for ranking by the failure shift; below it the margin correlation is used. */
    static final int MIN_FAILURES_FOR_SHIFT = 20;
    static final int MAX_CONTRIBUTORS = 15;

    private YieldSummary() {
    }

    static YieldResult summarise(CompiledModule m, YieldEngine.Settings s, YieldEngine.Samples all, YieldEngine.Partial total, boolean sobol,
            boolean conditional, String sobolOrder) {
        int n = s.samples();
        int passes = 0;
        for (boolean p : all.pass) {
            passes += p ? 1 : 0;
        }
        // per-sample estimate: the pass indicator, or P(pass | draws but the conditioning ones)
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            value[i] = conditional ? all.conditional[i] : all.pass[i] ? 1 : 0;
        }
        double yield = conditional ? mean(value) : (double) passes / n;
        double[] ci;
        String ciMethod;
        double[] wilson = wilson(passes, n);
        if (sobol) {
            double[] reps = new double[YieldEngine.QMC_REPLICATES];
            int[] count = new int[reps.length];
            for (int i = 0; i < n; i++) {
                int r = i % reps.length;
                count[r]++;
                reps[r] += value[i];
            }
            int used = 0;
            double mean = 0;
            for (int r = 0; r < reps.length; r++) {
                if (count[r] > 0) {
                    reps[r] /= count[r];
                    mean += reps[r];
                    used++;
                }
            }
            mean /= used;
            double var = 0;
            for (int r = 0; r < used; r++) {
                var += (reps[r] - mean) * (reps[r] - mean);
            }
            var = used > 1 ? var / (used - 1) : 0;
            if (used > 1 && var > 0) {
                double t = new TDistribution(used - 1).inverseCumulativeProbability(0.975);
                double half = t * Math.sqrt(var / used);
                ci = new double[] {Math.max(0, mean - half), Math.min(1, mean + half)};
                ciMethod = "randomized QMC: Student-t over " + used + " independently scrambled Sobol replicates";
            } else {
                ci = conditional ? new double[] {yield, yield} : wilson;
                ciMethod = conditional ? "all " + used + " Sobol replicates give the same conditional yield (no sampling spread left)"
                        : "Wilson score interval (all " + used + " Sobol replicates agree, so their spread gives no interval)";
            }
        } else if (conditional) {
            double mean = yield;
            double var = 0;
            for (double v : value) {
                var += (v - mean) * (v - mean);
            }
            var = n > 1 ? var / (n - 1) : 0;
            double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(var / n) : Double.NaN;
            if (var > 0) {
                ci = new double[] {Math.max(0, mean - half), Math.min(1, mean + half)};
                ciMethod = "Student-t interval of the mean of the modules' conditional pass probabilities";
            } else {
                ci = n > 1 ? new double[] {mean, mean} : wilson;
                ciMethod = n > 1 ? "every module has the same conditional pass probability (no sampling spread left)" : "Wilson score interval (binomial)";
            }
        } else {
            ci = wilson;
            ciMethod = "Wilson score interval (binomial)";
        }
        String estimator = conditional
                ? "conditional: each module's probability of passing given all its draws but the lanes' TDECQ ("
                        + m.conditioningDims.length + " draws integrated exactly, each pass boundary located by bisection to 2^-30), averaged"
                : "indicator: fraction of drawn modules that pass" + (s.estimator() == YieldEngine.Estimator.CONDITIONAL
                        ? " (conditional asked for, but no tolerance draws only lanes' TDECQ)" : "");
        String samplingDetail = sobol ? sobolOrder : "plain Monte Carlo: SplitMix64-seeded stream per module from (seed, index)";

        List<RuleFailure> perRule = new ArrayList<>();
        for (DesignRule rule : DesignRule.values()) {
            int k = 0;
            for (long mask : all.failedRules) {
                k += (mask >>> rule.ordinal() & 1L) != 0 ? 1 : 0;
            }
            if (k > 0) {
                perRule.add(new RuleFailure(rule.id(), rule.title(), (double) k / n));
            }
        }
        perRule.sort(Comparator.comparingDouble(RuleFailure::failFraction).reversed());
        List<LaneFailure> perLane = new ArrayList<>();
        for (int l = 0; l < m.laneCount(); l++) {
            if (total.laneFails[l] > 0) {
                perLane.add(new LaneFailure(m.laneId(l), (double) total.laneFails[l] / n));
            }
        }
        perLane.sort(Comparator.comparingDouble(LaneFailure::failFraction).reversed());

        Scores scores = scores(m, total, n);
        double[] score = scores.score();
        int[] direction = scores.direction();
        boolean byShift = scores.byShift();
        double sum = Arrays.stream(score).sum();
        List<Contributor> contributors = new ArrayList<>();
        if (sum > 0) {
            Integer[] order = new Integer[score.length];
            for (int d = 0; d < order.length; d++) {
                order[d] = d;
            }
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            for (int i = 0; i < Math.min(MAX_CONTRIBUTORS, order.length) && score[order[i]] > 0; i++) {
                CompiledModule.Dimension dim = m.dimensions[order[i]];
                contributors.add(new Contributor(String.join(" ", dim.elements()), dim.attribute(), score[order[i]] / sum, direction[order[i]],
                        dim.source()));
            }
        }
        String contributorMethod = byShift
                ? "failure shift: (E[z | module fails] - E[z])^2 of each draw's normal score z, less its 1/nFail noise floor, normalised to 1"
                : "margin correlation: squared correlation of each draw's normal score with the worst lane margin, less its 1/n noise floor, normalised to 1";

        double[] margins = Arrays.stream(all.worstMarginDb).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] powers = all.modulePowerW.clone();
        Arrays.sort(powers);
        int over = 0;
        for (double p : powers) {
            over += Double.isNaN(m.classLimitW) || p <= m.classLimitW ? 0 : 1;
        }

        List<TestResult> tests = new ArrayList<>();
        for (int k = 0; k < m.tests.length; k++) {
            tests.add(test(m.tests[k], all.measured[k], all.pass));
        }

        YieldStudy study = m.design.getYieldStudy();
        double assembly = study == null || study.getAssemblyTestCostUsd() == null ? 0 : study.getAssemblyTestCostUsd();
        Integer volume = study == null ? null : study.getVolume();
        double perGood = (m.bomUsd + assembly) / yield;
        Long start = volume == null || yield == 0 ? null : (long) Math.ceil(volume / yield - 1e-9);
        Cost cost = new Cost(m.bomUsd, assembly, Double.isFinite(perGood) ? perGood : Double.NaN, volume, start);

        return new YieldResult(m.design.getId(), n, s.seed(), s.sampling(), m.drawCount(), Arrays.stream(m.corners).map(c -> c.name()).toList(),
                m.nominal.verdict() == dev.lightwork.analysis.design.DesignAnalysis.Verdict.PASS, yield, ci, ciMethod, perRule, perLane, contributors,
                contributorMethod, quantiles(margins), histogram(margins, m.requiredMarginDb, "dB"), m.requiredMarginDb,
                histogram(powers, m.classLimitW, "W"), quantiles(powers), m.classLimitW, (double) over / n, tests,
                cost, m.warnings, estimator, samplingDetail);
    }

    static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** Each draw's contributor score (unnormalised) and the direction of its failures. */
    record Scores(double[] score, int[] direction, boolean byShift) {
    }

    static Scores scores(CompiledModule m, YieldEngine.Partial total, int n) {
        boolean byShift = total.fails >= MIN_FAILURES_FOR_SHIFT && total.fails < n;
        double[] score = new double[m.dimensions.length];
        int[] direction = new int[score.length];
        double marginMean = total.marginCount == 0 ? 0 : total.marginSum / total.marginCount;
        double marginVar = total.marginCount < 2 ? 0 : (total.marginSq - total.marginCount * marginMean * marginMean) / (total.marginCount - 1);
        for (int d = 0; d < score.length; d++) {
            if (byShift) {
                // E[z | fail] - E[z]: its square estimates the parameter's share of the failures; 1/nFail is its noise floor
                double shift = total.zFail[d] / total.fails - (total.marginCount == 0 ? 0 : total.zSum[d] / total.marginCount);
                score[d] = Math.max(0, shift * shift - 1.0 / total.fails);
                direction[d] = shift > 0 ? 1 : -1;
            } else if (total.marginCount > 2 && marginVar > 0) {
                double zMean = total.zSum[d] / total.marginCount;
                double zVar = (total.zSq[d] - total.marginCount * zMean * zMean) / (total.marginCount - 1);
                double cov = (total.zMargin[d] - total.marginCount * zMean * marginMean) / (total.marginCount - 1);
                double rho = zVar > 0 ? cov / Math.sqrt(zVar * marginVar) : 0;
                score[d] = Math.max(0, rho * rho - 1.0 / total.marginCount);
                direction[d] = rho > 0 ? -1 : 1; // margin rising with the value: failures at low values
            }
        }
        return new Scores(score, direction, byShift);
    }

    /** Wilson score interval for k successes in n binomial trials at 95 %. */
    static double[] wilson(int k, int n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Quantiles of sorted values, linear interpolation between order statistics (Hyndman-Fan type 7). */
    static List<YieldResult.QuantileValue> quantiles(double[] sorted) {
        List<YieldResult.QuantileValue> out = new ArrayList<>();
        for (double p : QUANTILES) {
            out.add(new YieldResult.QuantileValue(p, sorted.length == 0 ? Double.NaN : Quantile.Empirical.of(sorted).at(p)));
        }
        return out;
    }

    static Histogram histogram(double[] sorted, double limit, String unit) {
        int[] counts = new int[BINS];
        if (sorted.length == 0) {
            return new Histogram(Double.NaN, Double.NaN, counts, limit, unit);
        }
        double lo = sorted[0];
        double hi = sorted[sorted.length - 1];
        if (!Double.isNaN(limit) && Double.isFinite(limit) && limit >= lo - (hi - lo) && limit <= hi + (hi - lo)) {
            lo = Math.min(lo, limit);
            hi = Math.max(hi, limit);
        }
        if (hi <= lo) {
            hi = lo + 1e-9;
        }
        for (double v : sorted) {
            int b = (int) ((v - lo) / (hi - lo) * BINS);
            counts[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return new Histogram(lo, hi, counts, limit, unit);
    }

    static TestResult test(CompiledModule.Test t, double[] measured, boolean[] specPass) {
        double[] sorted = Arrays.stream(measured).filter(v -> !Double.isNaN(v)).sorted().toArray();
        List<TestPoint> sweep = new ArrayList<>();
        if (sorted.length > 0) {
            double lo = Quantile.Empirical.of(sorted).at(0.005);
            double hi = Quantile.Empirical.of(sorted).at(0.995);
            for (int i = 0; i < SWEEP_POINTS; i++) {
                double limit = lo + (hi - lo) * i / (SWEEP_POINTS - 1);
                double[] r = rates(t, limit, measured, specPass);
                sweep.add(new TestPoint(limit, r[0], r[1]));
            }
        }
        double[] r = rates(t, t.limit(), measured, specPass);
        return new TestResult(t.term(), YieldTerms.unit(t.term()), t.limit(), t.upperLimit(), t.measurementSigma(), r[0], r[1], r[2], sweep);
    }

    /** [test yield, escape rate P(fail spec | pass test), overkill P(pass spec | fail test)] at a limit. */
    private static double[] rates(CompiledModule.Test t, double limit, double[] measured, boolean[] specPass) {
        int passTest = 0;
        int escapes = 0;
        int failTest = 0;
        int overkill = 0;
        for (int i = 0; i < measured.length; i++) {
            double v = measured[i];
            boolean ok = !Double.isNaN(v) && (t.upperLimit() ? v <= limit : v >= limit);
            if (ok) {
                passTest++;
                escapes += specPass[i] ? 0 : 1;
            } else {
                failTest++;
                overkill += specPass[i] ? 1 : 0;
            }
        }
        return new double[] {(double) passTest / measured.length, passTest == 0 ? Double.NaN : (double) escapes / passTest,
                failTest == 0 ? Double.NaN : (double) overkill / failTest};
    }
}
