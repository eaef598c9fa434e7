package dev.lightwork.diagram.chart;

import java.util.List;

/**
 * Counts over adjacent bins of one quantity (e.g. the margin of many sampled builds), with reference lines such as
 * the required margin. Bins are {@code [edges[i], edges[i+1])}; {@code counts.length == edges.length - 1}.
 */
public record Histogram(String title, String xLabel, double[] edges, long[] counts, List<BarChart.Marker> references) implements Chart {

    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("histogram " + title + ": " + edges.length + " edges for " + counts.length + " bins");
        }
        references = List.copyOf(references);
    }
}
