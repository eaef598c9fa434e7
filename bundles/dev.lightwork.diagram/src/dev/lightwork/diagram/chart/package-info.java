/**
 * The one figure stack: toolkit-neutral chart models ({@code BarChart}, {@code ScatterChart}, {@code LineChart},
 * {@code Histogram}), their builders from analysis results ({@code WaterfallChart}, {@code BerCurveChart}, {@code PowerChart}) and one layout
 * ({@code ChartPainter}) painted through any {@code DiagramPainter}: SWT in the views, Java2D/SVG in exports and the
 * report. Adding a chart kind: a record implementing {@code Chart} and its layout in {@code ChartPainter}.
 */
package dev.lightwork.diagram.chart;
