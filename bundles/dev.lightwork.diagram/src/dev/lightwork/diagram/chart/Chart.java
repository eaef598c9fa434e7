package dev.lightwork.diagram.chart;

/**
 * A chart as data: what it shows, never how or where it is painted. {@link ChartPainter} lays every kind out on a
 * {@link dev.lightwork.diagram.paint.DiagramPainter}, so the workbench (SWT), PNG, SVG, the HTML report and the PDF
 * show one figure. Adding a chart kind: a record here, a layout in {@link ChartPainter}.
 */
public sealed interface Chart permits BarChart, ScatterChart, LineChart, Histogram {

    String title();
}
