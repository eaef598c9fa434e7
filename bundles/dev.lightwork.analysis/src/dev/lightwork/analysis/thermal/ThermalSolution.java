package dev.lightwork.analysis.thermal;

import java.util.List;
import java.util.Map;

/** Steady-state temperatures (degrees C) and heat per node (W), with each node's limit; NaN where unknown. */
public record ThermalSolution(Map<String, Double> temperatureC, Map<String, Double> heatW, Map<String, Double> limitC,
        List<String> problems) {

    /** Nodes whose temperature exceeds their limit. */
    public List<String> overLimit() {
        return temperatureC.entrySet().stream()
                .filter(e -> limitC.containsKey(e.getKey()) && exceeds(e.getValue(), limitC.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    /** LW-THERMAL-LIMIT on plain values: a node temperature above its limit. */
    public static boolean exceeds(double temperatureC, double limitC) {
        return temperatureC > limitC;
    }
}
