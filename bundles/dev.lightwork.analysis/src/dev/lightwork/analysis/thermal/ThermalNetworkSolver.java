package dev.lightwork.analysis.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lightwork.model.Component;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

/**
 * Steady state of the module's thermal resistance network at the worst-case case temperature: conductance
 * matrix G (1/R per path), heat P from the parts on each node, boundary nodes at their imposed temperature;
 * G_ff T_f = P_f - G_fb T_b, a sparse symmetric positive definite system solved by preconditioned conjugate
 * gradients ({@link SparseConductance}), linear in the size of the network per iteration.
 * <p>
 * The solution is partial rather than all-or-nothing: each connected part of the free nodes is solved when it
 * reaches a boundary node of known temperature and all its paths are valid; otherwise its nodes are reported in
 * {@link ThermalSolution#unknownNodes()} with the reason, and the rest of the network is still solved. Node
 * limits: the node's own limit, else the lowest junction limit of its parts.
 */
public final class ThermalNetworkSolver {

    /**
     * Accepted path resistances: from a solder joint (~1e-3 K/W) down a few decades, to an open path up a few decades
     * past still air around a module (~1e3 K/W); outside, the value is a typo and would make the matrix singular.
     */
    public static final double MIN_RESISTANCE_K_PER_W = 1e-6;
    public static final double MAX_RESISTANCE_K_PER_W = 1e6;

    /**
     * Relative residual the iteration stops at: temperatures are then exact to far below a millikelvin (error <=
     * condition number x residual). Tighter is not reachable in double precision on large meshes: the iteration would
     * only run to its limit.
     */
    private static final double TOLERANCE = 1e-12;
    /** A result worse than this is not reported as a temperature. */
    private static final double ACCEPTED_RESIDUAL = 1e-9;

