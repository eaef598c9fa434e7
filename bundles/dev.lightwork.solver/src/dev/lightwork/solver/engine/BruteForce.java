package dev.lightwork.solver.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.DesignConstraint;
import dev.lightwork.model.Metric;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyVariable;

/**
 * The reference the solver is checked against: materialise every combination of a study, analyse it with the
 * {@link DesignAnalyzer}, keep the feasible ones (analyzer verdict PASS, compatible parts, post-FEC BER target,
 * study constraints) and filter the non-dominated objective vectors. Independent of the solver's separable
 * model; exponential, so for small spaces, tests and benchmarks only.
 */
public final class BruteForce {

    /** A non-dominated design: its choices and objective values (display units, rounded to the solver's resolution). */
    public record Enumerated(Map<String, String> choices, double[] values) {
    }

    private final DesignAnalyzer analyzer;
    private final AtomicLong evaluated = new AtomicLong();
    private final AtomicLong feasible = new AtomicLong();

    public BruteForce(DesignAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public long evaluated() {
        return evaluated.get();
    }

    public long feasible() {
        return feasible.get();
    }

    /** The Pareto front of {@code study} by full enumeration (in parallel over the available cores). */
    public List<Enumerated> front(TransceiverDesign base, TradeStudy study) {
        List<StudyVariable> vars = new ArrayList<>();
        for (int i = 0; i < study.getVariables().size(); i++) {
            vars.add(StudyVariable.of(study.getVariables().get(i), i));
        }
        List<StudyObjective> objectives = study.getObjectives().stream()
                .map(o -> new StudyObjective(o.getMetric(), o.getSense(), o.getAttribute())).toList();
        long total = vars.stream().mapToLong(StudyVariable::size).reduce(1, Math::multiplyExact);
        DesignMaterialiser materialiser = new DesignMaterialiser(analyzer.library());
        PowerBudgetCalculator power = new PowerBudgetCalculator(analyzer.library());
        boolean fitClass = vars.stream().anyMatch(v -> v.kind() == dev.lightwork.model.VariableKind.FORM_FACTOR);
        return LongStream.range(0, total).parallel().collect(Archive::new, (archive, index) -> {
            int[] choice = decode(vars, index);
            TransceiverDesign d = materialiser.materialise(base, vars, choice);
            evaluated.incrementAndGet();
            // incompatible parts are infeasible whatever the analysis says: skip analysing them
            if (!CompatibilityRules.problems(d).isEmpty()) {
                return;
            }
            if (fitClass) {
                materialiser.fitPowerClass(d, power.compute(d).totalW());
            }
            DesignAnalysis a = analyzer.analyze(d);
            if (!feasible(a, d, study)) {
                return;
            }
            feasible.incrementAndGet();
            double[] values = new double[objectives.size()];
            double[] oriented = new double[objectives.size()];
            for (int k = 0; k < values.length; k++) {
                StudyObjective o = objectives.get(k);
                values[k] = round(o, value(a, d, o.metric(), o.attribute()));
                oriented[k] = o.maximise() ? values[k] : -values[k];
            }
            archive.offer(new Candidate(choice, values, oriented));
        }, Archive::merge).points.stream().map(c -> new Enumerated(choices(vars, c.choice), c.values)).toList();
    }

    private static boolean feasible(DesignAnalysis a, TransceiverDesign d, TradeStudy study) {
        // the analyzer's errors include LW-LINK-BER against the design's post-FEC target
        if (!a.errors().isEmpty() || !CompatibilityRules.problems(d).isEmpty()) {
            return false;
        }
        for (DesignConstraint c : study.getConstraints()) {
            double v = c.getMetric() == Metric.POST_FEC_BER
                    ? a.linkBudgets().values().stream().mapToDouble(LinkBudget::postFecBer).max().orElse(Double.NaN)
                    : value(a, d, c.getMetric(), c.getAttribute());
            if (c.getOperator() == ConstraintOperator.LE ? !(v <= c.getBound()) : !(v >= c.getBound())) {
                return false;
            }
        }
        return true;
    }

    private static double value(DesignAnalysis a, TransceiverDesign d, Metric metric, String attribute) {
        return metric == Metric.ATTRIBUTE ? DesignMeasures.attribute(d, attribute, new ArrayList<>()) : GoalSeek.metric(a, metric);
    }

    /** Values on the solver's grid, so designs equal within the resolution count as one point as they do there. */
    private static double round(StudyObjective o, double v) {
        double scale = switch (o.metric()) {
            case MODULE_POWER_W -> QuantityLayout.POWER_SCALE;
            case COST_USD -> QuantityLayout.COST_SCALE;
            case MAX_JUNCTION_TEMPERATURE_C -> QuantityLayout.TEMPERATURE_SCALE;
            case WORST_MARGIN_DB -> QuantityLayout.DB_SCALE;
            default -> 1e6;
        };
        return Math.round(v * scale) / scale;
    }

    static int[] decode(List<StudyVariable> vars, long index) {
        int[] choice = new int[vars.size()];
        for (int i = vars.size() - 1; i >= 0; i--) {
            choice[i] = (int) (index % vars.get(i).size());
            index /= vars.get(i).size();
        }
        return choice;
    }

    private static Map<String, String> choices(List<StudyVariable> vars, int[] choice) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            m.put(vars.get(i).name(), vars.get(i).option(choice[i]));
        }
        return m;
    }

    private record Candidate(int[] choice, double[] values, double[] oriented) {
    }

    /** Non-dominated archive (maximising the oriented values); equal vectors keep the first design. */
    private static final class Archive {
        final List<Candidate> points = new ArrayList<>();

        void offer(Candidate c) {
            for (Candidate p : points) {
                if (dominatesOrEquals(p.oriented, c.oriented)) {
                    return;
                }
            }
            points.removeIf(p -> dominatesOrEquals(c.oriented, p.oriented));
            points.add(c);
        }

        void merge(Archive other) {
            other.points.forEach(this::offer);
        }

        private static boolean dominatesOrEquals(double[] a, double[] b) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] < b[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
