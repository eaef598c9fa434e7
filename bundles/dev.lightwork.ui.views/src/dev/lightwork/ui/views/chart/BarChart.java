package dev.lightwork.ui.views.chart;

import java.util.List;

import org.eclipse.swt.graphics.RGB;

/**
 * What a bar chart shows, independent of where it is painted (screen, PNG, SVG): floating bars (a waterfall step
 * spans {@code from..to}; a level bar has {@code from = NaN} and rises from the axis base) and horizontal reference
 * lines such as a sensitivity or a power-class limit.
 *
 * @param zeroBased the value axis always includes 0 (watts); otherwise it spans the data only (dBm levels)
 */
public record BarChart(String title, String unit, boolean zeroBased, List<Bar> bars, List<Marker> markers) {

    public BarChart {
        bars = List.copyOf(bars);
        markers = List.copyOf(markers);
    }

    /** How a bar is coloured: a level (absolute value), a step that adds or takes away, a contribution to a sum. */
    public enum Kind { LEVEL, GAIN, LOSS, PART, UNKNOWN }

    /** One bar; {@code valueText} is printed on it (a level for LEVEL bars, the signed step otherwise). */
    public record Bar(String label, double from, double to, Kind kind, String valueText) {
        /** The bar's own value: the level, or the signed step {@code to - from}. */
        public double value() {
            return Double.isNaN(from) ? to : to - from;
        }
    }

    /** A horizontal reference line across the plot. */
    public record Marker(String label, double value, RGB colour) {
    }

    public static BarChart empty(String message) {
        return new BarChart(message, "", true, List.of(), List.of());
    }
}
