package dev.lightwork.report.study;

import java.util.ArrayList;
import java.util.List;

import dev.lightwork.diagram.chart.ChartImages;
import dev.lightwork.diagram.chart.ScatterChart;
import dev.lightwork.diagram.chart.ScatterChart.Better;
import dev.lightwork.diagram.chart.ScatterChart.Dot;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.yield.FrontYield;

/**
 * The Pareto front as a scatter chart: the first objective across, the second up (with one objective, the point
 * number across), and as the points' colour a third quantity ({@link ColourBy}): the third objective, or, once the
 * front has been re-ranked by Monte Carlo yield ({@code FrontYield}), each point's yield or cost per good module. The
 * colour follows the quantity's sense (better end blue, worse red, the legend says which end is better); each point is
 * labelled p1, p2, ... in front order (JSON/CSV {@code index} + 1). The Trade Study view shows this chart and
 * {@code lightwork explore} writes it as SVG.
 */
public final class ParetoPlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;

    /** What the points' colour shows. */
    public enum ColourBy {
        THIRD_OBJECTIVE("third objective"), YIELD("yield"), COST_PER_GOOD_MODULE("cost per good module");

        private final String label;

        ColourBy(String label) {
            this.label = label;
        }

        /** "third objective", "yield", "cost per good module" (for a chooser). */
        public String label() {
            return label;
        }
    }

    private ParetoPlot() {
    }

    /** The front over the first two objectives, coloured by the third objective; {@code design} names its source (may be empty). */
    public static ScatterChart chart(StudyResult r, String design) {
        return chart(r, design, List.of(), ColourBy.THIRD_OBJECTIVE);
    }

    /**
     * What the colour can show for this front: the third objective when the study has one, yield and cost per good module
     * when {@code yields} holds one per point. Empty: the points have one colour.
     */
    public static List<ColourBy> colourChoices(StudyResult r, List<FrontYield.PointYield> yields) {
        List<ColourBy> out = new ArrayList<>();
        if (r.objectives().size() > 2) {
            out.add(ColourBy.THIRD_OBJECTIVE);
        }
        if (yields != null && !r.front().isEmpty() && yields.size() == r.front().size()) {
            out.add(ColourBy.YIELD);
            out.add(ColourBy.COST_PER_GOOD_MODULE);
        }
        return out;
    }

    /** The colour shown unless the user picks another: the yield once there is one (the newest question), else the third objective. */
    public static ColourBy defaultColour(StudyResult r, List<FrontYield.PointYield> yields) {
        List<ColourBy> choices = colourChoices(r, yields);
        return choices.contains(ColourBy.YIELD) ? ColourBy.YIELD : choices.isEmpty() ? null : choices.get(0);
    }

    /**
     * The front over the first two objectives with {@code colour} as the points' colour (ignored when not one of
     * {@link #colourChoices}: then the third objective if any, else one colour).
     */
    public static ScatterChart chart(StudyResult r, String design, List<FrontYield.PointYield> yields, ColourBy colour) {
        List<StudyObjective> o = r.objectives();
        boolean two = o.size() >= 2;
        List<ColourBy> choices = colourChoices(r, yields);
        ColourBy by = choices.contains(colour) ? colour : choices.contains(ColourBy.THIRD_OBJECTIVE) ? ColourBy.THIRD_OBJECTIVE : null;
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < r.front().size(); i++) {
            ParetoPoint p = r.front().get(i);
            // yields is used only when it has one entry per point (colourChoices offers yield and cost only then)
            double c = by == null ? Double.NaN : colourValue(by, p, by == ColourBy.THIRD_OBJECTIVE ? null : yields.get(i));
            dots.add(two ? new Dot(p.values()[0], p.values()[1], pointLabel(p), c) : new Dot(p.index() + 1, p.values()[0], pointLabel(p), c));
        }
        String title = "Pareto front of study " + r.study() + (design.isEmpty() ? "" : " - " + design) + (r.partial() ? " (PARTIAL)" : "");
        String note = r.partial() ? "Partial front: the search stopped (" + r.stopReason() + ") before it was complete" : "";
        if (o.size() > 3 || (o.size() > 2 && by != ColourBy.THIRD_OBJECTIVE)) {
            int shown = by == ColourBy.THIRD_OBJECTIVE ? 3 : 2;
            note = (note.isEmpty() ? "" : note + "; ") + "further objectives in the table: "
                    + String.join(", ", o.subList(shown, o.size()).stream().map(StudyObjective::label).toList());
        }
        if (o.isEmpty()) {
            return new ScatterChart(title, "point", "", dots, r.partial(), note, -1);
        }
        String colourLabel = by == null ? "" : switch (by) {
            case THIRD_OBJECTIVE -> o.get(2).label();
            case YIELD -> "yield [%] (Monte Carlo)";
            case COST_PER_GOOD_MODULE -> "cost per good module [USD]";
        };
        Better better = by == null ? Better.NONE : switch (by) {
            case THIRD_OBJECTIVE -> o.get(2).maximise() ? Better.HIGH : Better.LOW;
            case YIELD -> Better.HIGH;
            case COST_PER_GOOD_MODULE -> Better.LOW;
        };
        return new ScatterChart(title, two ? axisLabel(o.get(0)) : "point", axisLabel(o.get(two ? 1 : 0)), dots, r.partial(), note, -1,
                colourLabel, better);
    }

    /** A point's colour quantity; NaN (grey) where the point has no yield (its error says why) or an unknown cost. */
    private static double colourValue(ColourBy by, ParetoPoint p, FrontYield.PointYield y) {
        return switch (by) {
            case THIRD_OBJECTIVE -> p.values()[2];
            case YIELD -> y == null || y.error() != null ? Double.NaN : 100 * y.yield();
            case COST_PER_GOOD_MODULE -> y == null || y.error() != null ? Double.NaN : y.costPerGoodModuleUsd();
        };
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
        return svg(r, List.of());
    }

    /** The chart as a standalone SVG document, coloured by the yield when {@code yields} has one per point. */
    public static String svg(StudyResult r, List<FrontYield.PointYield> yields) {
        return dev.lightwork.model.io.SafeText.xmlLegal(ChartImages.svgDocument(chart(r, "", yields, defaultColour(r, yields)), WIDTH, HEIGHT));
    }
}
