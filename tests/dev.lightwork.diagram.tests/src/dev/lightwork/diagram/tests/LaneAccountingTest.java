package dev.lightwork.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.transceiver.LaneRow;
import dev.lightwork.model.Lane;

/** Every lane of every example is on the architecture diagram: as its own row or named in a group's label. */
class LaneAccountingTest {

    private static final Pattern GROUP = Pattern.compile("^Lanes ([0-9, -]+) \\((\\d+)x\\)$");

    @ParameterizedTest
    @MethodSource("dev.lightwork.diagram.tests.Examples#templates")
    void everyLaneIsShownOrCountedInTheSvg(String template) throws Exception {
        DesignAnalysis a = Examples.analysis(template);
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT);
        SvgDocument svg = new SvgDocument(DiagramImages.svg(scene));
        TreeSet<Integer> seen = new TreeSet<>();
        int counted = 0;
        for (String kind : List.of("node", "container")) {
            for (Element g : svg.groups(kind)) {
                if (!g.getAttribute("id").matches(".*/lane:[^/]+")) {
                    continue;
                }
                String title = SvgDocument.texts(g).get(0);
                Matcher m = GROUP.matcher(title);
                if (m.matches()) {
                    List<Integer> indices = expand(m.group(1));
                    assertEquals(Integer.parseInt(m.group(2)), indices.size(), "group count vs ranges in '" + title + "'");
                    counted += indices.size();
                    for (int i : indices) {
                        assertTrue(seen.add(i), "lane " + i + " shown twice");
                    }
                } else {
                    Matcher single = Pattern.compile("^Lane (\\d+) · .*").matcher(title);
                    assertTrue(single.matches(), "row title '" + title + "' names no lane");
                    assertTrue(seen.add(Integer.parseInt(single.group(1))), "lane shown twice: " + title);
                    counted++;
                }
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (Lane l : a.design().getLanes()) {
            expected.add(l.getIndex());
        }
        assertEquals(expected.size(), counted);
        assertEquals(new TreeSet<>(expected), seen);
    }

    @ParameterizedTest
    @MethodSource("dev.lightwork.diagram.tests.Examples#templates")
    void rowsPartitionTheLanes(String template) {
        DesignAnalysis a = Examples.analysis(template);
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT);
        List<Lane> shown = new ArrayList<>();
        for (SceneNode n : scene.nodes()) {
            if (n.element() instanceof LaneRow row) {
                row.lanes().forEach(s -> shown.add(s.lane()));
            }
        }
        assertEquals(a.design().getLanes().size(), shown.size());
        assertEquals(new java.util.HashSet<>(a.design().getLanes()), new java.util.HashSet<>(shown));
    }

    @Test
    void cpoStaysWithinANodeBudget() {
        DesignAnalysis a = Examples.analysis("51p2t-cpo-engine");
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT);
        // 512 lanes on 32 external lasers: one row per laser group plus module, host
        assertTrue(scene.nodes().size() <= 60, "CPO architecture has " + scene.nodes().size() + " nodes");
        long groups = scene.nodes().stream().filter(n -> n.element() instanceof LaneRow.Group).count();
        assertEquals(32, groups, "one group per external laser source (16 lanes each)");
    }

    @Test
    void belowTheThresholdEveryLaneIsItsOwnRow() {
        DesignAnalysis a = Examples.analysis("800g-dr8-osfp");
        Scene scene = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT.withGroupThreshold(7));
        long grouped = scene.nodes().stream().filter(n -> n.element() instanceof LaneRow.Group).count();
        assertEquals(1, grouped, "8 alike lanes above a threshold of 7 form one group");
        Scene ungrouped = Diagrams.scene(DiagramKind.ARCHITECTURE, a, DiagramOptions.DEFAULT.withGroupThreshold(8));
        assertEquals(8, ungrouped.nodes().stream().filter(n -> n.element() instanceof LaneRow.Single).count());
    }

    /** "0-3, 8, 10-11" to [0,1,2,3,8,10,11]. */
    private static List<Integer> expand(String ranges) {
        List<Integer> out = new ArrayList<>();
        for (String part : ranges.split(",\\s*")) {
            String[] ends = part.trim().split("-");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            for (int i = from; i <= to; i++) {
                out.add(i);
            }
        }
        return out;
    }
}
