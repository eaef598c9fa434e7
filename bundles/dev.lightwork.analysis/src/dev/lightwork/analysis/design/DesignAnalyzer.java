package dev.lightwork.analysis.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;

/** Runs every check on a design in one pass. Stateless and thread-safe: one instance serves parallel batches. */
public final class DesignAnalyzer {

    private final ReferenceLibrary library;
    private final LinkBudgetCalculator link;
    private final PowerBudgetCalculator power;
    private final ThermalNetworkSolver thermal = new ThermalNetworkSolver();
    private final DesignRules rules;

    public DesignAnalyzer(ReferenceLibrary library) {
        this.library = library;
        this.link = new LinkBudgetCalculator(library);
        this.power = new PowerBudgetCalculator(library);
        this.rules = new DesignRules(library);
    }

    public ReferenceLibrary library() {
        return library;
    }

    public LinkBudgetCalculator linkCalculator() {
        return link;
    }

    public DesignRules rules() {
        return rules;
    }

    public DesignAnalysis analyze(TransceiverDesign design) {
        // Thermal first: a laser's output power depends on the temperature its node reaches.
        ThermalSolution ts = thermal.solve(design);
        Map<Lane, LinkBudget> budgets = new LinkedHashMap<>();
        Map<Lane, List<Diagnostic>> laneDiagnostics = new LinkedHashMap<>();
        for (Lane lane : design.getLanes()) {
            LinkBudget b = link(design, lane, ts);
            budgets.put(lane, b);
            laneDiagnostics.put(lane, rules.lane(design, lane, b));
        }
        PowerBudget pb = power.compute(design);
        return DesignAnalysis.of(design, budgets, pb, ts, rules.design(design), laneDiagnostics, rules.power(design, pb), rules.thermal(design, ts));
    }

    LinkBudget link(TransceiverDesign design, Lane lane, ThermalSolution ts) {
        Laser laser = lane.getLaser();
        if (laser == null || laser.getThermalNode() == null) {
            return link.compute(design, lane); // not placed in the thermal network: the worst-case case temperature
        }
        return link.compute(design, lane, laserTemperatureC(lane, ts));
    }

    PowerBudget power(TransceiverDesign design) {
        return power.compute(design);
    }

    ThermalSolution thermal(TransceiverDesign design) {
        return thermal.solve(design);
    }

    /**
     * The solved temperature of the lane's laser node; NaN when the laser has a node without a solved temperature
     * (unknown: no margin) or no node (the calculator then takes the case maximum).
     */
    static double laserTemperatureC(Lane lane, ThermalSolution ts) {
        Laser laser = lane.getLaser();
        if (laser == null || laser.getThermalNode() == null) {
            return Double.NaN;
        }
        Double t = ts.temperatureC().get(laser.getThermalNode().getId());
        return t == null || !Double.isFinite(t) ? Double.NaN : t;
    }

    /** The laser temperature the lane's budget is computed at (what {@link #link} passes on). */
    static double laserTemperatureUsedC(TransceiverDesign design, Lane lane, ThermalSolution ts) {
        Laser laser = lane.getLaser();
        if (laser == null || laser.getThermalNode() == null) {
            Double caseMax = design.getCaseTemperatureMaxC();
            return caseMax == null || !Double.isFinite(caseMax) ? Double.NaN : caseMax;
        }
        return laserTemperatureC(lane, ts);
    }
}
