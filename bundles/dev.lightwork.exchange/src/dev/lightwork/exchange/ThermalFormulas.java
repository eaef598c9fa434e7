package dev.lightwork.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;

/**
 * The steady state of {@link ThermalNetworkSolver} as spreadsheet formulas where it has a closed form: a part of the
 * network that is a tree hanging from one boundary node by one path. The heat through each path is then the heat of
 * everything below it, so a node's temperature is the boundary's plus, for each path up to the boundary,
 * R x (heat below that path) - exact, no iteration. A part with a loop or several paths to boundaries needs the
 * matrix solve: its temperatures stay values at export and the sheet says so.
 */
final class ThermalFormulas {

    /** How a free node's temperature is written. */
    enum Kind { TREE, MESHED, UNREACHABLE }

    /** One path on the way up: its resistance carries the heat of {@code below} (the nodes under it, itself included). */
    record Step(ThermalPath path, List<ThermalNode> below) {
    }

    /** A free node's way to its boundary node: the steps from the node up, or why there is no closed form. */
    record Route(Kind kind, ThermalNode boundary, List<Step> steps, List<ThermalPath> component) {
    }

    /** Where the formulas find their operands. */
    interface Cells {
        /** Absolute reference of owner.attribute on the Inputs sheet, or null. */
        String input(Object owner, String attribute);

        /** Reference of a node's heat cell (W) on the Thermal sheet. */
        String heat(ThermalNode node);
    }

    private ThermalFormulas() {
    }

    /** The route of every free (non-boundary) node of the network. */
    static Map<ThermalNode, Route> routes(ThermalNetwork network) {
        Map<ThermalNode, Route> out = new IdentityHashMap<>();
        Map<ThermalNode, List<ThermalPath>> free = new IdentityHashMap<>();
        for (ThermalNode n : network.getNodes()) {
            if (!n.isBoundary()) {
                free.put(n, new ArrayList<>());
            }
        }
        for (ThermalPath p : network.getPaths()) {
            for (ThermalNode end : new ThermalNode[] {p.getFrom(), p.getTo()}) {
                if (end != null && free.containsKey(end)) {
                    free.get(end).add(p);
                }
            }
        }
        Set<ThermalNode> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ThermalNode start : network.getNodes()) {
            if (start.isBoundary() || done.contains(start)) {
                continue;
            }
            // the connected part of the free nodes, its paths among them and to boundaries (and paths with a missing end)
            Set<ThermalNode> nodes = new LinkedHashSet<>();
            Set<ThermalPath> paths = new LinkedHashSet<>();
            Deque<ThermalNode> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                ThermalNode n = todo.pop();
                if (!nodes.add(n)) {
                    continue;
                }
                for (ThermalPath p : free.get(n)) {
                    paths.add(p);
                    ThermalNode other = p.getFrom() == n ? p.getTo() : p.getFrom();
                    if (other != null && free.containsKey(other) && !nodes.contains(other)) {
                        todo.push(other);
                    }
                }
            }
            done.addAll(nodes);
            List<ThermalPath> toBoundary = new ArrayList<>();
            int internal = 0;
            boolean dangling = false;
            for (ThermalPath p : paths) {
                boolean a = p.getFrom() != null && free.containsKey(p.getFrom());
                boolean b = p.getTo() != null && free.containsKey(p.getTo());
                if (a && b) {
                    internal++;
                } else if (p.getFrom() == null || p.getTo() == null) {
                    dangling = true; // the solver refuses the whole part: so does the formula (no closed form to give)
                } else {
                    toBoundary.add(p);
                }
            }
            List<ThermalPath> component = List.copyOf(paths);
            if (toBoundary.isEmpty()) {
                nodes.forEach(n -> out.put(n, new Route(Kind.UNREACHABLE, null, List.of(), component)));
                continue;
            }
            if (dangling || toBoundary.size() != 1 || internal != nodes.size() - 1) {
                nodes.forEach(n -> out.put(n, new Route(Kind.MESHED, null, List.of(), component)));
                continue;
            }
            ThermalPath root = toBoundary.get(0);
            ThermalNode top = free.containsKey(root.getFrom()) ? root.getFrom() : root.getTo();
            ThermalNode boundary = top == root.getFrom() ? root.getTo() : root.getFrom();
            // parent path of every node, walking down from the node at the boundary path
            Map<ThermalNode, ThermalPath> up = new IdentityHashMap<>();
            Map<ThermalNode, ThermalNode> parent = new IdentityHashMap<>();
            List<ThermalNode> order = new ArrayList<>();
            up.put(top, root);
            Deque<ThermalNode> walk = new ArrayDeque<>(List.of(top));
            while (!walk.isEmpty()) {
                ThermalNode n = walk.pop();
                order.add(n);
                for (ThermalPath p : free.get(n)) {
                    ThermalNode other = p.getFrom() == n ? p.getTo() : p.getFrom();
                    if (p != up.get(n) && free.containsKey(other) && !up.containsKey(other)) {
                        up.put(other, p);
                        parent.put(other, n);
                        walk.push(other);
                    }
                }
            }
            Map<ThermalNode, List<ThermalNode>> below = new IdentityHashMap<>();
            for (int i = order.size() - 1; i >= 0; i--) { // children before parents
                ThermalNode n = order.get(i);
                below.computeIfAbsent(n, k -> new ArrayList<>()).add(0, n);
                ThermalNode p = parent.get(n);
                if (p != null) {
                    below.computeIfAbsent(p, k -> new ArrayList<>()).addAll(below.get(n));
                }
            }
            for (ThermalNode n : order) {
                List<Step> steps = new ArrayList<>();
                for (ThermalNode m = n; m != null; m = parent.get(m)) {
                    steps.add(new Step(up.get(m), List.copyOf(below.get(m))));
                }
                out.put(n, new Route(Kind.TREE, boundary, List.copyOf(steps), component));
            }
        }
        return out;
    }

    /**
     * The temperature formula of a node on a tree: boundary temperature + sum of R x heat below, unknown (#N/A) when the
     * boundary has no temperature or any path of the node's part of the network has a resistance the solver refuses.
     */
    static String temperature(Route route, Cells c) {
        String tb = c.input(route.boundary(), "temperatureC");
        if (tb == null) {
            return "NA()";
        }
        List<String> valid = new ArrayList<>();
        for (ThermalPath p : route.component()) {
            String r = c.input(p, "resistanceKPerW");
            if (r == null) {
                return "NA()";
            }
            valid.add("ISNUMBER(" + r + ")");
            valid.add(r + ">=" + ThermalNetworkSolver.MIN_RESISTANCE_K_PER_W);
            valid.add(r + "<=" + ThermalNetworkSolver.MAX_RESISTANCE_K_PER_W);
        }
        StringBuilder sum = new StringBuilder(tb);
        for (Step s : route.steps()) {
            List<String> heat = new ArrayList<>();
            s.below().forEach(n -> heat.add(c.heat(n)));
            sum.append('+').append(c.input(s.path(), "resistanceKPerW")).append("*SUM(").append(String.join(",", heat)).append(')');
        }
        return "IF(AND(ISNUMBER(" + tb + ")," + String.join(",", valid) + ")," + sum + ",NA())";
    }
}
