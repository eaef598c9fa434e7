package dev.lightwork.solver.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.loop.monitors.IMonitorSolution;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.util.criteria.Criterion;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.Infeasibility;
import dev.lightwork.solver.Optimum;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.SolverDisagreementException;
import dev.lightwork.solver.StudyInputException;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;

/**
 * Solves the trade studies of a design exactly: the Pareto front over the study's objectives under the
 * validators' rules and the study's constraints, the single-objective optimum with its sensitivity to each
 * variable, and, when nothing is feasible, which constraint is to blame. Every returned design is materialised
 * and re-validated by the {@link DesignAnalyzer}; a disagreement throws {@link SolverDisagreementException}.
 * Stateless apart from the analyzer: one instance serves many studies.
 */
public final class TradeStudySolver {

    private final DesignAnalyzer analyzer;

    public TradeStudySolver(DesignAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The study named {@code name} (id or name), or with {@code name} null the design's only study. */
    public static TradeStudy study(TransceiverDesign design, String name) {
        if (name == null) {
            // no name: the design's only study, as a user with one study expects
            if (design.getTradeStudies().size() == 1) {
                return design.getTradeStudies().get(0);
            }
            throw new StudyInputException("design " + design.getId() + (design.getTradeStudies().isEmpty() ? " has no trade study"
                    : " has several trade studies, name one with --study: " + design.getTradeStudies().stream().map(s -> s.getId()).collect(Collectors.toList())));
        }
        return design.getTradeStudies().stream().filter(s -> name.equals(s.getId()) || name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new StudyInputException("design " + design.getId() + " has no trade study '" + name + "'; it has "
                        + design.getTradeStudies().stream().map(s -> s.getId()).collect(Collectors.toList())));
    }

    /** The Pareto front with the study's own time limit ({@code timeLimitS}, default 10 s). */
    public StudyResult explore(TransceiverDesign design, TradeStudy study, ProgressMonitor monitor) {
        double limit = study.getTimeLimitS() == null ? 10.0 : study.getTimeLimitS();
        return explore(design, study, limit, monitor);
    }

    /**
     * The exact Pareto front, or the front found so far (marked partial) when the time limit passes or the monitor
     * cancels. The time limit covers the search; measuring the options and re-validating the front come on top.
     */
    public StudyResult explore(TransceiverDesign design, TradeStudy study, double timeLimitS, ProgressMonitor monitor) {
        PreparedStudy p = new PreparedStudy(analyzer, design, study, monitor);
        return explore(p, timeLimitS, monitor);
    }

    StudyResult explore(PreparedStudy p, double timeLimitS, ProgressMonitor monitor) {
        List<String> notes = new ArrayList<>(p.notes);
        notes.add(String.format(Locale.ROOT, "objective resolution: power %.0e W, cost %.2f USD, dB %.0e, temperature %.0e C; "
                + "designs closer than that in every objective count as one point", 1 / QuantityLayout.POWER_SCALE, 1 / QuantityLayout.COST_SCALE,
                1 / QuantityLayout.DB_SCALE, 1 / QuantityLayout.TEMPERATURE_SCALE));
        ChocoStudy cs;
        try {
            cs = new ChocoStudy(p.sm);
        } catch (ChocoStudy.EmptyFactorException e) {
            return infeasible(p, notes, emptyFactor(p, e.factor), 0, 0);
        }
        p.limits.forEach(cs::post);
        IntVar[] objectives = objectiveVars(p, cs);
        Solver solver = cs.model.getSolver();
        solver.setSearch(Search.domOverWDegSearch(cs.z));
        Stop stop = new Stop(timeLimitS, monitor);
        monitor.beginTask("Searching the Pareto front of " + p.sm.combinations() + " combinations", -1);
        int[] found = {0};
        solver.plugMonitor((IMonitorSolution) () -> {
            found[0]++;
            monitor.worked(1);
            monitor.subTask(found[0] + " improving designs found");
        });
        long t0 = System.nanoTime();
        List<Solution> solutions = solver.findParetoFront(objectives, Model.MAXIMIZE, stop);
        double solveSeconds = (System.nanoTime() - t0) / 1e9;
        String reason = stop.reason();
        List<int[]> points = new ArrayList<>();
        for (Solution s : solutions) {
            points.add(Arrays.stream(cs.z).mapToInt(s::getIntVal).toArray());
        }
        if (points.isEmpty() && reason == null) {
            return infeasible(p, notes, explain(p, timeLimitS), solver.getNodeCount(), solveSeconds);
        }
        return front(p, points, reason, solver.getNodeCount(), solveSeconds, notes, monitor);
    }

    private StudyResult infeasible(PreparedStudy p, List<String> notes, Infeasibility why, long nodes, double solveSeconds) {
        return new StudyResult(p.study.getId(), p.variables, p.objectives, List.of(), false, null, p.sm.combinations(), nodes, p.measureSeconds,
                solveSeconds, 0, notes, why);
    }

    /** Materialises and re-validates every point, sorted by the first objective. */
    StudyResult front(PreparedStudy p, List<int[]> factorValues, String reason, long nodes, double solveSeconds, List<String> notes,
            ProgressMonitor monitor) {
        long t0 = System.nanoTime();
        List<long[]> units = factorValues.stream()
                .map(v -> p.objectives.stream().mapToLong(o -> p.units(o, v)).toArray()).toList();
        Integer[] order = IntStream.range(0, factorValues.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> units.get(i)[0] * (p.objectives.get(0).maximise() ? -1 : 1))
                .thenComparing(i -> Arrays.toString(units.get(i))));
        monitor.beginTask("Re-validating " + order.length + " designs with the analyzer", order.length);
        List<ParetoPoint> front = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double[] model = new double[p.objectives.size()];
            for (int o = 0; o < model.length; o++) {
                model[o] = p.display(p.objectives.get(o), units.get(i)[o]);
            }
            front.add(p.validate(k, factorValues.get(i), model));
            monitor.worked(1);
        }
        double validateSeconds = (System.nanoTime() - t0) / 1e9;
        return new StudyResult(p.study.getId(), p.variables, p.objectives, List.copyOf(front), reason != null, reason, p.sm.combinations(), nodes,
                p.measureSeconds, solveSeconds, validateSeconds, notes, null);
    }

    private static IntVar[] objectiveVars(PreparedStudy p, ChocoStudy cs) {
        IntVar[] vars = new IntVar[p.objectives.size()];
        for (int k = 0; k < vars.length; k++) {
            StudyObjective o = p.objectives.get(k);
            IntVar v = cs.extreme(p.quantities(o), ChocoStudy.Rounding.ROUND, p.minimumOf(o));
            vars[k] = o.maximise() ? v : cs.model.intMinusView(v);
        }
        return vars;
    }

    /**
     * The single-objective optimum under the study's constraints, and its sensitivity: the optimum re-solved
     * with each option of each variable forced.
     */
    public Optimum optimise(TransceiverDesign design, TradeStudy study, StudyObjective objective, double timeLimitS, ProgressMonitor monitor) {
        PreparedStudy p = new PreparedStudy(analyzer, design, study, monitor);
        if (!p.objectives.contains(objective)) {
            p.objectives.clear();
            p.objectives.add(objective);
        } else {
            p.objectives.removeIf(o -> !o.equals(objective));
        }
        Stop stop = new Stop(timeLimitS, monitor);
        Best best = best(p, objective, null, -1, stop);
        if (best == null) {
            if (stop.reason() != null) {
                throw new StudyInputException("no feasible design found within " + timeLimitS + " s (" + stop.reason() + ")");
            }
            Infeasibility why = explain(p, timeLimitS);
            throw new StudyInputException(why.message());
        }
        ParetoPoint point = p.validate(0, best.factorValues, new double[] {p.display(objective, best.units)});
        List<Optimum.Sensitivity> sensitivity = new ArrayList<>();
        int[] choice = p.sm.choice(best.factorValues);
        monitor.beginTask("Sensitivity of the optimum", p.variables.stream().mapToInt(StudyVariable::size).sum());
        for (int i = 0; i < p.variables.size(); i++) {
            StudyVariable v = p.variables.get(i);
            for (int o = 0; o < v.size(); o++) {
                double value;
                if (o == choice[i]) {
                    value = point.modelValues()[0];
                } else {
                    Best forced = best(p, objective, v, o, stop);
                    value = forced == null ? Double.NaN : p.display(objective, forced.units);
                }
                sensitivity.add(new Optimum.Sensitivity(v.name(), v.option(o), value, value - point.modelValues()[0], o == choice[i]));
                monitor.worked(1);
            }
        }
        return new Optimum(objective, point, stop.reason() == null, List.copyOf(sensitivity));
    }

    private record Best(int[] factorValues, long units) {
    }

    /** Optimum of one objective, optionally with variable {@code forced} fixed to option {@code option}. */
    private Best best(PreparedStudy p, StudyObjective objective, StudyVariable forced, int option, Stop stop) {
        ChocoStudy cs;
        try {
            cs = new ChocoStudy(p.sm);
        } catch (ChocoStudy.EmptyFactorException e) {
            return null;
        }
        p.limits.forEach(cs::post);
        if (forced != null) {
            int var = p.variables.indexOf(forced);
            for (int f = 0; f < p.sm.factors.size(); f++) {
                SeparableModel.Factor fa = p.sm.factors.get(f);
                for (int k = 0; k < fa.variables.length; k++) {
                    if (fa.variables[k] == var) {
                        int kk = k;
                        int[] with = Arrays.stream(fa.allowed()).filter(v -> fa.option(v, kk) == option).toArray();
                        if (with.length == 0) {
                            return null;
                        }
                        cs.model.member(cs.z[f], with).post();
                    }
                }
            }
        }
        IntVar v = cs.extreme(p.quantities(objective), ChocoStudy.Rounding.ROUND, p.minimumOf(objective));
        Solver solver = cs.model.getSolver();
        solver.setSearch(Search.domOverWDegSearch(cs.z));
        Solution s = solver.findOptimalSolution(v, objective.maximise(), stop);
        return s == null ? null : new Best(Arrays.stream(cs.z).mapToInt(s::getIntVal).toArray(), s.getIntVal(v));
    }

    private static Infeasibility emptyFactor(PreparedStudy p, int factor) {
        SeparableModel.Factor f = p.sm.factors.get(factor);
        String names = Arrays.stream(f.variables).mapToObj(i -> p.variables.get(i).name()).collect(Collectors.joining(" and "));
        List<String> reasons = Arrays.stream(f.excluded).toList();
        return new Infeasibility("buildable " + names, Double.NaN, Double.NaN, "", "no design satisfies the study: no option of " + names
                + " can be built into the base design (" + reasons.get(0) + (reasons.size() > 1 ? "; and " + (reasons.size() - 1) + " more" : "")
                + ")", reasons);
    }

    /**
     * Names the tightest constraint: first the limits no design meets even alone, i.e. with only the validators'
     * rules (the one missed by the largest share of its bound); otherwise the limit that, relaxed to the best value reachable under all the others,
     * restores feasibility with the smallest change.
     */
    Infeasibility explain(PreparedStudy p, double timeLimitS) {
        for (int f = 0; f < p.sm.factors.size(); f++) {
            if (p.sm.factors.get(f).allowed().length == 0) {
                return emptyFactor(p, f);
            }
        }
        List<String> details = new ArrayList<>();
        Infeasibility tightest = null;
        double worst = -1;
        for (Limit l : p.limits) {
            List<Limit> rules = p.limits.stream().filter(o -> o != l && o.rule()).toList();
            Double best = bestSlack(p, l, rules, timeLimitS);
            if (best == null && !l.rule()) {
                continue;
            }
            if (best == null) {
                best = bestSlack(p, l, List.of(), timeLimitS);
                if (best == null) {
                    continue;
                }
            }
            double bound = l.boundQuantity() >= 0 ? 0 : l.bound();
            double shortfall = l.upper() ? best - bound : bound - best;
            if (shortfall > 0) {
                String text = describe(l, best, l.rule() ? "alone" : "valid designs");
                details.add(text);
                double relative = shortfall / Math.max(Math.abs(bound), 1.0);
                if (relative > worst) {
                    worst = relative;
                    tightest = new Infeasibility(l.name(), best, bound, l.unit(), "no design satisfies " + l.name() + ": " + text, details);
                }
            }
        }
        if (tightest != null) {
            return new Infeasibility(tightest.constraint(), tightest.bestAchievable(), tightest.bound(), tightest.unit(), tightest.message(),
                    List.copyOf(details));
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (Limit l : p.limits) {
            List<Limit> others = p.limits.stream().filter(o -> o != l).toList();
            Double best = bestSlack(p, l, others, timeLimitS);
            if (best == null) {
                details.add(l.name() + ": the other constraints are infeasible without it too");
                continue;
            }
            double bound = l.boundQuantity() >= 0 ? 0 : l.bound();
            double shortfall = Math.abs(best - bound);
            String text = describe(l, best, "with the other constraints");
            details.add(text);
            double relative = shortfall / Math.max(Math.abs(bound), 1.0);
            if (relative < smallest) {
                smallest = relative;
                tightest = new Infeasibility(l.name(), best, bound, l.unit(), "no design satisfies " + l.name()
                        + " together with the other constraints: " + text, details);
            }
        }
        if (tightest == null) {
            return new Infeasibility("several constraints", Double.NaN, Double.NaN, "", "no design satisfies the study's constraints together, "
                    + "and no single constraint is to blame: " + String.join("; ", details), List.copyOf(details));
        }
        return new Infeasibility(tightest.constraint(), tightest.bestAchievable(), tightest.bound(), tightest.unit(), tightest.message(),
                List.copyOf(details));
    }

    private static String describe(Limit l, double best, String context) {
        if (l.boundQuantity() >= 0) {
            return String.format(Locale.ROOT, "the best design (%s) is %.3f %s over its class limit", context, best, l.unit());
        }
        return String.format(Locale.ROOT, "the best any design reaches (%s) is %.4f %s", context, best, l.unit());
    }

    /** Best value of a limit's slack over the space with only {@code others} posted; null when they are infeasible. */
    private static Double bestSlack(PreparedStudy p, Limit l, List<Limit> others, double timeLimitS) {
        ChocoStudy cs = new ChocoStudy(p.sm);
        others.forEach(cs::post);
        IntVar v = cs.slack(l);
        Solver solver = cs.model.getSolver();
        solver.setSearch(Search.domOverWDegSearch(cs.z));
        Solution s = solver.findOptimalSolution(v, !l.upper(), new Stop(timeLimitS, ProgressMonitor.NONE));
        if (s == null) {
            return null;
        }
        int q = l.quantities()[0];
        return s.getIntVal(v) / p.sm.layout.scale(q);
    }

    /** Stop criterion: the deadline or the monitor's cancel; remembers which one fired. */
    static final class Stop implements Criterion {
        private final long deadline;
        private final ProgressMonitor monitor;
        private final AtomicReference<String> reason = new AtomicReference<>();

        Stop(double seconds, ProgressMonitor monitor) {
            this.deadline = System.nanoTime() + (long) (seconds * 1e9);
            this.monitor = monitor;
        }

        @Override
        public boolean isMet() {
            if (monitor.isCanceled()) {
                reason.compareAndSet(null, "cancelled");
                return true;
            }
            if (System.nanoTime() > deadline) {
                reason.compareAndSet(null, "time limit");
                return true;
            }
            return false;
        }

        String reason() {
            return reason.get();
        }
    }
}
