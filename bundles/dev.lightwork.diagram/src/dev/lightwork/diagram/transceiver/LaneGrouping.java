package dev.lightwork.diagram.transceiver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.NamedElement;

/**
 * Collapses lanes for legibility at CPO scale: above the threshold, lanes with the same part chain (catalogue
 * parts; the same instance where a part is shared, e.g. one external laser feeding 16 lanes), the same rate and the
 * same verdict band become one group row. Failing lanes always stay single rows. Every lane ends up in exactly
 * one row.
 */
public final class LaneGrouping {

    private LaneGrouping() {
    }

    public static List<LaneRow> rows(DiagramContext c) {
        return c.memo(LaneGrouping.class, () -> compute(c));
    }

    private static List<LaneRow> compute(DiagramContext c) {
        Map<Lane, LaneStatus> statuses = LaneStatus.all(c);
        if (statuses.size() <= c.options().groupThreshold()) {
            return statuses.values().stream().<LaneRow>map(LaneRow.Single::new).toList();
        }
        Map<NamedElement, Integer> users = users(c);
        // rows keep the order of their first lane
        Map<Object, List<LaneStatus>> buckets = new LinkedHashMap<>();
        for (LaneStatus s : statuses.values()) {
            Object key = s.band() == LaneStatus.Band.FAIL ? s : List.of(s.band(), signature(s.lane(), users));
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<LaneRow> rows = new ArrayList<>();
        for (List<LaneStatus> bucket : buckets.values()) {
            rows.add(bucket.size() == 1 ? new LaneRow.Single(bucket.get(0)) : new LaneRow.Group(bucket));
        }
        return List.copyOf(rows);
    }

    /** How many lanes use each part (a part used by more than one lane is shared, e.g. an external laser). */
    public static Map<NamedElement, Integer> users(DiagramContext c) {
        return c.memo("lane-users", () -> {
            Map<NamedElement, Integer> users = new IdentityHashMap<>();
            for (Lane lane : c.design().getLanes()) {
                for (LaneSlot s : LaneSlot.values()) {
                    NamedElement part = s.of(lane);
                    if (part != null) {
                        users.merge(part, 1, Integer::sum);
                    }
                }
            }
            return users;
        });
    }

    private static List<Object> signature(Lane lane, Map<NamedElement, Integer> users) {
        List<Object> sig = new ArrayList<>();
        sig.add(lane.getModulation());
        sig.add(lane.getBaudGbd());
        sig.add(lane.getDsp() == null ? "-" : new Identity(lane.getDsp()));
        for (LaneSlot s : LaneSlot.values()) {
            NamedElement part = s.of(lane);
            if (part == null) {
                sig.add("-");
            } else if (part instanceof Channel ch) {
                // a channel per port is normal; what matters is what the light goes through
                sig.add(List.of(String.valueOf(ch.getFibreType()), String.valueOf(ch.getLengthM()),
                        ch.getConnectors().stream().map(Component::getCatalogPart).map(String::valueOf).toList()));
            } else if (users.getOrDefault(part, 0) > 1) {
                sig.add(new Identity(part));
            } else {
                sig.add(part instanceof Component comp && comp.getCatalogPart() != null ? comp.getCatalogPart() : part.eClass().getName());
            }
        }
        return sig;
    }

    /** Equality by instance, for parts shared between lanes (EMF objects already compare by identity; this says so). */
    private record Identity(Object instance) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.instance == instance;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(instance);
        }
    }
}
