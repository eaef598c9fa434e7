package dev.lightwork.ui.fixes;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;

import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

/**
 * Adds a heat-sink path from an over-limit node straight to the case (or ambient) boundary. Its resistance is the
 * largest (the easiest to build) that brings the node to its limit, found by solving the network with the new
 * path (bisection on a copy of the design: the network is linear but the node's temperature depends on all
 * paths, so no closed form applies in general).
 */
final class HeatPathFix implements FixRule {

    private static final double MIN_K_PER_W = 0.01;
    private static final double MAX_K_PER_W = 1000.0;

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        if (!c.is(DesignRule.THERMAL_LIMIT) || !(c.element() instanceof ThermalNode node) || node.getLimitC() == null
                || c.design().getThermalNetwork() == null) {
            return Optional.empty();
        }
        Optional<ThermalNode> sink = c.design().getThermalNetwork().getNodes().stream()
                .filter(ThermalNode::isBoundary)
                .filter(n -> n.getKind() == ThermalNodeKind.CASE || n.getKind() == ThermalNodeKind.AMBIENT)
                .min(Comparator.comparingInt(n -> n.getKind() == ThermalNodeKind.CASE ? 0 : 1));
        if (sink.isEmpty() || sink.get() == node) {
            return Optional.empty();
        }
        ThermalNode boundary = sink.get();
        double limit = node.getLimitC();
        if (!(temperatureWith(c.design(), node, boundary, MIN_K_PER_W) <= limit)) {
            return Optional.empty();
        }
        double low = MIN_K_PER_W;
        double high = MAX_K_PER_W;
        if (temperatureWith(c.design(), node, boundary, high) <= limit) {
            low = high;
        } else {
            // geometric bisection: resistances span orders of magnitude
            for (int i = 0; i < 40 && high / low > 1.001; i++) {
                double mid = Math.sqrt(low * high);
                if (temperatureWith(c.design(), node, boundary, mid) <= limit) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
        }
        double resistance = roundDown(low);
        String label = String.format(Locale.ROOT, "Add a heat-sink path %s -> %s of at most %.3g K/W", node.getId(), boundary.getId(), resistance);
        String description = String.format(Locale.ROOT, "With this path the network solution brings %s to its %.1f C limit or below. "
                + "The value is a design target for the heat sink or thermal interface, not a part.", node.getId(), limit);
        ThermalNetwork network = c.design().getThermalNetwork();
        return Optional.of(new FixPlan(label, description, domain -> {
            ThermalPath path = newPath(node, boundary, resistance);
            return AddCommand.create(domain, network, LightworkPackage.Literals.THERMAL_NETWORK__PATHS, path);
        }));
    }

    private static ThermalPath newPath(ThermalNode from, ThermalNode to, double resistance) {
        ThermalPath path = LightworkFactory.eINSTANCE.createThermalPath();
        path.setFrom(from);
        path.setTo(to);
        path.setResistanceKPerW(resistance);
        return path;
    }

    /** Temperature of {@code node} with an extra path of {@code resistance} to {@code boundary}, on a copy. */
    private static double temperatureWith(TransceiverDesign design, ThermalNode node, ThermalNode boundary, double resistance) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        TransceiverDesign copy = (TransceiverDesign) copier.copy(design);
        copier.copyReferences();
        ThermalNode from = (ThermalNode) copier.get(node);
        ThermalNode to = (ThermalNode) copier.get(boundary);
        copy.getThermalNetwork().getPaths().add(newPath(from, to, resistance));
        ThermalSolution solution = new ThermalNetworkSolver().solve(copy);
        Double t = solution.temperatureC().get(node.getId());
        return t == null ? Double.NaN : t;
    }

    /** Two significant figures, rounded down so the path is never weaker than needed. */
    private static double roundDown(double value) {
        double scale = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.floor(value / scale) * scale;
    }
}
