package dev.lightwork.diagram.transceiver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.analysis.validation.StatusBand;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.model.Lane;

/**
 * A lane's verdict for display: FAIL when the analysis reports an error on the lane or one of its parts (or its
 * margin is below the required margin), MARGINAL within the display headroom above it, else PASS.
 */
public record LaneStatus(Lane lane, int index, LinkBudget budget, Band band, List<String> errors) {

    public enum Band { PASS, MARGINAL, FAIL }

    /** Every lane's status, in lane order, computed once per rendering. */
    public static Map<Lane, LaneStatus> all(DiagramContext c) {
        return c.memo(LaneStatus.class, () -> compute(c));
    }

    public static LaneStatus of(Lane lane, DiagramContext c) {
        return all(c).get(lane);
    }

    private static Map<Lane, LaneStatus> compute(DiagramContext c) {
        Map<EObject, List<String>> errorsByElement = new HashMap<>();
        for (Diagnostic d : c.analysis().errors()) {
            DesignDiagnostic dd = DesignDiagnostic.of(d);
            if (dd.element() != null) {
                errorsByElement.computeIfAbsent(dd.element(), k -> new ArrayList<>()).add(dd.message());
            }
        }
        double required = DesignRules.requiredMarginDb(c.design());
        Map<Lane, LaneStatus> out = new LinkedHashMap<>();
        for (Lane lane : c.design().getLanes()) {
            LinkBudget b = c.analysis().linkBudget(lane);
            List<String> errors = new ArrayList<>(errorsByElement.getOrDefault(lane, List.of()));
            for (LaneSlot s : LaneSlot.values()) {
                EObject part = s.of(lane);
                if (part != null) {
                    errors.addAll(errorsByElement.getOrDefault(part, List.of()));
                }
            }
            // a lane with an error or an unknown margin is failed here: the diagram names no "unknown" lane
            StatusBand margin = b == null ? StatusBand.UNKNOWN : StatusBand.ofMargin(b.marginDb(), required, c.options().marginHeadroomDb());
            Band band = !errors.isEmpty() || !b.problems().isEmpty() || margin == StatusBand.FAIL || margin == StatusBand.UNKNOWN ? Band.FAIL
                    : margin == StatusBand.MARGINAL ? Band.MARGINAL : Band.PASS;
            // the lane's own index when set (what designers call it), else its position
            int index = lane.getIndex() != null ? lane.getIndex() : out.size();
            out.put(lane, new LaneStatus(lane, index, b, band, List.copyOf(errors)));
        }
        return out;
    }

    /** One status per lane per rendering: equal when about the same lane (keeps scene look-ups cheap). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LaneStatus s && s.lane == lane && s.band == band;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(lane);
    }

    public double marginDb() {
        return budget == null ? Double.NaN : budget.marginDb();
    }
}
