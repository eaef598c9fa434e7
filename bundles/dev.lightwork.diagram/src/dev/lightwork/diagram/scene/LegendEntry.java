package dev.lightwork.diagram.scene;

/** One line of a diagram's legend: a swatch in a node style and what it means. */
public record LegendEntry(NodeStyle style, String meaning) {
}
