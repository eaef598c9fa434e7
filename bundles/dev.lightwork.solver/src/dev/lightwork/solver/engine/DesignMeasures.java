package dev.lightwork.solver.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.StudyInputException;

/**
 * Reads the quantities of {@link QuantityLayout} off an analysed design: every number comes from the analysis
 * bundle's results (LinkBudget, PowerBudget, ThermalSolution) or from the model (cost, named attributes).
 */
final class DesignMeasures {

    /**
     * The measured vector ({@code actual}: the analyzer's values) and what made it incomplete (then the design cannot
     * be part of the space). {@code values} is the separable part: {@code actual} less the laser's temperature derating
     * on the lanes whose laser sits on a solved thermal node ({@code laserNode[lane]} >= 0, an index into the layout's
     * nodes; -1 otherwise), with {@code coefficient[lane]} the laser's dB/K.
     */
    record Measured(double[] values, double[] actual, int[] laserNode, double[] coefficient, double[] nodeLimit, List<String> problems) {
    }

    private final QuantityLayout layout;
    private final boolean needCost;

    DesignMeasures(QuantityLayout layout, boolean needCost) {
        this.layout = layout;
        this.needCost = needCost;
    }

    Measured measure(TransceiverDesign d, DesignAnalysis a) {
        List<String> problems = new ArrayList<>();
        double[] v = new double[layout.size()];
        Arrays.fill(v, Double.NaN);
        int[] laserNode = new int[layout.lanes];
        Arrays.fill(laserNode, -1);
        double[] coefficient = new double[layout.lanes];
        PowerBudget pb = a.power();
        problems.addAll(pb.problems());
        v[QuantityLayout.POWER] = pb.totalW();
        v[QuantityLayout.POWER_LIMIT] = Double.isNaN(pb.msaClassLimitW()) ? QuantityLayout.NO_POWER_LIMIT_W : pb.msaClassLimitW();
        v[QuantityLayout.COST] = cost(d, needCost ? problems : null);
        if (d.getLanes().size() != layout.lanes) {
            problems.add("design " + d.getId() + " has " + d.getLanes().size() + " lanes, the study's base has " + layout.lanes);
            return new Measured(v, v.clone(), laserNode, coefficient, new double[layout.nodes.size()], problems);
        }
        double[] derating = new double[layout.lanes];
        int i = 0;
        for (Lane lane : d.getLanes()) {
            LinkBudget b = a.linkBudget(lane);
            problems.addAll(b.problems());
            Laser laser = lane.getLaser();
            if (laser != null && laser.getThermalNode() != null) {
                laserNode[i] = layout.nodes.indexOf(laser.getThermalNode().getId());
            }
            coefficient[i] = laser == null || laser.getPowerTemperatureCoefficientDbPerK() == null ? 0 : laser.getPowerTemperatureCoefficientDbPerK();
            derating[i] = laserNode[i] >= 0 ? b.temperatureDeratingDb() : 0;
            v[layout.margin(i)] = b.marginDb();
            for (int k = 0; k < layout.checks.size(); k++) {
                QuantityLayout.LaneCheck c = layout.checks.get(k);
                v[layout.check(k, i)] = b.pmdChecks().stream().filter(p -> p.parameter().equals(c.parameter())).mapToDouble(PmdCheck::value)
                        .findFirst().orElse(c.upper() ? c.limit() - QuantityLayout.ABSENT_CHECK_DISTANCE : c.limit() + QuantityLayout.ABSENT_CHECK_DISTANCE);
            }
            i++;
        }
        ThermalSolution ts = a.thermal();
        problems.addAll(ts.problems());
        double[] nodeLimit = new double[layout.nodes.size()];
        for (int n = 0; n < layout.nodes.size(); n++) {
            Double t = ts.temperatureC().get(layout.nodes.get(n));
            v[layout.temperature(n)] = t == null ? Double.NaN : t;
            Double limit = ts.limitC().get(layout.nodes.get(n));
            nodeLimit[n] = limit == null ? Double.NaN : limit;
        }
        for (int k = 0; k < layout.attributes.size(); k++) {
            v[layout.attribute(k)] = attribute(d, layout.attributes.get(k), problems);
        }
        problems.addAll(CompatibilityRules.problems(d));
        double[] separable = v.clone();
        for (int q = 0; q < v.length; q++) {
            if (layout.derated(q)) {
                separable[q] -= derating[layout.laneOf(q)];
            }
        }
        return new Measured(separable, v, laserNode, coefficient, nodeLimit, problems);
    }

    /** Bill of materials: the sum of every component's costUsd; a part without one makes the cost unknown. */
    static double cost(TransceiverDesign d, List<String> problems) {
        double sum = 0;
        for (Component c : d.getComponents()) {
            if (c.getCostUsd() == null || !Double.isFinite(c.getCostUsd())) {
                if (problems != null) {
                    problems.add(c.getId() + ".costUsd is not given (needed for the cost metric)");
                }
                return Double.NaN;
            }
            sum += c.getCostUsd();
        }
        return sum;
    }

    /**
     * A named attribute "slot.feature": the numeric feature of the part(s) in the slot (a part kind or a
     * component id); with several parts, the first in the design (a kind-wide choice makes them equal).
     */
    static double attribute(TransceiverDesign d, String path, List<String> problems) {
        int dot = path == null ? -1 : path.lastIndexOf('.');
        if (dot <= 0 || dot == path.length() - 1) {
            throw new StudyInputException("attribute '" + path + "' must be <slot>.<attribute>, e.g. TIA.bandwidthGhz or las0.outputPowerDbm");
        }
        String slot = path.substring(0, dot);
        String feature = path.substring(dot + 1);
        List<Component> parts = DesignMaterialiser.slotComponents(d, slot);
        if (parts.isEmpty()) {
            problems.add("attribute " + path + ": design " + d.getId() + " has no part in slot " + slot);
            return Double.NaN;
        }
        Component c = parts.get(0);
        EStructuralFeature f = c.eClass().getEStructuralFeature(feature);
        if (f == null || !(c.eGet(f) instanceof Number || c.eGet(f) == null)) {
            throw new StudyInputException("attribute " + path + ": " + c.eClass().getName() + " has no numeric attribute '" + feature + "'");
        }
        Object value = c.eGet(f);
        if (value == null) {
            problems.add("attribute " + path + ": " + c.getId() + "." + feature + " is not given");
            return Double.NaN;
        }
        return ((Number) value).doubleValue();
    }
}
