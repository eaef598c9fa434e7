package dev.lightwork.diagram.chart;

import java.util.List;

import dev.lightwork.diagram.scene.Rgb;

/**
 * Floating bars and reference lines: a waterfall step spans {@code from..to}; a level bar has {@code from = NaN} and
 * rises from the axis base; a marker is a horizontal line such as a receiver requirement or a power-class limit.
 *
 * @param zeroBased the value axis always includes 0 (watts); otherwise it spans the data only (dBm levels)
 * @param caption   a line under the chart (a legend in words), or empty
 */
public record BarChart(String title, String unit, boolean zeroBased, List<Bar> bars, List<Marker> markers, String caption) implements Chart {

    public BarChart {
        bars = List.copyOf(bars);
        markers = List.copyOf(markers);
        caption = caption == null ? "" : caption;
    }

    public BarChart(String title, String unit, boolean zeroBased, List<Bar> bars, List<Marker> markers) {
        this(title, unit, zeroBased, bars, markers, "");
    }

    /** How a bar is coloured: a level (absolute value), a step that adds or takes away, a contribution to a sum. */
    public enum Kind { LEVEL, GAIN, LOSS, PART, OVER, UNKNOWN }

    /** One bar; {@code valueText} is printed on it (a level for LEVEL bars, the signed step otherwise). */
    public record Bar(String label, double from, double to, Kind kind, String valueText) {
        /** The bar's own value: the level, or the signed step {@code to - from}. */
        public double value() {
            return Double.isNaN(from) ? to : to - from;
        }
    }

    /** A horizontal reference line across the plot. */
    public record Marker(String label, double value, Rgb colour) {
    }

    public static BarChart empty(String message) {
        return new BarChart(message, "", true, List.of(), List.of());
    }

    public BarChart withTitle(String newTitle) {
        return new BarChart(newTitle, unit, zeroBased, bars, markers, caption);
    }
}
