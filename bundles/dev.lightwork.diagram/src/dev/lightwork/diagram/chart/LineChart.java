package dev.lightwork.diagram.chart;

import java.util.List;

import dev.lightwork.diagram.scene.Rgb;

/**
 * Curves over a shared x axis with labelled points and reference lines, e.g. BER against received OMA with the
 * FEC threshold as a horizontal line and the design's operating point marked. With {@code logY} the y values are
 * plotted on a decade axis (values must be positive; others are left out of the curve).
 */
public record LineChart(String title, String xLabel, String yLabel, boolean logY, List<Series> series, List<PointMark> points,
        List<Reference> references) implements Chart {

    public LineChart {
        series = List.copyOf(series);
        points = List.copyOf(points);
        references = List.copyOf(references);
    }

    /** One curve: x and y of equal length, drawn as a polyline through the finite points. */
    public record Series(String label, double[] x, double[] y, Rgb colour) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + label + ": " + x.length + " x values but " + y.length + " y values");
            }
        }
    }

    /** A marked point with a label, e.g. the operating point of a lane. */
    public record PointMark(String label, double x, double y, Rgb colour) {
    }

    /** A reference line: horizontal at y = value, or vertical at x = value. */
    public record Reference(String label, double value, boolean vertical, Rgb colour) {
    }
}
