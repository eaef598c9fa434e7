package dev.lightwork.yield;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.TransceiverDesign;

/**
 * The slow reference path: a sample is applied by editing a copy of the model and running the full
 * {@link DesignAnalyzer}. Used to check the compiled path (same draws, same verdict) and as the benchmark baseline; not
 * for production runs.
 */
public final class ModelSampling {

    private final CompiledModule module;
    private final DesignAnalyzer analyzer;
    private final TransceiverDesign copy;
    private final Map<String, EObject> byId = new HashMap<>();

    public ModelSampling(CompiledModule module, DesignAnalyzer analyzer) {
        this.module = module;
        this.analyzer = analyzer;
        this.copy = EcoreUtil.copy(module.design);
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof NamedElement e && e.getId() != null) {
                byId.put(e.getId(), e);
            }
        });
    }

    /** The edited copy (holds the last sample's values at the last corner). */
    public TransceiverDesign design() {
        return copy;
    }

    /** Whether the module with draws u passes every check at every corner, by the analyzer on the edited model. */
    public boolean passes(double[] u) {
        for (int d = 0; d < module.dimensions.length; d++) {
            for (CompiledModule.Binding b : module.dimensions[d].bindings()) {
                EObject e = byId.get(b.element());
                EStructuralFeature f = e.eClass().getEStructuralFeature(b.attribute());
                e.eSet(f, b.quantile().at(u[d]));
            }
        }
        boolean pass = true;
        for (CompiledModule.Corner corner : module.corners) { // every corner, as the compiled path does
            if (!Double.isNaN(corner.caseTemperatureC())) {
                copy.setCaseTemperatureMaxC(corner.caseTemperatureC());
                for (ThermalNode n : copy.getThermalNetwork().getNodes()) {
                    if (n.isBoundary() && n.getKind() == ThermalNodeKind.CASE) {
                        n.setTemperatureC(corner.caseTemperatureC());
                    }
                }
            }
            pass &= analyzer.analyze(copy).verdict() == DesignAnalysis.Verdict.PASS;
        }
        return pass;
    }

    /** The yield of samples 0..n-1 of the Monte Carlo stream of {@code seed} (the same draws as the engine's MC run). */
    public double yield(int n, long seed) {
        double[] u = new double[module.drawCount()];
        int pass = 0;
        for (int i = 0; i < n; i++) {
            YieldEngine.monteCarloDraws(seed, i, u);
            pass += passes(u) ? 1 : 0;
        }
        return (double) pass / n;
    }
}
