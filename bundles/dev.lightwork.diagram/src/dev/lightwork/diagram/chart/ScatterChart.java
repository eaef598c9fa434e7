package dev.lightwork.diagram.chart;

import java.util.List;

/**
 * Labelled points in two quantities (a Pareto front over two objectives). A {@code partial} plot (a search stopped
 * before it finished) draws its points hollow and prints {@code note} in warning colour, so a reader never mistakes
 * it for the exact front.
 *
 * @param selected index of the highlighted point, or -1
 */
public record ScatterChart(String title, String xLabel, String yLabel, List<Dot> points, boolean partial, String note, int selected)
        implements Chart {

    public ScatterChart {
        points = List.copyOf(points);
        note = note == null ? "" : note;
    }

    /** One point; {@code label} is printed next to it (e.g. "p3"). */
    public record Dot(double x, double y, String label) {
    }

    public static ScatterChart empty(String message) {
        return new ScatterChart(message, "", "", List.of(), false, "", -1);
    }

    public ScatterChart withSelected(int index) {
        return new ScatterChart(title, xLabel, yLabel, points, partial, note, index);
    }
}
