package dev.lightwork.solver.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.physics.FecChain;
import dev.lightwork.analysis.physics.Pam4;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.DesignConstraint;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.Metric;
import dev.lightwork.model.Objective;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.SolverDisagreementException;
import dev.lightwork.solver.StudyInputException;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyVariable;

/**
 * A study ready to solve: the measured separable model, its objectives and every hard limit (the validators'
 * rules plus the study's own constraints), and the check of a materialised design against all of them.
 */
final class PreparedStudy {

    final DesignAnalyzer analyzer;
    final TransceiverDesign base;
    final TradeStudy study;
    final List<StudyVariable> variables = new ArrayList<>();
    final List<StudyObjective> objectives = new ArrayList<>();
    final List<String> attributes = new ArrayList<>();
    final SeparableModel sm;
    final List<Limit> limits = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final int[] junctionNodes;
    final double measureSeconds;
    private final PmdSpec pmd;

    PreparedStudy(DesignAnalyzer analyzer, TransceiverDesign base, TradeStudy study, ProgressMonitor monitor) {
        this.analyzer = analyzer;
        this.base = base;
        this.study = study;
        for (int i = 0; i < study.getVariables().size(); i++) {
            StudyVariable v = StudyVariable.of(study.getVariables().get(i), i);
            if (v.kind() == VariableKind.CATALOG_CHOICE && "POWER_CONVERTER".equalsIgnoreCase(v.slot())) {
                throw new StudyInputException("design variable " + v.name() + ": a POWER_CONVERTER choice is not supported: module power is the "
                        + "load divided by the converter efficiency, a product the separable model cannot express");
            }
            variables.add(v);
        }
        if (variables.isEmpty()) {
            throw new StudyInputException("trade study " + study.getId() + " has no variables");
        }
        for (Objective o : study.getObjectives()) {
            if (o.getMetric() == null || o.getSense() == null) {
                throw new StudyInputException("trade study " + study.getId() + ": an objective needs a metric and a sense");
            }
            if (o.getMetric() == Metric.POST_FEC_BER) {
                throw new StudyInputException("trade study " + study.getId() + ": POST_FEC_BER is supported as a constraint (LE), "
                        + "not as an objective; optimise WORST_MARGIN_DB instead");
            }
            objectives.add(new StudyObjective(o.getMetric(), o.getSense(), o.getAttribute()));
            attribute(o.getMetric(), o.getAttribute());
        }
        if (objectives.isEmpty()) {
            throw new StudyInputException("trade study " + study.getId() + " has no objectives");
        }
        for (DesignConstraint c : study.getConstraints()) {
            attribute(c.getMetric(), c.getAttribute());
        }
        boolean needCost = objectives.stream().anyMatch(o -> o.metric() == Metric.COST_USD)
                || study.getConstraints().stream().anyMatch(c -> c.getMetric() == Metric.COST_USD);
        long t0 = System.nanoTime();
        sm = new SeparableModel(analyzer, base, variables, attributes, needCost, monitor);
        measureSeconds = (System.nanoTime() - t0) / 1e9;
        pmd = analyzer.library().pmd(base.getOpticalPmd()).orElse(null);
        List<ThermalNode> nodes = base.getThermalNetwork() == null ? List.of() : base.getThermalNetwork().getNodes();
        junctionNodes = IntStream.range(0, sm.layout.nodes.size()).filter(n -> nodes.stream()
                .anyMatch(t -> t.getId().equals(sm.layout.nodes.get(n)) && t.getKind() == ThermalNodeKind.JUNCTION)).toArray();
        validatorLimits();
        int coupled = (int) IntStream.of(sm.laneGroups).filter(lane -> sm.laserNode[lane] >= 0).count();
        if (coupled > 0) {
            notes.add(String.format(Locale.ROOT, "laser derating at the solved node temperature, coefficient x (T - 25 C), modelled exactly: "
                    + "%d lane group(s), up to %d laser coefficient(s) each, one table per coefficient rounded once to %.0e dB", coupled,
                    IntStream.of(sm.laneGroups).map(lane -> sm.coefficients[lane].length).max().orElse(1), 1 / QuantityLayout.DB_SCALE));
        }
        for (DesignConstraint c : study.getConstraints()) {
            limits.add(studyLimit(c));
        }
    }

    private void attribute(Metric metric, String attribute) {
        if (metric == Metric.ATTRIBUTE) {
            if (attribute == null || attribute.isBlank()) {
                throw new StudyInputException("trade study " + study.getId() + ": metric ATTRIBUTE needs an attribute (e.g. TIA.bandwidthGhz)");
            }
            if (!attributes.contains(attribute)) {
                attributes.add(attribute);
            }
        }
    }

