package dev.lightwork.yield;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LaneInputs;
import dev.lightwork.analysis.link.LaneInputs.Input;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.link.LinkModel;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.model.Component;
import dev.lightwork.model.Distribution;
import dev.lightwork.model.Lane;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.OperatingCorner;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.TestLimit;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.Tolerance;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.YieldStudy;

/**
 * A design compiled once into plain values for sampling: per lane the analyzer's {@link LaneInputs}, the parts' power,
 * the thermal network as arrays, and every tolerance as a draw bound to the inputs it changes. A sample then runs the
 * analysis functions themselves ({@link LinkBudgetCalculator#evaluate}, {@link DesignRules#laneFailures},
 * {@link PowerBudgetCalculator#moduleW}, {@link ThermalNetworkSolver#steadyStateC}) with no model traversal: the
 * verdicts are the analyzer's by construction, not a re-implementation.
 */
public final class CompiledModule {

    /** Largest empirical value file read (lines); a design file is untrusted. */
    static final int MAX_EMPIRICAL_VALUES = 1_000_000;
    /** Width to which the conditional estimator locates a lane's pass boundary in the draw u (2^-30: within 4.7e-10). */
    static final double BISECTION_WIDTH = 0x1.0p-30;

    /** An operating corner: NaN case temperature = the design as drawn. */
    public record Corner(String name, double caseTemperatureC) {
    }

    /** One sampled quantity (one draw per module): its label for contributor ranking and the values it sets. */
    public record Dimension(String label, List<String> elements, String attribute, String source, Binding[] bindings) {
    }

    /** A distribution applied to one element's attribute, and where the value goes: lane inputs, part power or efficiency. */
    public record Binding(String element, String attribute, Quantile quantile, int[] kind, int[] index, int[] slot) {
    }

    /** A production test: the worst lane's value of a term against a limit, with measurement noise. */
    public record Test(String term, double limit, boolean upperLimit, double measurementSigma) {
    }

    private static final Input[] INPUTS = Input.values();
    static final int LANE_INPUT = 0;
    static final int CONNECTOR = 1;
    static final int PART_POWER = 2;
    static final int EFFICIENCY = 3;

    final TransceiverDesign design;
    final PmdSpec pmd;
    final LinkModel linkModel;
    final double requiredMarginDb;
    final Double targetPostFecBer;
    final LaneInputs[] lanes;
    final int[] laneLaserNode;
    final String[] partIds;
    final double[] partMw;
    final boolean[] partPowerGiven;
    final int[] partNode;
    final double converterEfficiency;
    final int converterNode;
    final boolean hasConverter;
    final double classLimitW;
    final String[] nodeIds;
    final boolean[] boundary;
    final double[] boundaryC;
    final boolean[] caseNode;
    final int[] from;
    final int[] to;
    final double[] resistance;
    final double[] nodeLimitC;
    final Corner[] corners;
    final Dimension[] dimensions;
    final Test[] tests;
    final boolean heatVaries;
    final double bomUsd;
    final List<String> warnings;
    final DesignAnalysis nominal;
    /** Node temperatures per corner at the nominal heat (solved once); null when a corner's network cannot be solved. */
    final double[][] fixedTemperatures;
    /**
     * The network is linear: T(corner, heat) = T(corner, nominal heat) + sum over heated nodes h of (q_h - q0_h) x
     * response_h, with response_h the temperatures for 1 W at node h and every boundary at 0 C (each solved once, by the
     * same solver). {@code heatNodes} lists the nodes parts or the converter heat; null responses: solve per sample.
     */
    final int[] heatNodes;
    final double[] nominalHeat;
    final double[][] response;
    /**
     * Conditional estimator (see {@link Sample#conditionalPass}): the dimensions that only set lanes' TDECQ, each with
     * the lanes it sets; per lane the conditioning dimension (-1: none) and its quantile.
     */
    final int[] conditioningDims;
    final int[][] conditioningLanes;
    final int[] laneConditioningDim;
    final Quantile[] laneConditioningQuantile;

    private CompiledModule(Builder b) {
        this.design = b.design;
        this.pmd = b.pmd;
        this.linkModel = b.analyzer.linkCalculator().model();
        this.requiredMarginDb = b.requiredMarginDb;
        this.targetPostFecBer = b.targetPostFecBer;
        this.lanes = b.lanes;
        this.laneLaserNode = b.laneLaserNode;
        this.partIds = b.partIds.toArray(String[]::new);
        this.partMw = b.partMw.stream().mapToDouble(Double::doubleValue).toArray();
        this.partPowerGiven = new boolean[partMw.length];
        for (int i = 0; i < partMw.length; i++) {
            partPowerGiven[i] = b.partPowerGiven.get(i);
        }
        this.partNode = b.partNode.stream().mapToInt(Integer::intValue).toArray();
        this.converterEfficiency = b.converterEfficiency;
        this.converterNode = b.converterNode;
        this.hasConverter = b.hasConverter;
        this.classLimitW = b.classLimitW;
        this.nodeIds = b.nodeIds;
        this.boundary = b.boundary;
        this.boundaryC = b.boundaryC;
        this.caseNode = b.caseNode;
        this.from = b.from;
        this.to = b.to;
        this.resistance = b.resistance;
        this.nodeLimitC = b.nodeLimitC;
        this.corners = b.corners.toArray(Corner[]::new);
        this.dimensions = b.dimensions.toArray(Dimension[]::new);
        this.tests = b.tests.toArray(Test[]::new);
        boolean heat = false;
        for (Dimension d : dimensions) {
            for (Binding bd : d.bindings()) {
                for (int k : bd.kind()) {
                    heat |= k == PART_POWER || k == EFFICIENCY;
                }
            }
        }
        this.heatVaries = heat;
        this.bomUsd = b.bomUsd;
        this.warnings = List.copyOf(b.warnings);
        this.nominal = b.nominal;
        this.fixedTemperatures = new double[corners.length][];
        Sample s = newSample();
        for (int c = 0; c < corners.length; c++) {
            fixedTemperatures[c] = s.temperatures(corners[c]);
        }
        this.nominalHeat = s.heat();
        Set<Integer> heated = new java.util.TreeSet<>();
        for (int node : partNode) {
            if (node >= 0) {
                heated.add(node);
            }
        }
        if (hasConverter && converterNode >= 0) {
            heated.add(converterNode);
        }
        this.heatNodes = heated.stream().mapToInt(Integer::intValue).toArray();
        this.response = heatVaries ? responses() : null;
        this.laneConditioningDim = new int[lanes.length];
        this.laneConditioningQuantile = new Quantile[lanes.length];
        List<int[]> cond = new ArrayList<>();
        conditioning(cond);
        this.conditioningDims = cond.stream().mapToInt(c -> c[0]).toArray();
        this.conditioningLanes = cond.stream().map(c -> Arrays.copyOfRange(c, 1, c.length)).toArray(int[][]::new);
    }

