package dev.lightwork.analysis.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.model.Lane;

/**
 * Groups consequential diagnostics under their root cause, so a too-weak laser is one problem with its consequences
 * rather than a launch, OMA, receive-power, margin and BER error on every lane it feeds. The one place this decision is
 * made; markers, the CLI and the report only present it.
 *
 * <p>Within a lane, the light passes transmitter, channel and receiver in that order: an error at the transmitter or
 * in the channel (laser temperature, launch, extinction ratio, TDECQ, OMA, channel loss, length) causes the receiver
 * side's failures downstream of it (receive power, OMA at the detector, margin, BER), and a low launch or extinction
 * ratio causes a low OMA. Those become consequences of the first such cause. Without a cause, a failing margin is the
 * root of the BER it leaves. Across lanes, the same rule failing on the same element (a shared laser, a shared
 * channel) is one problem: the first lane's diagnostic is the root and the others are its consequences.
 */
public final class RootCauses {

    /** A root diagnostic and the diagnostics that follow from it (possibly none). */
    public record Group(Diagnostic root, List<Diagnostic> consequences) {
    }

    /** Rules that can cause the receiver-side rules below them, in the order the light meets them. */
    private static final List<DesignRule> CAUSES = List.of(DesignRule.LINK_LASER_TEMPERATURE, DesignRule.LINK_LAUNCH, DesignRule.LINK_EXTINCTION,
            DesignRule.LINK_TDECQ, DesignRule.LINK_OMA, DesignRule.LINK_CHANNEL, DesignRule.LINK_REACH);
    /** Rules that fail because less light (or a worse eye) reaches the receiver. */
    private static final List<DesignRule> DOWNSTREAM = List.of(DesignRule.LINK_RECEIVE, DesignRule.LINK_RX_INTERNAL, DesignRule.LINK_MARGIN,
            DesignRule.LINK_BER);

    private RootCauses() {
    }

    /**
     * The groups of {@code all} (every diagnostic in exactly one group; groups in the order of their roots in {@code all}),
     * given each lane's own diagnostics ({@code perLane}, whose lists hold diagnostics of {@code all} by identity).
     */
    public static List<Group> group(List<Diagnostic> all, Map<Lane, List<Diagnostic>> perLane) {
        Map<Diagnostic, Diagnostic> rootOf = new IdentityHashMap<>();
        Map<Diagnostic, Lane> laneOf = new IdentityHashMap<>();
        for (Map.Entry<Lane, List<Diagnostic>> e : perLane.entrySet()) {
            withinLane(e.getValue(), rootOf);
            e.getValue().forEach(d -> laneOf.put(d, e.getKey()));
        }
        // the same rule on the same element from several lanes: one problem
        Map<List<Object>, Diagnostic> firstByRuleAndElement = new LinkedHashMap<>();
        for (Diagnostic d : all) {
            if (rootOf.containsKey(d) || d.getSeverity() != Diagnostic.ERROR) {
                continue;
            }
            DesignDiagnostic dd = DesignDiagnostic.of(d);
            if (dd.rule() == null || dd.element() == null || dd.rule().category() != DesignRules.LINK) {
                continue;
            }
            // the light's source: lanes fed by one laser (an external or shared source) fail its launch and OMA together
            Lane lane = laneOf.get(d);
            boolean fromTheLaser = dd.rule() == DesignRule.LINK_LAUNCH || dd.rule() == DesignRule.LINK_OMA || dd.rule() == DesignRule.LINK_LASER_TEMPERATURE;
            Object on = fromTheLaser && lane != null && lane.getLaser() != null ? lane.getLaser() : dd.element();
            List<Object> key = List.of(dd.rule(), new Identity(on));
            Diagnostic first = firstByRuleAndElement.putIfAbsent(key, d);
            if (first != null) {
                rootOf.put(d, first);
            }
        }
        Map<Diagnostic, Group> groups = new LinkedHashMap<>();
        for (Diagnostic d : all) {
            Diagnostic root = root(d, rootOf);
            if (root == d) {
                groups.computeIfAbsent(d, r -> new Group(r, new ArrayList<>()));
            }
        }
        for (Diagnostic d : all) {
            Diagnostic root = root(d, rootOf);
            if (root != d) {
                Group g = groups.computeIfAbsent(root, r -> new Group(r, new ArrayList<>()));
                g.consequences().add(d);
            }
        }
        List<Group> out = new ArrayList<>(groups.size());
        groups.values().forEach(g -> out.add(new Group(g.root(), List.copyOf(g.consequences()))));
        return List.copyOf(out);
    }

    /** The root of {@code d}: follows consequence links to a diagnostic that is no one's consequence. */
    private static Diagnostic root(Diagnostic d, Map<Diagnostic, Diagnostic> rootOf) {
        Diagnostic r = d;
        for (int guard = 0; rootOf.containsKey(r) && guard < 8; guard++) {
            r = rootOf.get(r);
        }
        return r;
    }

    /** Within one lane: downstream errors under the first cause, a low OMA under a low launch or extinction ratio. */
    private static void withinLane(List<Diagnostic> lane, Map<Diagnostic, Diagnostic> rootOf) {
        Diagnostic cause = null;
        Diagnostic launchOrEr = null;
        Diagnostic margin = null;
        for (DesignRule rule : CAUSES) {
            for (Diagnostic d : lane) {
                if (d.getSeverity() == Diagnostic.ERROR && DesignDiagnostic.of(d).rule() == rule) {
                    if (rule == DesignRule.LINK_OMA && launchOrEr != null) {
                        rootOf.put(d, launchOrEr);
                        continue;
                    }
                    if ((rule == DesignRule.LINK_LAUNCH || rule == DesignRule.LINK_EXTINCTION) && launchOrEr == null) {
                        launchOrEr = d;
                    }
                    if (cause == null) {
                        cause = d;
                    }
                }
            }
        }
        for (Diagnostic d : lane) {
            DesignRule rule = DesignDiagnostic.of(d).rule();
            if (d.getSeverity() != Diagnostic.ERROR || !DOWNSTREAM.contains(rule)) {
                continue;
            }
            if (cause != null) {
                rootOf.put(d, cause);
            } else if (rule == DesignRule.LINK_MARGIN) {
                margin = d;
            }
        }
        if (cause == null && margin != null) {
            for (Diagnostic d : lane) {
                DesignRule rule = DesignDiagnostic.of(d).rule();
                if (d != margin && d.getSeverity() == Diagnostic.ERROR && (rule == DesignRule.LINK_BER || rule == DesignRule.LINK_RX_INTERNAL)) {
                    rootOf.put(d, margin);
                }
            }
        }
    }

    /** An element compared by identity (EObjects are, but the key list must not call a model's equals). */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public String toString() {
            return Objects.toString(o);
        }
    }
}