    /** The rules of the analysis bundle's validators, as limits on the measured quantities. */
    private void validatorLimits() {
        QuantityLayout l = sm.layout;
        double required = DesignRules.requiredMarginDb(base);
        limits.add(Limit.rule(String.format(Locale.ROOT, "link margin >= %.2f dB on every lane (design requiredMarginDb)", required),
                lanes(l::margin), false, required, "dB"));
        for (int k = 0; k < l.checks.size(); k++) {
            QuantityLayout.LaneCheck c = l.checks.get(k);
            int kk = k;
            limits.add(Limit.rule(c.describe(), lanes(lane -> l.check(kk, lane)), c.upper(), c.limit(), c.term().unit()));
        }
        // LW-LINK-BER as the analyzer applies it (DesignRules.berFails): only against a target the design gives
        Double target = base.getTargetPostFecBer();
        if (target == null) {
            notes.add("post-FEC BER is not constrained: the design gives no target post-FEC BER, so the analyzer checks none");
        } else if (berTarget().isPresent()) {
            limits.add(Limit.rule(String.format(Locale.ROOT, "post-FEC BER <= %.1e on every lane (design targetPostFecBer)", target),
                    lanes(l::margin), false, marginForPostFecBer(target), "dB margin"));
        } else {
            notes.add("post-FEC BER is not constrained: PMD " + base.getOpticalPmd() + " gives no pre-FEC BER target, so the analyzer estimates none");
        }
        limits.add(new Limit("module power <= the form factor's MSA power class", new int[] {QuantityLayout.POWER}, true, Double.NaN,
                QuantityLayout.POWER_LIMIT, "W", true));
        var baseThermal = analyzer.analyze(base).thermal();
        for (int n = 0; n < l.nodes.size(); n++) {
            Double limit = baseThermal.limitC().get(l.nodes.get(n));
            if (limit != null) {
                limits.add(Limit.rule(String.format(Locale.ROOT, "temperature of %s <= %.1f C", l.nodes.get(n), limit),
                        new int[] {l.temperature(n)}, true, limit, "C"));
            }
        }
    }

    private int[] lanes(java.util.function.IntUnaryOperator quantity) {
        return Arrays.stream(sm.laneGroups).map(quantity).toArray();
    }

    private java.util.OptionalDouble berTarget() {
        return pmd == null ? java.util.OptionalDouble.empty() : pmd.value("ber_target_pre_fec");
    }