    /**
     * Finds the dimensions the conditional estimator integrates exactly: a dimension qualifies when every value it sets
     * is a lane's TDECQ and no other dimension sets the TDECQ of those lanes. Every lane rule fails at least as readily
     * at a higher TDECQ (the TDECQ maximum, OMA - TDECQ, the receiver requirement and the internal check rise with
     * it; {@code ConditionalEstimatorTest} checks this on the examples), and a quantile function is non-decreasing, so
     * such a lane passes exactly for draws u below one boundary.
     */
    private void conditioning(List<int[]> out) {
        Arrays.fill(laneConditioningDim, -1);
        int[] setters = new int[lanes.length];
        boolean[] onlyTdecq = new boolean[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            boolean only = dimensions[d].bindings().length > 0;
            for (Binding b : dimensions[d].bindings()) {
                only &= b.kind().length > 0 && !(b.quantile() instanceof Quantile.Trimmed); // a trim is not monotone in u
                for (int t = 0; t < b.kind().length; t++) {
                    boolean tdecq = b.kind()[t] == LANE_INPUT && b.slot()[t] == Input.TDECQ_DB.ordinal();
                    only &= tdecq;
                    if (tdecq) {
                        setters[b.index()[t]]++;
                    }
                }
            }
            onlyTdecq[d] = only;
        }
        for (int d = 0; d < dimensions.length; d++) {
            if (!onlyTdecq[d]) {
                continue;
            }
            List<Integer> ls = new ArrayList<>();
            boolean alone = true;
            for (Binding b : dimensions[d].bindings()) {
                for (int t = 0; t < b.kind().length; t++) {
                    int lane = b.index()[t];
                    alone &= setters[lane] == 1;
                    if (!ls.contains(lane)) {
                        ls.add(lane);
                    }
                }
            }
            if (!alone) {
                continue;
            }
            int[] row = new int[ls.size() + 1];
            row[0] = d;
            for (int k = 0; k < ls.size(); k++) {
                row[k + 1] = ls.get(k);
            }
            for (Binding b : dimensions[d].bindings()) {
                for (int t = 0; t < b.kind().length; t++) {
                    laneConditioningDim[b.index()[t]] = d;
                    laneConditioningQuantile[b.index()[t]] = b.quantile();
                }
            }
            out.add(row);
        }
    }

    /** Dimensions the conditional estimator integrates exactly (lanes' TDECQ draws), in dimension order. */
    public int[] conditioningDimensions() {
        return conditioningDims.clone();
    }

