package dev.lightwork.yield;

import java.util.List;

import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.util.ModelLabels;

/**
 * What a yield study found. Fractions are of all modules drawn; margins in dB, power in W, cost in USD. NaN where a
 * figure is unknown (e.g. cost without a BOM).
 *
 * @param yield fraction of modules that pass every check at every corner
 * @param ci95 95 % confidence interval of the yield [lo, hi] (method in {@code ciMethod})
 * @param perRule fraction of modules failing each rule (a module can fail several), largest first
 * @param perLane fraction of modules in which each lane fails some rule (lanes that never fail omitted), largest first
 * @param contributors tolerances ranked by their share of the failures (method in {@code contributorMethod})
 * @param worstLaneMarginQuantiles quantiles of the module's smallest lane margin over lanes and corners
 * @param estimator how the yield was estimated from the drawn modules ("indicator" or "conditional", with what)
 * @param samplingDetail how the draws were made (for Sobol: scrambling, replicates and the dimension order)
 */
public record YieldResult(
        String designId,
        int samples,
        long seed,
        SamplingMethod sampling,
        int draws,
        List<String> corners,
        boolean nominalPass,
        double yield,
        double[] ci95,
        String ciMethod,
        List<RuleFailure> perRule,
        List<LaneFailure> perLane,
        List<Contributor> contributors,
        String contributorMethod,
        List<QuantileValue> worstLaneMarginQuantiles,
        Histogram worstLaneMargin,
        double requiredMarginDb,
        Histogram modulePower,
        List<QuantileValue> modulePowerQuantiles,
        double classLimitW,
        double powerOverClassFraction,
        List<TestResult> tests,
        Cost cost,
        List<String> warnings,
        String estimator,
        String samplingDetail) {

    public record RuleFailure(String rule, String title, double failFraction) {
    }

    public record LaneFailure(String lane, double failFraction) {
    }

    /** A tolerance (or correlation group) and its share of the failures; {@code direction} +1: failures at high values. */
    public record Contributor(String element, String attribute, double share, int direction, String source) {

        /** "las1 › Output power (dBm)": what people read; {@code attribute} may list a correlation group's attributes. */
        public String label() {
            return element + " \u203a " + attributes();
        }

        /** "Output power (dBm)", or a correlation group's attributes in words, comma-separated. */
        public String attributes() {
            return java.util.Arrays.stream(attribute.split(",")).map(a -> ModelLabels.attribute(a.trim()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    public record QuantileValue(double p, double value) {
    }

    /** Equal-width bins from {@code min} to {@code max}; {@code limit} is the line to draw (NaN: none). */
    public record Histogram(double min, double max, int[] counts, double limit, String unit) {
        public double binWidth() {
            return (max - min) / counts.length;
        }
    }

    /**
     * A production test limit: {@code testYield} passes test; {@code escapeRate} = P(fails spec | passes test), the
     * fraction of shipped modules that fail in the field; {@code overkill} = P(passes spec | fails test).
     */
    public record TestResult(String term, String unit, double limit, boolean upperLimit, double measurementSigma, double testYield,
            double escapeRate, double overkill, List<TestPoint> sweep) {
    }

    public record TestPoint(double limit, double testYield, double escapeRate) {
    }

    /** Cost per good module = (BOM + assembly and test) / yield; modules to start for the wanted volume. */
    public record Cost(double bomUsd, double assemblyTestUsd, double costPerGoodModuleUsd, Integer volume, Long modulesToStart) {
    }
}
