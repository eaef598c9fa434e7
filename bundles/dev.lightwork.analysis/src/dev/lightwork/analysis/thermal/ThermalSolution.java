package dev.lightwork.analysis.thermal;

import java.util.List;
import java.util.Map;

/**
 * Steady-state temperatures (degrees C) and heat per node (W), with each node's limit. {@code temperatureC} holds
 * only the nodes whose temperature is known; {@code unknownNodes} names every node whose temperature could not be
 * determined (no path to a boundary, a broken path or boundary in its part of the network) with the reason in
 * words. The rest of the network is still solved: a partial solution.
 */
public record ThermalSolution(Map<String, Double> temperatureC, Map<String, Double> heatW, Map<String, Double> limitC,
        List<String> problems, Map<String, String> unknownNodes) {

    public ThermalSolution(Map<String, Double> temperatureC, Map<String, Double> heatW, Map<String, Double> limitC, List<String> problems) {
        this(temperatureC, heatW, limitC, problems, Map.of());
    }

    /** True when the node exists in the solution but its temperature is unknown (consumers must not assume one). */
    public boolean isUnknown(String nodeId) {
        return unknownNodes.containsKey(nodeId) || !temperatureC.containsKey(nodeId);
    }

    /** The node's temperature, NaN when unknown. */
    public double temperatureOrNaN(String nodeId) {
        Double t = temperatureC.get(nodeId);
        return t == null || !Double.isFinite(t) ? Double.NaN : t;
    }

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
