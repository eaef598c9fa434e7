package dev.lightwork.solver.engine;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathRuntimeException;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.model.Component;
import dev.lightwork.model.Metric;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.StudyInputException;

/**
 * Goal seek: the value of one attribute (on every part of a slot) at which a metric reaches a target, e.g. the
 * laser output power that gives 1 dB worst-lane margin. Each trial is a full analysis of a copy of the design;
 * Brent's method (Hipparchus) finds the root inside the bracket the caller gives.
 */
public final class GoalSeek {

    /** The attribute value found, the metric there, and the design and its analysis at that value. */
    public record Result(String attribute, double value, Metric metric, double achieved, TransceiverDesign design, DesignAnalysis analysis,
            int evaluations) {
    }

    private static final int MAX_EVALUATIONS = 200;

    private final DesignAnalyzer analyzer;

    public GoalSeek(DesignAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param attributePath "slot.attribute": a part kind or component id, and a numeric attribute, e.g. "LASER.outputPowerDbm"
     * @param accuracy absolute accuracy of the attribute value
     */
    public Result seek(TransceiverDesign design, String attributePath, Metric metric, double target, double low, double high, double accuracy) {
        int dot = attributePath == null ? -1 : attributePath.lastIndexOf('.');
        if (dot <= 0) {
            throw new StudyInputException("goal seek attribute '" + attributePath + "' must be <slot>.<attribute>, e.g. LASER.outputPowerDbm");
        }
        String slot = attributePath.substring(0, dot);
        String feature = attributePath.substring(dot + 1);
        List<Component> parts = DesignMaterialiser.slotComponents(design, slot);
        if (parts.isEmpty()) {
            throw new StudyInputException("goal seek: design " + design.getId() + " has no part in slot " + slot);
        }
        EStructuralFeature f = parts.get(0).eClass().getEStructuralFeature(feature);
        if (f == null || f.getEType().getInstanceClass() != Double.class) {
            throw new StudyInputException("goal seek: " + parts.get(0).eClass().getName() + " has no numeric attribute '" + feature + "'");
        }
        if (!(low < high)) {
            throw new StudyInputException("goal seek: the bracket [" + low + ", " + high + "] is empty");
        }
        int[] evaluations = {0};
        double fLow = evaluate(design, slot, f, low, metric, evaluations) - target;
        double fHigh = evaluate(design, slot, f, high, metric, evaluations) - target;
        if (Double.isNaN(fLow) || Double.isNaN(fHigh) || Math.signum(fLow) == Math.signum(fHigh) && fLow != 0 && fHigh != 0) {
            throw new StudyInputException(String.format(Locale.ROOT,
                    "goal seek: no %s in [%g, %g] gives %s = %g: it ranges from %g to %g there", attributePath, low, high, metric, target,
                    fLow + target, fHigh + target));
        }
        double value;
        try {
            value = new BrentSolver(accuracy).solve(MAX_EVALUATIONS, x -> evaluate(design, slot, f, x, metric, evaluations) - target, low, high);
        } catch (MathRuntimeException e) {
            throw new StudyInputException("goal seek on " + attributePath + " did not converge: " + e.getMessage());
        }
        TransceiverDesign d = with(design, slot, f, value);
        DesignAnalysis a = analyzer.analyze(d);
        return new Result(attributePath, value, metric, metric(a, metric), d, a, evaluations[0]);
    }

    private double evaluate(TransceiverDesign design, String slot, EStructuralFeature f, double x, Metric metric, int[] evaluations) {
        evaluations[0]++;
        return metric(analyzer.analyze(with(design, slot, f, x)), metric);
    }

    private static TransceiverDesign with(TransceiverDesign design, String slot, EStructuralFeature f, double x) {
        TransceiverDesign d = EcoreUtil.copy(design);
        for (Component c : DesignMaterialiser.slotComponents(d, slot)) {
            c.eSet(f, x);
        }
        return d;
    }

    /** A metric read off an analysis (NaN when the analysis cannot give it). */
    public static double metric(DesignAnalysis a, Metric metric) {
        return switch (metric) {
            case WORST_MARGIN_DB -> a.worstLane().map(b -> b.marginDb()).orElse(Double.NaN);
            case MODULE_POWER_W -> a.power().totalW();
            case ENERGY_PJ_PER_BIT -> a.power().pJPerBit();
            case COST_USD -> DesignMeasures.cost(a.design(), null);
            case MAX_JUNCTION_TEMPERATURE_C -> a.design().getThermalNetwork() == null ? Double.NaN
                    : a.design().getThermalNetwork().getNodes().stream().filter(n -> n.getKind() == ThermalNodeKind.JUNCTION)
                            .map(ThermalNode::getId).mapToDouble(id -> a.thermal().temperatureC().getOrDefault(id, Double.NaN)).max()
                            .orElse(Double.NaN);
            case POST_FEC_BER -> a.linkBudgets().values().stream().mapToDouble(b -> b.postFecBer()).max().orElse(Double.NaN);
            case ATTRIBUTE -> throw new StudyInputException("goal seek cannot target ATTRIBUTE; name a computed metric");
        };
    }
}
