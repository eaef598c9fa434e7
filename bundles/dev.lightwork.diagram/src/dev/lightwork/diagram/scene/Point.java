package dev.lightwork.diagram.scene;

/** A position in scene coordinates (1 unit = 1 px at zoom 1; y grows downwards). */
public record Point(double x, double y) {
}
