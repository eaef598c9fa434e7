package dev.lightwork.diagram.transceiver;

import java.util.Comparator;
import java.util.List;

import dev.lightwork.model.Lane;

/** One row of the architecture diagram: a single lane drawn with its part chain, or a collapsed group of lanes. */
public sealed interface LaneRow permits LaneRow.Single, LaneRow.Group {

    /** The lanes this row stands for (one for a single lane). */
    List<LaneStatus> lanes();

    /** The lane with the smallest margin (lanes with unknown margin come first: they are the worst). */
    default LaneStatus worst() {
        return lanes().stream().min(Comparator.comparingDouble(s -> Double.isNaN(s.marginDb()) ? Double.NEGATIVE_INFINITY : s.marginDb()))
                .orElseThrow();
    }

    default Lane first() {
        return lanes().get(0).lane();
    }

    record Single(LaneStatus status) implements LaneRow {
        @Override
        public List<LaneStatus> lanes() {
            return List.of(status);
        }
    }

    /** Lanes with an identical part chain and the same verdict band; never holds a failing lane. */
    record Group(List<LaneStatus> lanes) implements LaneRow {
        public Group {
            lanes = List.copyOf(lanes);
            if (lanes.size() < 2) {
                throw new IllegalArgumentException("a lane group needs at least two lanes");
            }
            if (lanes.stream().anyMatch(s -> s.band() == LaneStatus.Band.FAIL)) {
                throw new IllegalArgumentException("failing lanes stay individually visible, never in a group");
            }
        }

        /** "Lanes 0-15 (16x)"; runs of consecutive indices are written as ranges, so every lane is named. */
        public String title() {
            StringBuilder sb = new StringBuilder("Lanes ");
            List<Integer> idx = lanes.stream().map(LaneStatus::index).sorted().toList();
            int runStart = idx.get(0);
            int prev = runStart;
            for (int i = 1; i <= idx.size(); i++) {
                if (i < idx.size() && idx.get(i) == prev + 1) {
                    prev = idx.get(i);
                    continue;
                }
                sb.append(runStart == prev ? Integer.toString(runStart) : runStart + "-" + prev);
                if (i < idx.size()) {
                    sb.append(", ");
                    runStart = idx.get(i);
                    prev = runStart;
                }
            }
            return sb.append(" (").append(lanes.size()).append("x)").toString();
        }
    }
}
