package dev.lightwork.yield;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.YieldStudy;

/**
 * Yield and cost per good module of the designs of a trade study's exact Pareto front, by Monte Carlo: a re-ranking of
 * the front, not an objective of the solver. The solver's model is deterministic and exact (integer sums of measured
 * contributions); a yield is a probability over tolerances with no such form, so it cannot be a constraint there
 * without an approximation. Each front design is compiled and sampled like {@code lightwork yield} (same engine, same
 * seed for every point: common random numbers, so differences between points are not sampling noise of independent
 * runs); the points are then ranked by cost per good module. What this cannot do: find a design off the front whose
 * higher yield would beat the front on cost per good module.
 */
public final class FrontYield {

    /** How the numbers were made, for the JSON and the README. */
    public static final String METHOD = "Monte Carlo re-ranking of the exact front: each point's yield by the yield engine (same seed for every point), "
            + "ranked by cost per good module = (BOM + assembly/test) / yield; not a solver objective";

    /**
     * One front design's yield: {@code rank} 1 = lowest cost per good module (ties and unknown costs last); {@code error}
     * says why a point has no yield (its tolerances do not fit the varied design), else null.
     */
    public record PointYield(String designId, double yield, double[] ci95, double costPerGoodModuleUsd, Boolean meetsMinYield, int rank,
            String error) {
    }

    private FrontYield() {
    }

    /** The yield of each design (in order), {@code samples} Monte Carlo modules each; {@code minYield} null: the design's study. */
    public static List<PointYield> of(List<TransceiverDesign> designs, DesignAnalyzer analyzer, ToleranceDefaults defaults, Path baseDir, int samples,
            long seed, int threads, Double minYield, YieldEngine.Monitor monitor) {
        List<PointYield> out = new ArrayList<>();
        for (TransceiverDesign d : designs) {
            if (monitor.isCancelled()) {
                throw new java.util.concurrent.CancellationException("yield of the front cancelled");
            }
            try {
                CompiledModule m = CompiledModule.compile(d, analyzer, defaults, baseDir);
                YieldResult r = YieldEngine.run(m, new YieldEngine.Settings(samples, seed, SamplingMethod.MONTE_CARLO, threads), monitor);
                YieldStudy study = d.getYieldStudy();
                Double min = minYield != null ? minYield : study == null ? null : study.getMinYield();
                out.add(new PointYield(d.getId(), r.yield(), r.ci95(), r.cost().costPerGoodModuleUsd(), min == null ? null : r.yield() >= min, 0, null));
            } catch (YieldInputException e) {
                out.add(new PointYield(d.getId(), Double.NaN, new double[] {Double.NaN, Double.NaN}, Double.NaN, null, 0, e.getMessage()));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> {
            double c = out.get(i).costPerGoodModuleUsd();
            return Double.isFinite(c) ? c : Double.POSITIVE_INFINITY;
        }).thenComparing(i -> i));
        PointYield[] ranked = new PointYield[out.size()];
        for (int r = 0; r < order.size(); r++) {
            PointYield p = out.get(order.get(r));
            ranked[order.get(r)] = new PointYield(p.designId(), p.yield(), p.ci95(), p.costPerGoodModuleUsd(), p.meetsMinYield(), r + 1, p.error());
        }
        return List.of(ranked);
    }
}
