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
        Map<ThermalNode, Double> power = new IdentityHashMap<>();
        double load = 0;
        double efficiency = 1;
        PowerConverter converter = null;
        for (Component c : design.getComponents()) {
            if (c instanceof PowerConverter pc) {
                converter = pc;
                efficiency = pc.getEfficiency() != null && pc.getEfficiency() > 0 && pc.getEfficiency() <= 1 ? pc.getEfficiency() : 1;
                continue;
            }
            double w = c.getPowerMw() == null || !(c.getPowerMw() >= 0) ? 0 : c.getPowerMw() / 1000;
            load += w;
            if (c.getThermalNode() != null) {
                power.merge(c.getThermalNode(), w, Double::sum);
                Double tj = c.getJunctionTemperatureMaxC();
                if (tj != null) {
                    limits.merge(c.getThermalNode().getId(), tj, Math::min);
                }
            } else if (w > 0) {
                problems.add(c.getId() + " dissipates " + w + " W but has no thermalNode");
            }
        }
        if (converter != null && converter.getThermalNode() != null) {
            power.merge(converter.getThermalNode(), load / efficiency - load, Double::sum); // conversion loss heats the converter
        }
        List<ThermalNode> nodes = network.getNodes();
        List<ThermalNode> free = new ArrayList<>();
        for (ThermalNode n : nodes) {
            if (n.getLimitC() != null) {
                limits.put(n.getId(), n.getLimitC());
            }
            heat.put(n.getId(), power.getOrDefault(n, 0.0));
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
        Map<ThermalNode, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < free.size(); i++) {
            index.put(free.get(i), i);
        }
        RealMatrix g = new Array2DRowRealMatrix(free.size(), free.size());
        RealVector rhs = new ArrayRealVector(free.size());
        for (ThermalNode n : free) {
            rhs.setEntry(index.get(n), power.getOrDefault(n, 0.0));
        }
        for (ThermalPath p : network.getPaths()) {
            double conductance = 1.0 / p.getResistanceKPerW();
            Integer a = index.get(p.getFrom());
            Integer b = index.get(p.getTo());
            if (a != null) {
                g.addToEntry(a, a, conductance);
            }
            if (b != null) {
                g.addToEntry(b, b, conductance);
            }
            if (a != null && b != null) {
                g.addToEntry(a, b, -conductance);
                g.addToEntry(b, a, -conductance);
            } else if (a != null) {
                rhs.addToEntry(a, conductance * p.getTo().getTemperatureC());
            } else if (b != null) {
                rhs.addToEntry(b, conductance * p.getFrom().getTemperatureC());
            }
        }
        RealVector t;
        try {
            t = free.isEmpty() ? rhs : new LUDecomposition(g).getSolver().solve(rhs);
        } catch (MathIllegalArgumentException e) { // singular: conductances too far apart for double precision
            problems.add("thermal network of " + design.getId() + " cannot be solved (" + e.getMessage()
                    + "): check that the path resistances are of a physical magnitude");
            return new ThermalSolution(temps, heat, limits, problems);
        }
        for (ThermalNode n : nodes) {
            temps.put(n.getId(), n.isBoundary() ? n.getTemperatureC() : t.getEntry(index.get(n)));
        }
        return new ThermalSolution(temps, heat, limits, List.copyOf(problems));
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