    /**
     * The smallest link margin whose post-FEC BER is at most {@code postFecTarget}, by the analyzer's own chain: pre-FEC
     * BER = PAM4 BER at Q(PMD target) x 10^(margin/10), then the design's FEC. The chain is monotone in the margin, so
     * the BER limit is exactly a margin limit; found by bisection to the double resolution (far below the model's
     * 1e-4 dB), keeping the end that meets the target.
     */
    double marginForPostFecBer(double postFecTarget) {
        if (!(postFecTarget > 0 && postFecTarget < 1)) {
            throw new StudyInputException("post-FEC BER bound " + postFecTarget + " must be in (0, 1)");
        }
        double floor = analyzer.linkCalculator().berFloor();
        if (postFecTarget < floor) { // the analyzer reports BERs below its validity floor as the bound "< floor": undecidable
            throw new StudyInputException("post-FEC BER bound " + postFecTarget + " is below the link model's validity (" + floor
                    + ", data/link-model.csv ber_floor): no design can be shown to meet it");
        }
        double q = Pam4.qForBitErrorRatio(berTarget().orElseThrow());
        FecChain fec = switch (base.getFec() == null ? FecScheme.NONE : base.getFec()) {
            case NONE -> FecChain.NONE;
            case RS_528_514 -> FecChain.KR4;
            case RS_544_514 -> FecChain.KP4;
            case RS_544_514_HAMMING_128_120 -> FecChain.KP4_INNER_HAMMING;
        };
        java.util.function.DoublePredicate meets = m -> fec.postFecBitErrorRatio(Math.min(Pam4.bitErrorRatio(q * Math.pow(10.0, m / 10.0)), 0.5))
                <= postFecTarget;
        double lo = -BER_MARGIN_SEARCH_DB;
        double hi = BER_MARGIN_SEARCH_DB;
        if (meets.test(lo)) {
            return lo;
        }
        if (!meets.test(hi)) {
            return hi; // unreachable by any design the model can hold: the limit is infeasible and explained as such
        }
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                return hi;
            }
            if (meets.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    /** Margin range the BER bisection searches: beyond it the PAM4 BER is 0.5 or underflows. */
    private static final double BER_MARGIN_SEARCH_DB = 100;

    private Limit studyLimit(DesignConstraint c) {
        if (c.getMetric() == null || c.getOperator() == null || c.getBound() == null || !Double.isFinite(c.getBound())) {
            throw new StudyInputException("trade study " + study.getId() + ": constraint " + c.getMetric() + " " + c.getOperator() + " "
                    + c.getBound() + " needs a metric, an operator and a finite bound");
        }
        boolean upper = c.getOperator() == ConstraintOperator.LE;
        double b = c.getBound();
        String op = upper ? " <= " : " >= ";
        QuantityLayout l = sm.layout;
        return switch (c.getMetric()) {
            case MODULE_POWER_W -> Limit.of("module power" + op + b + " W (study constraint)", new int[] {QuantityLayout.POWER}, upper, b, "W");
            case ENERGY_PJ_PER_BIT -> Limit.of("energy" + op + b + " pJ/bit (study constraint)", new int[] {QuantityLayout.POWER}, upper,
                    b * sm.nominalGbps / 1000, "W");
            case COST_USD -> Limit.of("cost" + op + b + " USD (study constraint)", new int[] {QuantityLayout.COST}, upper, b, "USD");
            case WORST_MARGIN_DB -> {
                if (upper) {
                    throw new StudyInputException("constraint WORST_MARGIN_DB supports GE only (a margin is a lower limit)");
                }
                yield Limit.of("worst-lane margin >= " + b + " dB (study constraint)", lanes(l::margin), false, b, "dB");
            }
            case MAX_JUNCTION_TEMPERATURE_C -> {
                if (!upper) {
                    throw new StudyInputException("constraint MAX_JUNCTION_TEMPERATURE_C supports LE only");
                }
                yield Limit.of("max junction temperature <= " + b + " C (study constraint)",
                        Arrays.stream(junctionNodes).map(l::temperature).toArray(), true, b, "C");
            }
            case POST_FEC_BER -> {
                if (!upper || berTarget().isEmpty()) {
                    throw new StudyInputException(!upper ? "constraint POST_FEC_BER supports LE only"
                            : "constraint POST_FEC_BER: PMD " + base.getOpticalPmd() + " gives no pre-FEC BER target, so no BER is estimated");
                }
                yield Limit.of("post-FEC BER <= " + b + " (study constraint)", lanes(l::margin), false, marginForPostFecBer(b), "dB margin");
            }
            case ATTRIBUTE -> Limit.of(c.getAttribute() + op + b + " (study constraint)", new int[] {l.attribute(attributes.indexOf(c.getAttribute()))},
                    upper, b, "");
        };
    }

    /** The quantities an objective aggregates, and whether it is their minimum (margin) or maximum. */
    int[] quantities(StudyObjective o) {
        QuantityLayout l = sm.layout;
        return switch (o.metric()) {
            case MODULE_POWER_W, ENERGY_PJ_PER_BIT -> new int[] {QuantityLayout.POWER};
            case COST_USD -> new int[] {QuantityLayout.COST};
            case WORST_MARGIN_DB -> lanes(l::margin);
            case MAX_JUNCTION_TEMPERATURE_C -> {
                if (junctionNodes.length == 0) {
                    throw new StudyInputException("objective MAX_JUNCTION_TEMPERATURE_C: the base design has no junction node");
                }
                yield Arrays.stream(junctionNodes).map(l::temperature).toArray();
            }
            case ATTRIBUTE -> new int[] {l.attribute(attributes.indexOf(o.attribute()))};
            case POST_FEC_BER -> throw new IllegalStateException("rejected in the constructor");
        };
    }

    boolean minimumOf(StudyObjective o) {
        return o.metric() == Metric.WORST_MARGIN_DB;
    }

    /** Display value of an objective from integer units. */
    double display(StudyObjective o, long units) {
        double v = units / sm.layout.scale(quantities(o)[0]);
        return o.metric() == Metric.ENERGY_PJ_PER_BIT ? v * 1000 / sm.nominalGbps : v;
    }

    /** Display value of an objective from a measured vector (all lanes / nodes, not only the representatives). */
    double display(StudyObjective o, double[] measured) {
        QuantityLayout l = sm.layout;
        double v = switch (o.metric()) {
            case WORST_MARGIN_DB -> IntStream.range(0, l.lanes).mapToDouble(i -> measured[l.margin(i)]).min().orElse(Double.NaN);
            case MAX_JUNCTION_TEMPERATURE_C -> Arrays.stream(junctionNodes).mapToDouble(n -> measured[l.temperature(n)]).max().orElse(Double.NaN);
            default -> measured[quantities(o)[0]];
        };
        return o.metric() == Metric.ENERGY_PJ_PER_BIT ? v * 1000 / sm.nominalGbps : v;
    }

    /** Integer objective value of a design given by its factor values (the model's arithmetic, for enumeration). */
    long units(StudyObjective o, int[] factorValues) {
        int[] qs = quantities(o);
        long best = sm.roundValue(qs[0], factorValues);
        for (int q : qs) {
            long v = sm.roundValue(q, factorValues);
            best = minimumOf(o) ? Math.min(best, v) : Math.max(best, v);
        }
        return best;
    }

    /** Variable name to chosen option. */
    Map<String, String> choices(int[] choice) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            m.put(variables.get(i).name(), variables.get(i).option(choice[i]));
        }
        return m;
    }

    /** The design for a choice, with the smallest MSA class it fits when the form factor is a variable. */
    TransceiverDesign materialise(int[] choice, String id) {
        DesignMaterialiser m = new DesignMaterialiser(analyzer.library());
        TransceiverDesign d = m.materialise(base, variables, choice);
        d.setId(id);
        if (variables.stream().anyMatch(v -> v.kind() == VariableKind.FORM_FACTOR)) {
            m.fitPowerClass(d, new PowerBudgetCalculator(analyzer.library()).compute(d).totalW());
        }
        return d;
    }

    /**
     * Re-validates a design the model returned: the analyzer must pass it (its errors include LW-LINK-BER), every study
     * constraint must hold on the analyzer's values, and each objective must match the model within rounding.
     */
    ParetoPoint validate(int index, int[] factorValues, double[] modelValues) {
        int[] choice = sm.choice(factorValues);
        String id = base.getId() + "-pareto-" + index;
        TransceiverDesign d = materialise(choice, id);
        DesignAnalysis a = analyzer.analyze(d);
        DesignMeasures.Measured m = new DesignMeasures(sm.layout, true).measure(d, a);
        List<String> disagreements = new ArrayList<>();
        a.errors().forEach(e -> disagreements.add("analyzer: " + e.getMessage()));
        CompatibilityRules.problems(d).forEach(p -> disagreements.add("compatibility: " + p));
        for (Limit limit : limits) {
            if (limit.boundQuantity() >= 0) {
                continue; // the MSA class: checked by the analyzer's verdict
            }
            for (int q : allLanesOrSame(limit.quantities())) {
                double v = m.actual()[q];
                if (limit.upper() ? v > limit.bound() + 1e-9 : v < limit.bound() - 1e-9) {
                    disagreements.add(String.format(Locale.ROOT, "%s violated: %s = %.6f", limit.name(), sm.layout.name(q), v));
                }
            }
        }
        double[] values = new double[objectives.size()];
        for (int k = 0; k < objectives.size(); k++) {
            StudyObjective o = objectives.get(k);
            values[k] = display(o, m.actual());
            double tolerance = sm.tolerance(quantities(o)[0]) * (o.metric() == Metric.ENERGY_PJ_PER_BIT ? 1000 / sm.nominalGbps : 1);
            if (!(Math.abs(values[k] - modelValues[k]) <= tolerance)) {
                disagreements.add(String.format(Locale.ROOT, "%s: analyzer %.6f, solver model %.6f (tolerance %.6f)", o.label(), values[k],
                        modelValues[k], tolerance));
            }
        }
        if (!disagreements.isEmpty()) {
            throw new SolverDisagreementException("Pareto point " + index + " " + choices(choice) + " of study " + study.getId()
                    + ": the analysis bundle disagrees with the solver: " + String.join("; ", disagreements));
        }
        return new ParetoPoint(index, choices(choice), values, modelValues, d, a);
    }

    /** A limit stated on lane representatives applies to every lane of the materialised design. */
    private int[] allLanesOrSame(int[] quantities) {
        QuantityLayout l = sm.layout;
        List<Integer> out = new ArrayList<>();
        for (int q : quantities) {
            if (l.isLane(q)) {
                for (int i = 0; i < l.lanes; i++) {
                    if (!out.contains(l.laneQuantity(l.kindOf(q), i))) {
                        out.add(l.laneQuantity(l.kindOf(q), i));
                    }
                }
            } else {
                out.add(q);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
