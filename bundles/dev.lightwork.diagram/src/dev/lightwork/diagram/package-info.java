/**
 * Entry points: {@code Diagrams} renders a {@code DiagramKind} of an analysis to a scene, SVG or PNG.
 */
package dev.lightwork.diagram;
