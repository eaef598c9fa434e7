package dev.lightwork.diagram.transceiver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.StatusBand;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.DiagramDescription;
import dev.lightwork.diagram.description.EdgeMapping;
import dev.lightwork.diagram.description.NodeMapping;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.scene.LegendEntry;
import dev.lightwork.model.Component;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;

/**
 * Thermal network: nodes with solved temperature, limit, dissipated heat and the components on them; paths with
 * their resistance (K/W) and the heat flowing through them. Boundary nodes (fixed temperature, e.g. the case) are
 * dashed grey; other nodes red above their limit, amber within the display headroom below it, green otherwise.
 */
public final class ThermalDiagram {

    private ThermalDiagram() {
    }

    public static DiagramDescription description() {
        NodeMapping<ThermalNode> node = NodeMapping.<ThermalNode>named("thermal")
                .label(ThermalDiagram::label)
                .style(Palette.NEUTRAL)
                .styleWhen((n, c) -> n.isBoundary(), Palette.BOUNDARY)
                .styleWhen((n, c) -> band(n, c) == StatusBand.FAIL, Palette.FAIL)
                .styleWhen((n, c) -> band(n, c) == StatusBand.MARGINAL, Palette.WARN)
                .styleWhen((n, c) -> band(n, c) == StatusBand.CLEAR, Palette.PASS);
        EdgeMapping<ThermalPath> path = EdgeMapping.<ThermalPath>named("path").from(ThermalPath::getFrom).to(ThermalPath::getTo)
                .labels(ThermalDiagram::pathLabels).style(Palette.HEAT);
        return DiagramDescription.named("thermal")
                .title(c -> "Thermal network: " + Quantities.name(c.design()))
                .subtitle(ThermalDiagram::subtitle)
                .legend(ThermalDiagram::legend)
                .direction(DiagramDescription.Direction.DOWN)
                // a handful of nodes: let the layout order them to avoid crossing heat paths
                .keepOrder(false)
                .nodes(node, c -> c.design().getThermalNetwork() == null ? List.of() : c.design().getThermalNetwork().getNodes())
                .edges(path, c -> c.design().getThermalNetwork() == null ? List.of()
                        : c.design().getThermalNetwork().getPaths().stream().filter(p -> p.getFrom() != null && p.getTo() != null).toList());
    }

    private static StatusBand band(ThermalNode n, DiagramContext c) {
        return StatusBand.ofHeadroom(headroomK(n, c), c.options().thermalHeadroomK());
    }

    /** Limit minus solved temperature (K); NaN when either is unknown or the node is a boundary. */
    static double headroomK(ThermalNode n, DiagramContext c) {
        if (n.isBoundary()) {
            return Double.NaN;
        }
        ThermalSolution s = c.analysis().thermal();
        Double t = s.temperatureC().get(n.getId());
        Double limit = s.limitC().get(n.getId());
        return t == null || limit == null ? Double.NaN : limit - t;
    }

    private static List<String> label(ThermalNode n, DiagramContext c) {
        ThermalSolution s = c.analysis().thermal();
        List<String> out = new ArrayList<>();
        out.add(Quantities.name(n));
        Double t = s.temperatureC().get(n.getId());
        if (n.isBoundary()) {
            out.add("boundary " + QuantityFormat.withUnit(t, 1, "°C"));
        } else {
            out.add(QuantityFormat.withUnit(t, 1, "°C") + " (limit " + QuantityFormat.withUnit(s.limitC().get(n.getId()), 1, "°C") + ")");
        }
        Double heat = s.heatW().get(n.getId());
        if (heat != null && heat > 0) {
            out.add("dissipates " + QuantityFormat.withUnit(heat, 2, "W"));
        }
        String parts = components(n, c);
        if (!parts.isEmpty()) {
            out.add(parts);
        }
        return out;
    }

    /** "8 Laser, 8 Driver": what sits on the node, counted by kind (a CPO node carries hundreds). */
    private static String components(ThermalNode n, DiagramContext c) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Component comp : c.design().getComponents()) {
            if (comp.getThermalNode() == n) {
                count.merge(comp.eClass().getName(), 1, Integer::sum);
            }
        }
        return String.join(", ", count.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    private static List<String> pathLabels(ThermalPath p, DiagramContext c) {
        ThermalSolution s = c.analysis().thermal();
        Double tFrom = s.temperatureC().get(p.getFrom().getId());
        Double tTo = s.temperatureC().get(p.getTo().getId());
        Double r = p.getResistanceKPerW();
        List<String> out = new ArrayList<>();
        out.add(QuantityFormat.withUnit(r, 2, "K/W"));
        if (tFrom != null && tTo != null && r != null && r > 0) {
            // heat through a path follows from its end temperatures: q = dT / R
            out.add(QuantityFormat.withUnit((tFrom - tTo) / r, 2, "W"));
        }
        return out;
    }

    private static List<String> subtitle(DiagramContext c) {
        ThermalSolution s = c.analysis().thermal();
        List<String> over = s.overLimit();
        return List.of(over.isEmpty() ? "All nodes within their limits" : "Over limit: " + String.join(", ", over),
                "Heat flows along the arrows; path labels: resistance and heat carried");
    }

    private static List<LegendEntry> legend(DiagramContext c) {
        double h = c.options().thermalHeadroomK();
        return List.of(new LegendEntry(Palette.PASS, String.format(Locale.ROOT, "more than %.0f K below limit", h)),
                new LegendEntry(Palette.WARN, String.format(Locale.ROOT, "within %.0f K of limit", h)),
                new LegendEntry(Palette.FAIL, "above limit"),
                new LegendEntry(Palette.BOUNDARY, "boundary (fixed temperature)"));
    }
}
