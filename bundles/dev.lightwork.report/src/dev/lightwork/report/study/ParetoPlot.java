package dev.lightwork.report.study;

import java.util.ArrayList;
import java.util.List;

import dev.lightwork.diagram.chart.ChartImages;
import dev.lightwork.diagram.chart.ScatterChart;
import dev.lightwork.diagram.chart.ScatterChart.Dot;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;

/**
 * The Pareto front as a scatter chart: the first objective across, the second up (with one objective, the point
 * number across), a third objective as the points' colour (blue low, red high, legend at the right); each point is
 * labelled p1, p2, ... in front order (JSON/CSV {@code index} + 1). The Trade Study
 * view shows this chart and {@code lightwork explore} writes it as SVG.
 */
public final class ParetoPlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;

    private ParetoPlot() {
    }

    /** The front over the first two objectives; {@code design} names its source (may be empty). */
    public static ScatterChart chart(StudyResult r, String design) {
        List<StudyObjective> o = r.objectives();
        boolean two = o.size() >= 2;
        boolean third = o.size() > 2;
        List<Dot> dots = new ArrayList<>();
        for (ParetoPoint p : r.front()) {
            double colour = third ? p.values()[2] : Double.NaN;
            dots.add(two ? new Dot(p.values()[0], p.values()[1], pointLabel(p), colour) : new Dot(p.index() + 1, p.values()[0], pointLabel(p)));
        }
        String title = "Pareto front of study " + r.study() + (design.isEmpty() ? "" : " - " + design) + (r.partial() ? " (PARTIAL)" : "");
        String note = r.partial() ? "Partial front: the search stopped (" + r.stopReason() + ") before it was complete" : "";
        if (o.size() > 3) {
            note = (note.isEmpty() ? "" : note + "; ") + "further objectives in the table: "
                    + String.join(", ", o.subList(3, o.size()).stream().map(StudyObjective::label).toList());
        }
        if (o.isEmpty()) {
            return new ScatterChart(title, "point", "", dots, r.partial(), note, -1);
        }
        return new ScatterChart(title, two ? axisLabel(o.get(0)) : "point", axisLabel(o.get(two ? 1 : 0)), dots, r.partial(), note, -1,
                third ? axisLabel(o.get(2)) : "");
    }

    /** How a point is named in the chart, the table and messages. */
    public static String pointLabel(ParetoPoint p) {
        return "p" + (p.index() + 1);
    }

    private static String axisLabel(StudyObjective o) {
        return o.label() + (o.maximise() ? " (maximise)" : " (minimise)");
    }

    /** The chart as a standalone SVG document. */
    public static String svg(StudyResult r) {
        return dev.lightwork.model.io.SafeText.xmlLegal(ChartImages.svgDocument(chart(r, ""), WIDTH, HEIGHT));
    }
}
