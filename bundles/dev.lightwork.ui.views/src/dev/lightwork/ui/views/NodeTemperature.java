package dev.lightwork.ui.views;

/**
 * A row of the thermal table: one node of the thermal network with its steady-state temperature, limit and the
 * headroom between them (NaN where unknown); a boundary node has an imposed temperature.
 */
public record NodeTemperature(String nodeId, String kind, boolean boundary, double heatW, double temperatureC, double limitC) {

    public double headroomK() {
        return limitC - temperatureC;
    }
}
