package dev.lightwork.analysis.thermal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

import dev.lightwork.model.Component;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

/**
 * Steady state of the module's thermal resistance network at the worst-case case temperature: conductance
 * matrix G (1/R per path), heat P from the parts on each node, boundary nodes at their imposed temperature;
 * G_ff T_f = P_f - G_fb T_b solved by LU decomposition (Hipparchus). Node limits: the node's own limit, else
 * the lowest junction limit of its parts.
 */
public final class ThermalNetworkSolver {

    /**
     * Accepted path resistances: from a solder joint (~1e-3 K/W) down a few decades, to an open path up a few decades
     * past still air around a module (~1e3 K/W); outside, the value is a typo and would make the matrix singular.
     */
    static final double MIN_RESISTANCE_K_PER_W = 1e-6;
    static final double MAX_RESISTANCE_K_PER_W = 1e6;

    public ThermalSolution solve(TransceiverDesign design) {
        List<String> problems = new ArrayList<>();
        ThermalNetwork network = design.getThermalNetwork();
        Map<String, Double> temps = new LinkedHashMap<>();
        Map<String, Double> heat = new LinkedHashMap<>();
        Map<String, Double> limits = new LinkedHashMap<>();
        if (network == null || network.getNodes().isEmpty()) {
            problems.add("design " + design.getId() + ": no thermal network");
            return new ThermalSolution(temps, heat, limits, problems);
        }
        List<ThermalNode> nodes = network.getNodes();
        Map<ThermalNode, Integer> nodeIndex = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i), i);
        }
        List<Double> partW = new ArrayList<>();
        List<Integer> partNode = new ArrayList<>();
        double efficiency = 1;
        int converterNode = -1;
        for (Component c : design.getComponents()) {
            if (c instanceof PowerConverter pc) {
                efficiency = pc.getEfficiency() != null && pc.getEfficiency() > 0 && pc.getEfficiency() <= 1 ? pc.getEfficiency() : 1;
                converterNode = pc.getThermalNode() == null ? -1 : nodeIndex.getOrDefault(pc.getThermalNode(), -1);
                continue;
            }
            double w = c.getPowerMw() == null || !(c.getPowerMw() >= 0) ? 0 : c.getPowerMw() / 1000;
            partW.add(w);
            partNode.add(c.getThermalNode() == null ? -1 : nodeIndex.getOrDefault(c.getThermalNode(), -1));
            if (c.getThermalNode() != null) {
                Double tj = c.getJunctionTemperatureMaxC();
                if (tj != null) {
                    limits.merge(c.getThermalNode().getId(), tj, Math::min);
                }
            } else if (w > 0) {
                problems.add(c.getId() + " dissipates " + w + " W but has no thermalNode");
            }
        }
        double[] nodeHeat = nodeHeatW(nodes.size(), partNode.stream().mapToInt(Integer::intValue).toArray(),
                partW.stream().mapToDouble(Double::doubleValue).toArray(), converterNode, efficiency);
        List<ThermalNode> free = new ArrayList<>();
        for (ThermalNode n : nodes) {
            if (n.getLimitC() != null) {
                limits.put(n.getId(), n.getLimitC());
            }
            heat.put(n.getId(), nodeHeat[nodeIndex.get(n)]);
            if (n.isBoundary()) {
                if (n.getTemperatureC() == null || !Double.isFinite(n.getTemperatureC())) {
                    problems.add(n.getId() + ".temperatureC = " + n.getTemperatureC() + ": a boundary node needs a temperature");
                    return new ThermalSolution(temps, heat, limits, problems);
                }
            } else {
                free.add(n);
            }
        }
        for (ThermalPath p : network.getPaths()) {
            Double r = p.getResistanceKPerW();
            if (p.getFrom() == null || p.getTo() == null || r == null || !(r >= MIN_RESISTANCE_K_PER_W && r <= MAX_RESISTANCE_K_PER_W)) {
                problems.add("thermal path " + name(p) + ": resistanceKPerW = " + r + " must be between " + MIN_RESISTANCE_K_PER_W + " and "
                        + MAX_RESISTANCE_K_PER_W + " K/W (and both ends set)");
                return new ThermalSolution(temps, heat, limits, problems);
            }
            if (!nodeIndex.containsKey(p.getFrom()) || !nodeIndex.containsKey(p.getTo())) {
                problems.add("thermal path " + name(p) + " joins a node that is not in the design's thermal network");
                return new ThermalSolution(temps, heat, limits, problems);
            }
        }
        Set<ThermalNode> reachable = reachableFromBoundary(network);
        for (ThermalNode n : free) {
            if (!reachable.contains(n)) {
                problems.add("thermal node " + n.getId() + " has no path to a boundary node (case, heat sink or ambient): its temperature is undefined");
            }
        }
        if (!problems.isEmpty() && problems.stream().anyMatch(s -> s.contains("no path to a boundary"))) {
            return new ThermalSolution(temps, heat, limits, problems);
        }
        List<ThermalPath> paths = network.getPaths();
        int[] from = new int[paths.size()];
        int[] to = new int[paths.size()];
        double[] resistance = new double[paths.size()];
        for (int p = 0; p < paths.size(); p++) {
            from[p] = nodeIndex.get(paths.get(p).getFrom());
            to[p] = nodeIndex.get(paths.get(p).getTo());
            resistance[p] = paths.get(p).getResistanceKPerW();
        }
        boolean[] boundary = new boolean[nodes.size()];
        double[] boundaryC = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            boundary[i] = nodes.get(i).isBoundary();
            boundaryC[i] = boundary[i] ? nodes.get(i).getTemperatureC() : Double.NaN;
        }
        double[] t;
        try {
            t = steadyStateC(boundary, boundaryC, from, to, resistance, nodeHeat);
        } catch (MathIllegalArgumentException e) { // singular: conductances too far apart for double precision
            problems.add("thermal network of " + design.getId() + " cannot be solved (" + e.getMessage()
                    + "): check that the path resistances are of a physical magnitude");
            return new ThermalSolution(temps, heat, limits, problems);
        }
        for (ThermalNode n : nodes) {
            temps.put(n.getId(), t[nodeIndex.get(n)]);
        }
        return new ThermalSolution(temps, heat, limits, List.copyOf(problems));
    }

    /**
     * Heat per node (W): each part's power on its node (index -1: none), and the DC-DC conversion loss
     * load/efficiency - load on the converter's node. Pure, so Monte Carlo samples heat the network by the same rule.
     */
    public static double[] nodeHeatW(int nodeCount, int[] partNode, double[] partW, int converterNode, double converterEfficiency) {
        double[] heat = new double[nodeCount];
        double load = 0;
        for (int i = 0; i < partW.length; i++) {
            load += partW[i];
            if (partNode[i] >= 0) {
                heat[partNode[i]] += partW[i];
            }
        }
        if (converterNode >= 0) {
            heat[converterNode] += load / converterEfficiency - load; // conversion loss heats the converter
        }
        return heat;
    }

    /**
     * Steady-state node temperatures (C) of a resistance network on plain values: boundary nodes at
     * {@code boundaryC}, free nodes from G_ff T_f = P_f - G_fb T_b (LU, Hipparchus). Paths join node indices
     * {@code from[p]}-{@code to[p]} with {@code resistanceKPerW[p]}. The caller has checked that every free node reaches
     * a boundary and every resistance is in range.
     *
     * @throws MathIllegalArgumentException when the conductance matrix is singular
     */
    public static double[] steadyStateC(boolean[] boundary, double[] boundaryC, int[] from, int[] to, double[] resistanceKPerW, double[] heatW) {
        int n = boundary.length;
        int[] index = new int[n];
        int free = 0;
        for (int i = 0; i < n; i++) {
            index[i] = boundary[i] ? -1 : free++;
        }
        RealMatrix g = new Array2DRowRealMatrix(free, free);
        RealVector rhs = new ArrayRealVector(free);
        for (int i = 0; i < n; i++) {
            if (index[i] >= 0) {
                rhs.setEntry(index[i], heatW[i]);
            }
        }
        for (int p = 0; p < from.length; p++) {
            double conductance = 1.0 / resistanceKPerW[p];
            int a = index[from[p]];
            int b = index[to[p]];
            if (a >= 0) {
                g.addToEntry(a, a, conductance);
            }
            if (b >= 0) {
                g.addToEntry(b, b, conductance);
            }
            if (a >= 0 && b >= 0) {
                g.addToEntry(a, b, -conductance);
                g.addToEntry(b, a, -conductance);
            } else if (a >= 0) {
                rhs.addToEntry(a, conductance * boundaryC[to[p]]);
            } else if (b >= 0) {
                rhs.addToEntry(b, conductance * boundaryC[from[p]]);
            }
        }
        RealVector t = free == 0 ? rhs : new LUDecomposition(g).getSolver().solve(rhs);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = index[i] < 0 ? boundaryC[i] : t.getEntry(index[i]);
        }
        return out;
    }

    private static Set<ThermalNode> reachableFromBoundary(ThermalNetwork network) {
        Set<ThermalNode> seen = new HashSet<>();
        Deque<ThermalNode> todo = new ArrayDeque<>();
        network.getNodes().stream().filter(ThermalNode::isBoundary).forEach(todo::add);
        while (!todo.isEmpty()) {
            ThermalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            for (ThermalPath p : network.getPaths()) {
                if (p.getFrom() == n && p.getTo() != null) {
                    todo.add(p.getTo());
                } else if (p.getTo() == n && p.getFrom() != null) {
                    todo.add(p.getFrom());
                }
            }
        }
        return seen;
    }

    private static String name(ThermalPath p) {
        return (p.getFrom() == null ? "?" : p.getFrom().getId()) + " -> " + (p.getTo() == null ? "?" : p.getTo().getId());
    }
}
