package dev.lightwork.diagram.chart;

import java.util.List;

/**
 * Labelled points in two quantities (a Pareto front over two objectives), optionally a third quantity as the points'
 * colour with a legend naming it. When the quantity has a better end (an objective's sense, a yield, a cost), the better
 * end is blue and the worse red whatever the direction, and the legend marks the better end; a quantity without one runs
 * blue (low) to red (high). A {@code partial} plot (a search stopped before it finished) draws its points hollow and
 * prints {@code note} in warning colour, so a reader never mistakes it for the exact front.
 *
 * @param selected index of the highlighted point, or -1
 * @param colourLabel what the points' colour means (e.g. "worst-lane margin [dB]"); empty when they have no colour value
 * @param colourBetter which end of the colour quantity is better
 */
public record ScatterChart(String title, String xLabel, String yLabel, List<Dot> points, boolean partial, String note, int selected,
        String colourLabel, Better colourBetter) implements Chart {

    /** Which end of a quantity is better: an objective maximised ({@code HIGH}) or minimised ({@code LOW}), or neither. */
    public enum Better { HIGH, LOW, NONE }

    public ScatterChart {
        points = List.copyOf(points);
        note = note == null ? "" : note;
        colourLabel = colourLabel == null ? "" : colourLabel;
        colourBetter = colourBetter == null ? Better.NONE : colourBetter;
    }

    public ScatterChart(String title, String xLabel, String yLabel, List<Dot> points, boolean partial, String note, int selected,
            String colourLabel) {
        this(title, xLabel, yLabel, points, partial, note, selected, colourLabel, Better.NONE);
    }

    public ScatterChart(String title, String xLabel, String yLabel, List<Dot> points, boolean partial, String note, int selected) {
        this(title, xLabel, yLabel, points, partial, note, selected, "", Better.NONE);
    }

    /** One point; {@code label} is printed next to it (e.g. "p3"); {@code colour} is the third quantity (NaN: none). */
    public record Dot(double x, double y, String label, double colour) {

        public Dot(double x, double y, String label) {
            this(x, y, label, Double.NaN);
        }
    }

    public static ScatterChart empty(String message) {
        return new ScatterChart(message, "", "", List.of(), false, "", -1);
    }

    public ScatterChart withSelected(int index) {
        return new ScatterChart(title, xLabel, yLabel, points, partial, note, index, colourLabel, colourBetter);
    }

    /** Whether the points carry a third quantity as colour. */
    public boolean coloured() {
        return !colourLabel.isEmpty() && points.stream().anyMatch(d -> Double.isFinite(d.colour()));
    }
}