    public ThermalSolution solve(TransceiverDesign design) {
        List<String> problems = new ArrayList<>();
        ThermalNetwork network = design.getThermalNetwork();
        Map<String, Double> temps = new LinkedHashMap<>();
        Map<String, Double> heat = new LinkedHashMap<>();
        Map<String, Double> limits = new LinkedHashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        if (network == null || network.getNodes().isEmpty()) {
            problems.add("design " + design.getId() + ": no thermal network");
            return new ThermalSolution(temps, heat, limits, problems, unknown);
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
            double w = c.getPowerMw() == null || !(c.getPowerMw() >= 0) || !Double.isFinite(c.getPowerMw()) ? 0 : c.getPowerMw() / 1000;
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
        Map<ThermalNode, Double> power = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            power.put(nodes.get(i), nodeHeat[i]);
        }
        List<ThermalNode> free = new ArrayList<>();
        Map<ThermalNode, Integer> index = new IdentityHashMap<>();
        Map<ThermalNode, Boolean> badBoundary = new IdentityHashMap<>();
        for (ThermalNode n : nodes) {
            if (n.getLimitC() != null) {
                limits.put(n.getId(), n.getLimitC());
            }
            heat.put(n.getId(), power.getOrDefault(n, 0.0));
            if (n.isBoundary()) {
                if (n.getTemperatureC() == null || !Double.isFinite(n.getTemperatureC())) {
                    problems.add(n.getId() + ".temperatureC = " + n.getTemperatureC() + ": a boundary node needs a temperature");
                    badBoundary.put(n, Boolean.TRUE);
                    unknown.put(n.getId(), "boundary node without a temperature");
                }
            } else {
                index.put(n, free.size());
                free.add(n);
            }
        }
        int nf = free.size();
        // connected parts of the free nodes (union-find), and what each part touches
        int[] parent = new int[nf];
        for (int i = 0; i < nf; i++) {
            parent[i] = i;
        }
        List<ThermalPath> paths = network.getPaths();
        boolean[] valid = new boolean[paths.size()];
        for (int k = 0; k < paths.size(); k++) {
            ThermalPath p = paths.get(k);
            Double r = p.getResistanceKPerW();
            valid[k] = p.getFrom() != null && p.getTo() != null && r != null && r >= MIN_RESISTANCE_K_PER_W && r <= MAX_RESISTANCE_K_PER_W;
            if (!valid[k]) {
                problems.add("thermal path " + name(p) + ": resistance = " + (r == null ? "(not given)" : r + " K/W") + " must be between " + MIN_RESISTANCE_K_PER_W + " and "
                        + MAX_RESISTANCE_K_PER_W + " K/W (and both ends set)");
            }
            Integer a = p.getFrom() == null ? null : index.get(p.getFrom());
            Integer b = p.getTo() == null ? null : index.get(p.getTo());
            if (a != null && b != null) {
                union(parent, a, b);
            }
        }
        boolean[] reachesBoundary = new boolean[nf];
        String[] broken = new String[nf];
        for (int k = 0; k < paths.size(); k++) {
            ThermalPath p = paths.get(k);
            for (ThermalNode end : new ThermalNode[] {p.getFrom(), p.getTo()}) {
                Integer a = end == null ? null : index.get(end);
                if (a == null) {
                    continue;
                }
                int root = find(parent, a);
                ThermalNode other = end == p.getFrom() ? p.getTo() : p.getFrom();
                if (!valid[k]) {
                    broken[root] = "its part of the network has an invalid path " + name(p);
                } else if (knownBoundary(other)) {
                    reachesBoundary[root] = true;
                } else if (other != null && other.isBoundary()) {
                    broken[root] = "it depends on boundary node " + other.getId() + ", which has no temperature";
                }
            }
        }
        // number the solvable nodes farthest from the boundary first (see SparseConductance)
        int[] solveIndex = new int[nf];
        Arrays.fill(solveIndex, -1);
        List<Integer> solvable = new ArrayList<>();
        for (int i = 0; i < nf; i++) {
            int root = find(parent, i);
            String id = free.get(i).getId();
            if (broken[root] != null) {
                unknown.put(id, broken[root]);
            } else if (!reachesBoundary[root]) {
                unknown.put(id, "no path to a boundary node (case, heat sink or ambient)");
            } else {
                solvable.add(i);
            }
        }
        int[] order = boundaryDistanceOrder(free, index, paths, valid, solvable, nf);
        int ns = order.length;
        for (int s = 0; s < ns; s++) {
            solveIndex[order[s]] = s;
        }
        double[] rhs = new double[ns];
        double[] diagonal = new double[ns];
        for (int s = 0; s < ns; s++) {
            rhs[s] = power.getOrDefault(free.get(order[s]), 0.0);
        }
        int[] ea = new int[paths.size()];
        int[] eb = new int[paths.size()];
        double[] eg = new double[paths.size()];
        int edges = 0;
        for (int k = 0; k < paths.size(); k++) {
            if (!valid[k]) {
                continue;
            }
            ThermalPath p = paths.get(k);
            double conductance = 1.0 / p.getResistanceKPerW();
            int a = solvableIndex(index, solveIndex, p.getFrom());
            int b = solvableIndex(index, solveIndex, p.getTo());
            if (a >= 0 && b >= 0) {
                ea[edges] = a;
                eb[edges] = b;
                eg[edges++] = conductance;
            } else if (a >= 0 && knownBoundary(p.getTo())) {
                diagonal[a] += conductance;
                rhs[a] += conductance * p.getTo().getTemperatureC();
            } else if (b >= 0 && knownBoundary(p.getFrom())) {
                diagonal[b] += conductance;
                rhs[b] += conductance * p.getFrom().getTemperatureC();
            }
        }
        double[] t = new double[0];
        if (ns > 0) {
            SparseConductance g = SparseConductance.of(ns, ea, eb, eg, edges, diagonal);
            SparseConductance.Result result = g.solve(rhs, TOLERANCE, Math.max(200, 4 * (int) Math.sqrt(ns) + 200));
            if (!(result.relativeResidual() <= ACCEPTED_RESIDUAL)) {
                problems.add(String.format(Locale.ROOT, "thermal network of %s cannot be solved accurately (relative residual %.1e after %d iterations): "
                        + "check that the path resistances are of a physical magnitude", design.getId(), result.relativeResidual(), result.iterations()));
                for (int s = 0; s < ns; s++) {
                    unknown.put(free.get(order[s]).getId(), "the network could not be solved accurately");
                }
                ns = 0;
            } else {
                t = result.x();
            }
        }
        for (ThermalNode n : nodes) {
            if (n.isBoundary()) {
                if (!badBoundary.containsKey(n)) {
                    temps.put(n.getId(), n.getTemperatureC());
                }
            } else {
                int s = solveIndex[index.get(n)];
                if (s >= 0 && ns > 0) {
                    temps.put(n.getId(), t[s]);
                }
            }
        }
        return new ThermalSolution(temps, heat, limits, List.copyOf(problems), unknown);
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
     * Steady-state node temperatures (C) on plain values, by the same sparse solve as {@link #solve}: boundary nodes at
     * {@code boundaryC}, paths joining node indices {@code from[p]}-{@code to[p]} with {@code resistanceKPerW[p]}. The
     * caller has checked that every free node reaches a boundary and every resistance is in range.
     *
     * @throws IllegalArgumentException when the system cannot be solved accurately
     */
    public static double[] steadyStateC(boolean[] boundary, double[] boundaryC, int[] from, int[] to, double[] resistanceKPerW, double[] heatW) {
        int n = boundary.length;
        int[] index = new int[n];
        int free = 0;
        for (int i = 0; i < n; i++) {
            index[i] = boundary[i] ? -1 : free++;
        }
        double[] rhs = new double[free];
        double[] diagonal = new double[free];
        for (int i = 0; i < n; i++) {
            if (index[i] >= 0) {
                rhs[index[i]] = heatW[i];
            }
        }
        int[] ea = new int[from.length];
        int[] eb = new int[from.length];
        double[] eg = new double[from.length];
        int edges = 0;
        for (int p = 0; p < from.length; p++) {
            double conductance = 1.0 / resistanceKPerW[p];
            int a = index[from[p]];
            int b = index[to[p]];
            if (a >= 0 && b >= 0) {
                ea[edges] = a;
                eb[edges] = b;
                eg[edges++] = conductance;
            } else if (a >= 0) {
                diagonal[a] += conductance;
                rhs[a] += conductance * boundaryC[to[p]];
            } else if (b >= 0) {
                diagonal[b] += conductance;
                rhs[b] += conductance * boundaryC[from[p]];
            }
        }
        double[] t = new double[0];
        if (free > 0) {
            SparseConductance.Result result = SparseConductance.of(free, ea, eb, eg, edges, diagonal).solve(rhs, TOLERANCE,
                    Math.max(200, 4 * (int) Math.sqrt(free) + 200));
            if (!(result.relativeResidual() <= ACCEPTED_RESIDUAL)) {
                throw new IllegalArgumentException("thermal network cannot be solved accurately (relative residual " + result.relativeResidual() + ")");
            }
            t = result.x();
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = index[i] < 0 ? boundaryC[i] : t[index[i]];
        }
        return out;
    }

    private static int solvableIndex(Map<ThermalNode, Integer> index, int[] solveIndex, ThermalNode n) {
        Integer i = n == null ? null : index.get(n);
        return i == null ? -1 : solveIndex[i];
    }

    /** Breadth-first distance from the boundary over valid paths; returns the solvable nodes, farthest first. */
    private static int[] boundaryDistanceOrder(List<ThermalNode> free, Map<ThermalNode, Integer> index, List<ThermalPath> paths, boolean[] valid,
            List<Integer> solvable, int nf) {
        int[] degree = new int[nf];
        for (int k = 0; k < paths.size(); k++) {
            if (valid[k]) {
                Integer a = index.get(paths.get(k).getFrom());
                Integer b = index.get(paths.get(k).getTo());
                if (a != null && b != null) {
                    degree[a]++;
                    degree[b]++;
                }
            }
        }
        int[] start = new int[nf + 1];
        for (int i = 0; i < nf; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        int[] adj = new int[start[nf]];
        int[] fill = Arrays.copyOf(start, nf);
        int[] distance = new int[nf];
        Arrays.fill(distance, -1);
        int[] queue = new int[nf];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < paths.size(); k++) {
            if (!valid[k]) {
                continue;
            }
            ThermalPath p = paths.get(k);
            Integer a = index.get(p.getFrom());
            Integer b = index.get(p.getTo());
            if (a != null && b != null) {
                adj[fill[a]++] = b;
                adj[fill[b]++] = a;
            } else if (a != null && knownBoundary(p.getTo()) && distance[a] < 0) {
                distance[a] = 0;
                queue[tail++] = a;
            } else if (b != null && knownBoundary(p.getFrom()) && distance[b] < 0) {
                distance[b] = 0;
                queue[tail++] = b;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int k = start[v]; k < start[v + 1]; k++) {
                if (distance[adj[k]] < 0) {
                    distance[adj[k]] = distance[v] + 1;
                    queue[tail++] = adj[k];
                }
            }
        }
        // solvable nodes are exactly those reached (their part has a valid boundary path); sort by distance descending
        List<Integer> reached = new ArrayList<>();
        for (int i : solvable) {
            if (distance[i] >= 0) {
                reached.add(i);
            }
        }
        return reached.stream().sorted((x, y) -> Integer.compare(distance[y], distance[x])).mapToInt(Integer::intValue).toArray();
    }

    private static boolean knownBoundary(ThermalNode n) {
        return n != null && n.isBoundary() && n.getTemperatureC() != null && Double.isFinite(n.getTemperatureC());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }

    private static String name(ThermalPath p) {
        return (p.getFrom() == null ? "?" : p.getFrom().getId()) + " -> " + (p.getTo() == null ? "?" : p.getTo().getId());
    }
}