    /** Temperatures for 1 W at each heated node with every boundary at 0 C; null when a solve fails (then solve per sample). */
    private double[][] responses() {
        double[] zero = new double[boundaryC.length];
        double[][] r = new double[heatNodes.length][];
        try {
            for (int k = 0; k < heatNodes.length; k++) {
                double[] unit = new double[nodeIds.length];
                unit[heatNodes[k]] = 1.0;
                r[k] = ThermalNetworkSolver.steadyStateC(boundary, zero, from, to, resistance, unit);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return r;
    }

    public TransceiverDesign design() {
        return design;
    }

    public DesignAnalysis nominalAnalysis() {
        return nominal;
    }

    public int laneCount() {
        return lanes.length;
    }

    public String laneId(int i) {
        return lanes[i].laneId();
    }

    public List<Dimension> dimensions() {
        return List.of(dimensions);
    }

    /** Draws per module: one per dimension, then one measurement draw per production test. */
    public int drawCount() {
        return dimensions.length + tests.length;
    }

    public List<Corner> corners() {
        return List.of(corners);
    }

    public List<Test> tests() {
        return List.of(tests);
    }

    public double classLimitW() {
        return classLimitW;
    }

    /** Bill of materials: every component's costUsd once (NaN when a part has none). */
    public double bomUsd() {
        return bomUsd;
    }

    /** Tolerances that change no check, and catalogue defaults not applied (with why). */
    public List<String> warnings() {
        return warnings;
    }

    /** A worker's scratch copy of the module's values; one per thread. */
    public Sample newSample() {
        return new Sample();
    }

    /** What one module's check found, over every corner. */
    public static final class Outcome {
        public boolean pass;
        /** Bit per {@link DesignRule} ordinal that failed at some corner. */
        public long failedRules;
        public final boolean[] laneFailed;
        /** Smallest known lane margin over lanes and corners (NaN when none is known). */
        public double worstMarginDb;
        public double modulePowerW;
        /** Per production test: the measured value (worst lane at the first corner, with measurement noise). */
        public final double[] measured;
        /** Every check passes except, possibly, those of lanes whose TDECQ a conditioning dimension draws. */
        boolean otherPass;
        /** Laser and case temperature each lane was checked at, per corner ([corner * lanes + lane]). */
        final double[] laserTemperatureC;
        final double[] caseTemperatureC;

        Outcome(int lanes, int tests, int corners) {
            laneFailed = new boolean[lanes];
            measured = new double[tests];
            laserTemperatureC = new double[corners * lanes];
            caseTemperatureC = new double[corners * lanes];
        }
    }

    public Outcome newOutcome() {
        return new Outcome(lanes.length, tests.length, corners.length);
    }

    /** Mutable values of one module under evaluation. */
    public final class Sample {
        final LaneInputs[] in = new LaneInputs[lanes.length];
        final double[] mw = partMw.clone();
        double efficiency = converterEfficiency;
        final double[] boundaryNow = boundaryC.clone();

        Sample() {
            for (int i = 0; i < lanes.length; i++) {
                in[i] = lanes[i].copy();
            }
        }

        /** Sets every sampled value from the draws u (one per dimension, in (0, 1)). */
        public void apply(double[] u) {
            for (int d = 0; d < dimensions.length; d++) {
                for (Binding b : dimensions[d].bindings()) {
                    set(b, b.quantile().at(u[d]));
                }
            }
        }

        /** Sets one binding's targets to x. */
        void set(Binding b, double x) {
            for (int t = 0; t < b.kind().length; t++) {
                switch (b.kind()[t]) {
                    case LANE_INPUT -> in[b.index()[t]].set(INPUTS[b.slot()[t]], x);
                    case CONNECTOR -> in[b.index()[t]].setConnectorLossDb(b.slot()[t], x);
                    case PART_POWER -> mw[b.index()[t]] = x;
                    case EFFICIENCY -> efficiency = x;
                    default -> throw new IllegalStateException();
                }
            }
        }

        final LinkBudgetCalculator.LaneNumbers numbers = new LinkBudgetCalculator.LaneNumbers();
        final double[] temperatures = new double[nodeIds.length];
        final double[] heatDelta = heatNodes == null ? null : new double[heatNodes.length];

        double[] temperatures(Corner corner) {
            double[] heat = heat();
            for (int i = 0; i < boundaryNow.length; i++) {
                boundaryNow[i] = caseNode[i] && !Double.isNaN(corner.caseTemperatureC()) ? corner.caseTemperatureC() : boundaryC[i];
            }
            try {
                return ThermalNetworkSolver.steadyStateC(boundary, boundaryNow, from, to, resistance, heat);
            } catch (RuntimeException e) { // singular for this draw: the analyzer's "cannot be solved" problem
                return null;
            }
        }

        /** Heat per node of the module as it stands (W). */
        double[] heat() {
            return ThermalNetworkSolver.nodeHeatW(nodeIds.length, partNode, thermalWatts(), hasConverter ? converterNode : -1, efficiencyForHeat());
        }

        /** Sets {@link #heatDelta} to this module's heat less the nominal heat, per heated node. */
        private void heatDelta() {
            double[] q = heat();
            for (int k = 0; k < heatNodes.length; k++) {
                heatDelta[k] = q[heatNodes[k]] - nominalHeat[heatNodes[k]];
            }
        }

        /** Node temperatures at corner c for the module as it stands: superposition when the responses are known. */
        private double[] temperaturesAt(int c) {
            double[] base = fixedTemperatures[c];
            if (!heatVaries) {
                return base;
            }
            if (response == null || base == null) {
                return temperatures(corners[c]);
            }
            for (int i = 0; i < temperatures.length; i++) {
                double t = base[i];
                for (int k = 0; k < heatDelta.length; k++) {
                    double d = heatDelta[k];
                    if (d != 0) {
                        t += d * response[k][i];
                    }
                }
                temperatures[i] = t;
            }
            return temperatures;
        }

        private double[] thermalWatts() {
            double[] w = new double[mw.length];
            for (int i = 0; i < mw.length; i++) {
                w[i] = partPowerGiven[i] && mw[i] >= 0 ? mw[i] / 1000 : 0; // as the thermal solver reads powerMw
            }
            return w;
        }

        private double efficiencyForHeat() {
            return efficiency > 0 && efficiency <= 1 ? efficiency : 1;
        }

        /** Checks the module as it stands at every corner into {@code out}. */
        public void evaluate(Outcome out, double[] testNoise) {
            out.pass = true;
            out.otherPass = true;
            out.failedRules = 0;
            Arrays.fill(out.laneFailed, false);
            out.worstMarginDb = Double.NaN;
            // power: the budget's rules on the sampled values (no temperature dependence in the power budget)
            double load = 0;
            for (int i = 0; i < mw.length; i++) {
                if (!partPowerGiven[i]) {
                    continue;
                }
                if (PowerBudgetCalculator.isValidPowerMw(mw[i])) {
                    load += mw[i] / 1000.0;
                } else {
                    fail(out, DesignRule.INPUT_INCOMPLETE);
                }
            }
            double eta = 1.0;
            if (hasConverter) {
                if (efficiency > 0 && efficiency <= 1) {
                    eta = efficiency;
                } else {
                    fail(out, DesignRule.INPUT_INCOMPLETE);
                }
            }
            out.modulePowerW = PowerBudgetCalculator.moduleW(load, eta);
            if (!PowerBudget.withinClass(out.modulePowerW, classLimitW)) {
                fail(out, DesignRule.POWER_CLASS);
            }
            if (heatVaries && response != null) {
                heatDelta();
            }
            LinkBudgetCalculator.LaneNumbers n = numbers;
            for (int c = 0; c < corners.length; c++) {
                Corner corner = corners[c];
                double[] t = temperaturesAt(c);
                if (t == null) {
                    fail(out, DesignRule.INPUT_INCOMPLETE);
                    continue;
                }
                for (int k = 0; k < t.length; k++) {
                    if (!Double.isNaN(nodeLimitC[k]) && ThermalSolution.exceeds(t[k], nodeLimitC[k])) {
                        fail(out, DesignRule.THERMAL_LIMIT);
                    }
                }
                for (int i = 0; i < in.length; i++) {
                    LaneInputs li = in[i];
                    if (laneLaserNode[i] >= 0 && li.isGiven(Input.LASER_TEMPERATURE_C)) {
                        li.set(Input.LASER_TEMPERATURE_C, t[laneLaserNode[i]]);
                    }
                    if (!Double.isNaN(corner.caseTemperatureC()) && li.isGiven(Input.CASE_TEMPERATURE_MAX_C)) {
                        li.set(Input.CASE_TEMPERATURE_MAX_C, corner.caseTemperatureC());
                    }
                    out.laserTemperatureC[c * in.length + i] = li.get(Input.LASER_TEMPERATURE_C);
                    out.caseTemperatureC[c * in.length + i] = li.get(Input.CASE_TEMPERATURE_MAX_C);
                    // the analyzer's lane rules on the lane's numbers (DesignRules.laneFailureBits = laneFailures of the budget)
                    long failed = DesignRules.laneFailureBits(pmd, linkModel, li, n, requiredMarginDb, targetPostFecBer);
                    if (failed != 0) {
                        out.laneFailed[i] = true;
                        out.pass = false;
                        out.otherPass &= laneConditioningDim[i] >= 0;
                        out.failedRules |= failed;
                    }
                    double margin = n.marginDb();
                    if (!Double.isNaN(margin) && !(margin >= out.worstMarginDb)) {
                        out.worstMarginDb = margin;
                    }
                    if (c == 0) {
                        for (int k = 0; k < tests.length; k++) {
                            double v = YieldTerms.value(n, tests[k].term());
                            double m = out.measured[k];
                            if (i == 0 || (tests[k].upperLimit() ? v > m : v < m) || Double.isNaN(m)) {
                                out.measured[k] = v;
                            }
                        }
                    }
                }
            }
            for (int k = 0; k < tests.length; k++) {
                out.measured[k] += tests[k].measurementSigma() * testNoise[k];
            }
        }

        /** Lane i's budget on the values as they stand (after {@link #evaluate}: at the last corner). */
        public LinkBudget laneBudget(int i) {
            return LinkBudgetCalculator.evaluate(pmd, linkModel, in[i]);
        }

        private void fail(Outcome out, DesignRule rule) {
            out.pass = false;
            out.otherPass = false;
            out.failedRules |= 1L << rule.ordinal();
        }

        /**
         * The conditional estimator: P(module passes | every draw but the conditioning ones), after {@link #evaluate}
         * of the draws u. Each conditioning dimension's lanes pass exactly for u below a boundary (monotone in TDECQ,
         * see {@link CompiledModule#conditioning}), found by bisection with the analyzer's lane rules at every corner
         * to a dyadic cell of width 2^-30 (its midpoint is used, or 0 when the lanes fail even at 2^-30: at most 9.4e-10
         * from the boundary); the dimensions are independent, so
         * the probability is the product of the boundaries, or 0 when any other check fails. Its mean over modules is
         * the yield (E[P(pass | rest)] = P(pass)), with less variance than the pass/fail indicator and smooth in the
         * remaining draws, which is what lets quasi-Monte Carlo points pay off.
         */
        public double conditionalPass(Outcome o, double[] u) {
            if (!o.otherPass) {
                return 0;
            }
            double p = 1;
            for (int k = 0; k < conditioningDims.length && p > 0; k++) {
                int[] ls = conditioningLanes[k];
                double drawn = u[conditioningDims[k]];
                boolean drawnPass = true;
                for (int l : ls) {
                    drawnPass &= !o.laneFailed[l];
                }
                // the module as drawn says: every corner passes at u <= knownPass, some corner fails at u >= knownFail
                double knownPass = drawnPass ? drawn : 0;
                double knownFail = drawnPass ? 1 : drawn;
                // bisection on the fixed dyadic grid of [0, 1]: the cell found depends only on the boundary, not on
                // which points were evaluated, so the shortcuts below cannot change the result
                double lo = 0;
                double hi = 1;
                if (!drawnPass && !lanesPass(o, ls, BISECTION_WIDTH)) {
                    hi = BISECTION_WIDTH; // fails even at the first cell (e.g. a launch power failure): probability 0
                }
                while (hi - lo > BISECTION_WIDTH) {
                    double mid = 0.5 * (lo + hi);
                    boolean pass = mid <= knownPass || mid < knownFail && lanesPass(o, ls, mid);
                    if (pass) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                p *= lo == 0 && !lanesPass(o, ls, hi) ? 0 : 0.5 * (lo + hi); // failing in the first cell: 0
                int last = (corners.length - 1) * in.length;
                for (int l : ls) { // back to the drawn module at the last corner, as evaluate leaves it
                    LaneInputs li = in[l];
                    li.set(Input.TDECQ_DB, laneConditioningQuantile[l].at(drawn));
                    if (li.isGiven(Input.LASER_TEMPERATURE_C)) {
                        li.set(Input.LASER_TEMPERATURE_C, o.laserTemperatureC[last + l]);
                    }
                    if (li.isGiven(Input.CASE_TEMPERATURE_MAX_C)) {
                        li.set(Input.CASE_TEMPERATURE_MAX_C, o.caseTemperatureC[last + l]);
                    }
                }
            }
            return p;
        }

        /** Corner to check first per lane: the one that failed last (a shortcut only; results do not depend on it). */
        private int[] firstCorner;

        /** Whether every lane of ls passes every lane rule at every corner with its TDECQ at quantile u. */
        private boolean lanesPass(Outcome o, int[] ls, double u) {
            for (int l : ls) {
                LaneInputs li = in[l];
                li.set(Input.TDECQ_DB, laneConditioningQuantile[l].at(u));
                if (firstCorner == null) {
                    firstCorner = new int[in.length];
                }
                for (int j = 0; j < corners.length; j++) {
                    int c = (firstCorner[l] + j) % corners.length;
                    if (li.isGiven(Input.LASER_TEMPERATURE_C)) {
                        li.set(Input.LASER_TEMPERATURE_C, o.laserTemperatureC[c * in.length + l]);
                    }
                    if (li.isGiven(Input.CASE_TEMPERATURE_MAX_C)) {
                        li.set(Input.CASE_TEMPERATURE_MAX_C, o.caseTemperatureC[c * in.length + l]);
                    }
                    if (DesignRules.laneFailureBits(pmd, linkModel, li, numbers, requiredMarginDb, targetPostFecBer) != 0) {
                        firstCorner[l] = c;
                        return false;
                    }
                }
            }
            return true;
        }
    }

    // ------------------------------------------------------------------------------------------------ compilation

    /**
     * Compiles a design with its tolerances and yield study. {@code baseDir} resolves empirical value files (null: none
     * allowed). Refuses a design whose nominal analysis has incomplete or invalid inputs: those are not a yield question.
     */
    public static CompiledModule compile(TransceiverDesign design, DesignAnalyzer analyzer, ToleranceDefaults defaults, Path baseDir)
            throws YieldInputException {
        Builder b = new Builder(design, analyzer, defaults, baseDir);
        b.build();
        return new CompiledModule(b);
    }

    private static final class Builder {
        final TransceiverDesign design;
        final DesignAnalyzer analyzer;
        final ToleranceDefaults defaults;
        final Path baseDir;
        PmdSpec pmd;
        double requiredMarginDb;
        Double targetPostFecBer;
        LaneInputs[] lanes;
        int[] laneLaserNode;
        final List<String> partIds = new ArrayList<>();
        final List<Double> partMw = new ArrayList<>();
        final List<Boolean> partPowerGiven = new ArrayList<>();
        final List<Integer> partNode = new ArrayList<>();
        final Map<Component, Integer> partIndex = new IdentityHashMap<>();
        PowerConverter converter;
        double converterEfficiency = 1;
        int converterNode = -1;
        boolean hasConverter;
        double classLimitW;
        String[] nodeIds;
        boolean[] boundary;
        double[] boundaryC;
        boolean[] caseNode;
        int[] from;
        int[] to;
        double[] resistance;
        double[] nodeLimitC;
        final List<Corner> corners = new ArrayList<>();
        final List<Dimension> dimensions = new ArrayList<>();
        final List<Test> tests = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        double bomUsd;
        DesignAnalysis nominal;

        Builder(TransceiverDesign design, DesignAnalyzer analyzer, ToleranceDefaults defaults, Path baseDir) {
            this.design = design;
            this.analyzer = analyzer;
            this.defaults = defaults;
            this.baseDir = baseDir;
        }

        void build() throws YieldInputException {
            nominal = analyzer.analyze(design);
            for (Diagnostic d : nominal.errors()) {
                DesignRule rule = DesignDiagnostic.of(d).rule();
                if (rule == DesignRule.INPUT_INCOMPLETE || rule == DesignRule.INPUT_PMD) {
                    throw new YieldInputException("design " + design.getId() + " has incomplete or invalid inputs, so no yield can be computed: "
                            + d.getMessage() + " (run lightwork validate)");
                }
            }
            pmd = analyzer.library().pmd(design.getOpticalPmd()).orElseThrow();
            requiredMarginDb = DesignRules.requiredMarginDb(design);
            targetPostFecBer = design.getTargetPostFecBer();
            ThermalSolution ts = nominal.thermal();
            ThermalNetwork network = design.getThermalNetwork();
            List<ThermalNode> nodes = network.getNodes();
            Map<ThermalNode, Integer> nodeIndex = new IdentityHashMap<>();
            int n = nodes.size();
            nodeIds = new String[n];
            boundary = new boolean[n];
            boundaryC = new double[n];
            caseNode = new boolean[n];
            nodeLimitC = new double[n];
            for (int i = 0; i < n; i++) {
                ThermalNode node = nodes.get(i);
                nodeIndex.put(node, i);
                nodeIds[i] = node.getId();
                boundary[i] = node.isBoundary();
                boundaryC[i] = boundary[i] ? node.getTemperatureC() : Double.NaN;
                caseNode[i] = boundary[i] && node.getKind() == ThermalNodeKind.CASE;
                Double limit = ts.limitC().get(node.getId());
                nodeLimitC[i] = limit == null ? Double.NaN : limit;
            }
            List<ThermalPath> paths = network.getPaths();
            from = new int[paths.size()];
            to = new int[paths.size()];
            resistance = new double[paths.size()];
            for (int p = 0; p < paths.size(); p++) {
                from[p] = nodeIndex.get(paths.get(p).getFrom());
                to[p] = nodeIndex.get(paths.get(p).getTo());
                resistance[p] = paths.get(p).getResistanceKPerW();
            }
            List<Lane> laneList = design.getLanes();
            lanes = new LaneInputs[laneList.size()];
            laneLaserNode = new int[laneList.size()];
            for (int i = 0; i < lanes.length; i++) {
                Lane lane = laneList.get(i);
                // as DesignAnalyzer.link: no thermal node = the case maximum; a node = its solved temperature (NaN: unknown)
                if (lane.getLaser() == null || lane.getLaser().getThermalNode() == null) {
                    lanes[i] = LaneInputs.of(design, lane, Double.NaN);
                } else {
                    double t = DesignAnalyzer.laserTemperatureC(lane, ts);
                    lanes[i] = LaneInputs.of(design, lane, t, !Double.isNaN(t));
                }
                laneLaserNode[i] = lane.getLaser() == null || lane.getLaser().getThermalNode() == null ? -1
                        : nodeIndex.getOrDefault(lane.getLaser().getThermalNode(), -1);
            }
            double bom = 0;
            for (Component c : design.getComponents()) {
                bom += c.getCostUsd() == null ? Double.NaN : c.getCostUsd();
                if (c instanceof PowerConverter pc) {
                    converter = pc;
                    hasConverter = true;
                    converterEfficiency = pc.getEfficiency();
                    converterNode = pc.getThermalNode() == null ? -1 : nodeIndex.getOrDefault(pc.getThermalNode(), -1);
                    continue;
                }
                partIndex.put(c, partIds.size());
                partIds.add(c.getId());
                partPowerGiven.add(c.getPowerMw() != null);
                partMw.add(c.getPowerMw() == null ? 0.0 : c.getPowerMw());
                partNode.add(c.getThermalNode() == null ? -1 : nodeIndex.getOrDefault(c.getThermalNode(), -1));
            }
            bomUsd = bom;
            classLimitW = nominal.power().msaClassLimitW();
            YieldStudy study = design.getYieldStudy();
            if (study != null) {
                for (OperatingCorner oc : study.getCorners()) {
                    Double t = oc.getCaseTemperatureC();
                    if (t == null || !Double.isFinite(t) || t < -60 || t > 150) {
                        throw new YieldInputException("operating corner " + oc.getId() + ".caseTemperatureC = " + t
                                + " must be a case temperature between -60 and 150 C");
                    }
                    corners.add(new Corner(oc.getId() == null ? "corner" + corners.size() : oc.getId(), t));
                }
                for (TestLimit tl : study.getTestLimits()) {
                    tests.add(test(tl));
                }
            }
            if (corners.isEmpty()) {
                corners.add(new Corner("design", Double.NaN));
            }
            tolerances();
        }

        private Test test(TestLimit tl) throws YieldInputException {
            String term = tl.getTerm();
            if (term == null || !YieldTerms.NAMES.contains(term)) {
                throw new YieldInputException("test limit term = " + term + " must be one of " + YieldTerms.NAMES);
            }
            if (tl.getLimit() == null || !Double.isFinite(tl.getLimit())) {
                throw new YieldInputException("test limit " + term + ".limit = " + tl.getLimit() + " must be a number");
            }
            double sigma = tl.getMeasurementSigma() == null ? 0 : tl.getMeasurementSigma();
            if (!(sigma >= 0 && sigma < 100)) {
                throw new YieldInputException("test limit " + term + ".measurementSigma = " + tl.getMeasurementSigma() + " must be >= 0");
            }
            return new Test(term, tl.getLimit(), tl.isUpperLimit(), sigma);
        }

        private void tolerances() throws YieldInputException {
            Map<String, Integer> groups = new LinkedHashMap<>();
            Map<Integer, List<Binding>> groupBindings = new LinkedHashMap<>();
            Set<String> explicit = new HashSet<>();
            int k = 0;
            for (Tolerance t : design.getTolerances()) {
                k++;
                String what = "tolerance #" + k + " (" + t.getAttribute() + ")";
                if (t.getElements().isEmpty()) {
                    throw new YieldInputException(what + ": names no element");
                }
                if (t.getDistribution() == null) {
                    throw new YieldInputException(what + ": distribution is not given");
                }
                String group = t.getCorrelationGroup() == null || t.getCorrelationGroup().isBlank() ? null : t.getCorrelationGroup();
                double[] empirical = t.getDistribution() == Distribution.EMPIRICAL ? readValues(what, t.getValuesFile()) : null;
                for (NamedElement e : t.getElements()) {
                    if (!isInDesign(e)) {
                        throw new YieldInputException(what + ": element " + e.getId() + " is not part of design " + design.getId());
                    }
                    double nominalValue = nominal(what, e, t.getAttribute());
                    Quantile q = quantile(what + " on " + e.getId(), t.getDistribution(), t.getMean(), t.getSigma(), t.getMin(), t.getMax(),
                            t.getMode(), nominalValue, empirical);
                    q = trimmed(what + " on " + e.getId(), q, t.getMean() == null ? nominalValue : t.getMean(), t.getTrimRange(), t.getTrimStep());
                    Binding binding = bind(e, t.getAttribute(), q);
                    explicit.add(e.getId() + "." + t.getAttribute());
                    if (binding.kind().length == 0) {
                        warnings.add(what + " on " + e.getId() + " changes no check of the yield study (ignored)");
                        continue;
                    }
                    if (group == null) {
                        dimensions.add(new Dimension(e.getId() + "." + t.getAttribute(), List.of(e.getId()), t.getAttribute(), t.getSource(),
                                new Binding[] {binding}));
                    } else {
                        Integer d = groups.get(group);
                        if (d == null) {
                            d = dimensions.size();
                            groups.put(group, d);
                            dimensions.add(null); // filled below, once every member is known
                            groupBindings.put(d, new ArrayList<>());
                        }
                        groupBindings.get(d).add(binding);
                    }
                }
            }
            for (Map.Entry<String, Integer> g : groups.entrySet()) {
                List<Binding> members = groupBindings.get(g.getValue());
                List<String> elements = members.stream().map(Binding::element).distinct().toList();
                String attributes = String.join(",", members.stream().map(Binding::attribute).distinct().toList());
                dimensions.set(g.getValue(), new Dimension("group " + g.getKey(), elements, attributes, null, members.toArray(Binding[]::new)));
            }
            dimensions.removeIf(d -> d == null);
            YieldStudy study = design.getYieldStudy();
            if (study != null && !study.isCatalogueTolerances()) {
                return;
            }
            for (Component c : design.getComponents()) {
                for (ToleranceDefaults.Row row : defaults.forPart(c.getCatalogPart())) {
                    if (explicit.contains(c.getId() + "." + row.attribute())) {
                        continue;
                    }
                    EStructuralFeature f = c.eClass().getEStructuralFeature(row.attribute());
                    if (!(f instanceof EAttribute) || !(c.eGet(f) instanceof Double nominalValue)) {
                        continue; // the part kind has no such value here (e.g. no ER on a CW laser)
                    }
                    if (row.min() != null && nominalValue < row.min() || row.max() != null && nominalValue > row.max()) {
                        warnings.add(c.getId() + "." + row.attribute() + " = " + nominalValue + " lies outside the catalogue tolerance of "
                                + row.partId() + " [" + row.min() + ", " + row.max() + "] (" + row.where() + "): default not applied");
                        continue;
                    }
                    Quantile q = quantile(row.where(), row.distribution(), row.mean(), row.sigma(), row.min(), row.max(), row.mode(), nominalValue,
                            null);
                    q = trimmed(row.where(), q, row.mean() == null ? nominalValue : row.mean(), row.trimRange(), row.trimStep());
                    Binding binding = bind(c, row.attribute(), q);
                    if (binding.kind().length > 0) {
                        dimensions.add(new Dimension(c.getId() + "." + row.attribute(), List.of(c.getId()), row.attribute(),
                                row.partId() + " catalogue default (" + row.confidence() + "): " + row.source(), new Binding[] {binding}));
                    }
                }
            }
        }

        private boolean isInDesign(NamedElement e) {
            for (org.eclipse.emf.ecore.EObject o = e; o != null; o = o.eContainer()) {
                if (o == design) {
                    return true;
                }
            }
            return false;
        }

        private double nominal(String what, NamedElement e, String attribute) throws YieldInputException {
            EStructuralFeature f = attribute == null ? null : e.eClass().getEStructuralFeature(attribute);
            if (!(f instanceof EAttribute) || f.getEType().getInstanceClass() != Double.class && f.getEType().getInstanceClass() != double.class) {
                throw new YieldInputException(what + ": " + e.eClass().getName() + " " + e.getId() + " has no numeric attribute '" + attribute + "'");
            }
            Object v = e.eGet(f);
            if (!(v instanceof Double d) || !Double.isFinite(d)) {
                throw new YieldInputException(what + ": " + e.getId() + "." + attribute + " = " + v + " has no nominal value to vary");
            }
            return d;
        }

        /** Where a value of element.attribute enters the checks. */
        private Binding bind(NamedElement e, String attribute, Quantile q) {
            List<int[]> targets = new ArrayList<>();
            String id = e.getId();
            for (int i = 0; i < lanes.length; i++) {
                LaneInputs li = lanes[i];
                for (Input in : Input.values()) {
                    if (li.isGiven(in) && id.equals(li.owner(in)) && attribute.equals(li.attribute(in))) {
                        targets.add(new int[] {LANE_INPUT, i, in.ordinal()});
                    }
                }
                for (int c = 0; c < li.connectorCount(); c++) {
                    if (li.isConnectorGiven(c) && id.equals(li.connectorId(c)) && "insertionLossDb".equals(attribute)) {
                        targets.add(new int[] {CONNECTOR, i, c});
                    }
                }
            }
            if (e instanceof PowerConverter && "efficiency".equals(attribute)) {
                targets.add(new int[] {EFFICIENCY, 0, 0});
            } else if (e instanceof Component c && "powerMw".equals(attribute) && partIndex.containsKey(c)) {
                targets.add(new int[] {PART_POWER, partIndex.get(c), 0});
            }
            int[] kind = new int[targets.size()];
            int[] index = new int[targets.size()];
            int[] slot = new int[targets.size()];
            for (int t = 0; t < kind.length; t++) {
                kind[t] = targets.get(t)[0];
                index[t] = targets.get(t)[1];
                slot[t] = targets.get(t)[2];
            }
            return new Binding(id, attribute, q, kind, index, slot);
        }

        private static String fmt(Double v) {
            return v == null ? "null" : String.format(Locale.ROOT, "%s", v);
        }

        static Quantile quantile(String what, Distribution dist, Double mean, Double sigma, Double min, Double max, Double mode, double nominal,
                double[] empirical) throws YieldInputException {
            double mu = mean == null ? nominal : mean;
            if (!Double.isFinite(mu)) {
                throw new YieldInputException(what + ": mean = " + fmt(mean) + " is not a number");
            }
            switch (dist) {
                case NORMAL -> {
                    positive(what, "sigma", sigma);
                    return new Quantile.Normal(mu, sigma);
                }
                case TRUNCATED_NORMAL -> {
                    positive(what, "sigma", sigma);
                    double lo = min == null ? Double.NEGATIVE_INFINITY : min;
                    double hi = max == null ? Double.POSITIVE_INFINITY : max;
                    finiteOrNull(what, "min", min);
                    finiteOrNull(what, "max", max);
                    Quantile.TruncatedNormal q = Quantile.TruncatedNormal.of(mu, sigma, lo, hi);
                    if (!(lo < hi) || !(q.pHigh() - q.pLow() > 1e-12)) {
                        throw new YieldInputException(what + ": truncation [" + fmt(min) + ", " + fmt(max) + "] leaves no probability around mean "
                                + mu + " with sigma " + sigma);
                    }
                    return q;
                }
                case UNIFORM -> {
                    bounds(what, min, max);
                    return new Quantile.Uniform(min, max);
                }
                case TRIANGULAR -> {
                    bounds(what, min, max);
                    double m = mode == null ? nominal : mode;
                    if (!(m >= min && m <= max)) {
                        throw new YieldInputException(what + ": mode = " + m + " must lie within [" + min + ", " + max + "]");
                    }
                    return new Quantile.Triangular(min, m, max);
                }
                case EMPIRICAL -> {
                    if (empirical == null) {
                        throw new YieldInputException(what + ": an EMPIRICAL distribution needs a valuesFile");
                    }
                    return Quantile.Empirical.of(empirical);
                }
                default -> throw new YieldInputException(what + ": distribution " + dist + " is not supported");
            }
        }

        /** The tolerance's draw trimmed at test toward target when it gives a trim range; checks range and step. */
        static Quantile trimmed(String what, Quantile q, double target, Double range, Double step) throws YieldInputException {
            if (range == null) {
                if (step != null) {
                    throw new YieldInputException(what + ": trimStep = " + fmt(step) + " needs a trimRange");
                }
                return q;
            }
            if (!Double.isFinite(range) || range < 0) {
                throw new YieldInputException(what + ": trimRange = " + fmt(range) + " must be a number >= 0");
            }
            if (step != null && (!Double.isFinite(step) || step < 0)) {
                throw new YieldInputException(what + ": trimStep = " + fmt(step) + " must be a number >= 0");
            }
            return new Quantile.Trimmed(q, target, range, step == null ? 0 : step);
        }

        private static void positive(String what, String name, Double v) throws YieldInputException {
            if (v == null || !(v > 0) || !Double.isFinite(v)) {
                throw new YieldInputException(what + ": " + name + " = " + fmt(v) + " must be a positive number");
            }
        }

        private static void finiteOrNull(String what, String name, Double v) throws YieldInputException {
            if (v != null && !Double.isFinite(v)) {
                throw new YieldInputException(what + ": " + name + " = " + fmt(v) + " is not a number");
            }
        }

        private static void bounds(String what, Double min, Double max) throws YieldInputException {
            if (min == null || max == null || !Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                throw new YieldInputException(what + ": min = " + fmt(min) + " and max = " + fmt(max) + " must be numbers with min < max");
            }
        }

        /** Empirical values: one number per line, or a CSV column named value; errors name file:line. */
        private double[] readValues(String what, String file) throws YieldInputException {
            if (file == null || file.isBlank()) {
                throw new YieldInputException(what + ": an EMPIRICAL distribution needs a valuesFile");
            }
            if (baseDir == null) {
                throw new YieldInputException(what + ": valuesFile '" + file + "' cannot be resolved (the design has no file location)");
            }
            Path path = baseDir.resolve(file).normalize();
            List<Double> values = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                int column = 0;
                boolean header = true;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (lineNo > MAX_EMPIRICAL_VALUES + 1) {
                        throw new YieldInputException(path + ": more than " + MAX_EMPIRICAL_VALUES + " values");
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split(",", -1);
                    if (header) {
                        header = false;
                        int named = Arrays.asList(cells).stream().map(String::trim).toList().indexOf("value");
                        if (named >= 0) {
                            column = named;
                            continue;
                        }
                    }
                    String cell = column < cells.length ? cells[column].trim() : "";
                    try {
                        double v = Double.parseDouble(cell);
                        if (!Double.isFinite(v)) {
                            throw new NumberFormatException();
                        }
                        values.add(v);
                    } catch (NumberFormatException e) {
                        throw new YieldInputException(path + ":" + lineNo + ": '" + cell + "' is not a number (" + what + ")");
                    }
                }
            } catch (IOException e) {
                throw new YieldInputException(what + ": cannot read valuesFile " + path + " (" + e.getMessage() + ")");
            }
            if (values.size() < 2) {
                throw new YieldInputException(path + ": an empirical distribution needs at least 2 values, found " + values.size());
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
