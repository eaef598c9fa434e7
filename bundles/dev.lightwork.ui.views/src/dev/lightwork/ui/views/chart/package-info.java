/**
 * SWT controls that show a chart of {@code dev.lightwork.diagram.chart} and export it as PNG or SVG.
 */
package dev.lightwork.ui.views.chart;
