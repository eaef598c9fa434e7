/**
 * The painter interface ({@code DiagramPainter}) and its Java2D/SVG implementations; {@code SceneRenderer} draws a
 * laid-out scene through it.
 */
package dev.lightwork.diagram.paint;
